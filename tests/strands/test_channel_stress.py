"""Many strands on several channels, under each scheduler mode: every message
arrives exactly once, a close that races with sends loses nothing, and a
session that runs channel-heavy entries again and again does not grow."""

from __future__ import annotations

from pathlib import Path

from threadmodes import run_program, run_python

HERE = Path(__file__).resolve().parent


def squares_below(n: int) -> int:
    return (n - 1) * n * (2 * n - 1) // 6


def test_many_senders_and_receivers_on_three_channels(mode: str) -> None:
    done = run_program(HERE / "storm.seq", mode)
    assert done.returncode == 0, done.stderr
    n = 16 * 3 * 10_000  # the values 0 .. n-1, each sent once
    assert done.stdout.split() == [str(n), str(n * (n - 1) // 2), str(squares_below(n))]
    assert done.stderr == ""


def test_a_close_racing_with_sends_loses_nothing(mode: str) -> None:
    done = run_program(HERE / "closerace.seq", mode)
    assert done.returncode == 0, done.stderr
    totals = dict(line.split() for line in done.stdout.splitlines())
    assert set(totals) == {"sent", "sent-sum", "received", "received-sum"}, done.stdout
    assert totals["received"] == totals["sent"]
    assert totals["received-sum"] == totals["sent-sum"]
    assert int(totals["sent"]) >= 1000  # main alone took 1,000 before it closed
    assert done.stderr == ""


# storm.seq's main run again and again in one session, with fewer messages
# (4,000 a sender: 192,000 an entry): the resident set is taken after a
# warm-up and after the runs that follow.
REPEATED = r"""
import os
from seqjit.live.session import Session

def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

s = Session()
for text in [open("STORM").read(), ": messages ( -- Int ) 4000 ;"]:
    r = s.eval(text)
    assert r.ok, [e.render() for e in r.errors]
for i in range(40):
    if i == 10:
        warm = rss()
    r = s.eval("main")
    assert r.ok, [e.render() for e in r.errors]
print("growth", rss() - warm, flush=True)
print("strands", len(s.strands()), "channels", len(s.channels()), flush=True)
"""


def test_repeated_channel_storms_leave_nothing_behind(mode: str) -> None:
    done = run_python(REPEATED.replace("STORM", str(HERE / "storm.seq")), mode)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    n = 16 * 3 * 4000
    expected = [str(n), str(n * (n - 1) // 2), str(squares_below(n))]
    outputs = [lines[i:i + 3] for i in range(0, len(lines) - 2, 3)]
    assert outputs == [expected] * 40, done.stdout[-500:]
    # 30 entries after the warm-up sent 5,760,000 messages and started 720
    # strands: a few bytes kept per message or a strand's stacks would be
    # tens of MiB.
    growth = int(lines[-2].split()[1])
    assert growth < 16 * 2**20, lines[-2]
    assert lines[-1] == "strands 0 channels 0"
