"""Strands and channels persist across entries of a session."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
from seqjit.live.session import Session
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


KILL = r"""
from seqjit.live.session import Session
s = Session()
assert s.eval('chan.make dup [ chan.receive drop drop ] strand.spawn').ok
ident = int(s.world.stack()[-1].text)
print("channels:", [(c.queued, c.waiters) for c in s.channels()], flush=True)
print("killed:", s.kill(ident), flush=True)
print("strands:", s.strands(), flush=True)
print("channels:", [(c.queued, c.waiters) for c in s.channels()], flush=True)
assert s.eval('drop 1 swap chan.send').ok
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
"""


def test_channels_are_listed_and_a_blocked_strand_can_be_killed() -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILL], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("channels: [(0, [")
    assert lines[1] == "killed: True"
    assert lines[2] == "strands: []"
    assert lines[3] == "channels: [(0, [])]"
    assert lines[4].endswith("true")  # nobody receives, but the send is queued
