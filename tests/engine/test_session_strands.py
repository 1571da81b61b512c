"""Strands and channels persist across entries of a session."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
from seqjit.session import Session
s = Session()
r = s.eval('chan.make dup [ chan.receive drop "got " swap int->string string.concat '
           'io.write-line ] strand.spawn')
assert r.ok, [e.render() for e in r.errors]
ident = int(s.world.stack()[-1].text)
print("strands:", [(x.id, x.state) for x in s.world.scheduler.strands()], flush=True)
r = s.eval('drop 42 swap chan.send drop')
assert r.ok, [e.render() for e in r.errors]
print("finished:", ident in s.world.scheduler.finished(), flush=True)
print("live:", [(x.id, x.state) for x in s.world.scheduler.strands()], flush=True)
"""


def test_a_strand_spawned_in_one_entry_receives_what_a_later_entry_sends() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("strands: [(")
    assert "'blocked'" in lines[0]
    assert lines[1] == "got 42"
    assert lines[2] == "finished: True"
    assert lines[3] == "live: []"
