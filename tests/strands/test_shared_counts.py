"""Objects shared by strands on two workers (runtime/sharing.py): many
strands receive one nested list at once, map over it, copy and change a
row and drop it all, entry after entry. Every answer is exact, nothing
crashes, and the resident set stays flat (a count dropped twice would free
a String in use; one never dropped would keep every table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from threadmodes import run_python

HERE = Path(__file__).resolve().parent
ROWS, COLS, STRANDS = 50, 20, 64
TEXT = sum(len(str(i)) + 1 for i in range(ROWS * COLS))  # "0s", "1s", ...
EXPECTED = STRANDS * (2 * TEXT + ROWS * COLS + COLS + 1)

REPEATED = r"""
import os
from seqjit.live.session import Session
from seqjit.runtime.worker import worker_words

def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

s = Session()
r = s.eval(open("PROGRAM").read())
assert r.ok, [e.render() for e in r.errors]
for i in range(60):
    if i == 15:
        warm = rss()
    r = s.eval("round")
    assert r.ok, [e.render() for e in r.errors]
    print(s.world.values.pop() >> 1, flush=True)
print("growth", rss() - warm, flush=True)
print("strands", len(s.strands()), "channels", len(s.channels()), flush=True)
print("workers", sum(1 for w in worker_words(s.engine, "strands_run") if w.value), flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("threads", ["1", "2"])
def test_strands_on_two_workers_drop_and_copy_one_shared_list(threads: str) -> None:
    done = run_python(REPEATED.replace("PROGRAM", str(HERE / "sharedlists.seq")), threads)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[:-3] == [str(EXPECTED)] * 60, done.stdout[-500:]
    # 45 entries after the warm-up made 45 tables (1,000 Strings each) and
    # 2,880 strands: a table or a strand's stacks kept per entry is MiBs.
    growth = int(lines[-3].split()[1])
    assert growth < 16 * 2**20, lines[-3]
    assert lines[-2] == "strands 0 channels 0"
