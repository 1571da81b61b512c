"""The machine's structs are declared once (runtime/status.py, waitq.py,
channels.py, iowait.py), and what the host reads through them agrees with
what :strands and :channels show."""

from __future__ import annotations

import ast
import subprocess
import sys

from seqjit.runtime.channels import CHANNEL_OBJ
from seqjit.runtime.iowait import IO_WAIT
from seqjit.runtime.layout import HEADER
from seqjit.runtime.status import STRAND, State
from seqjit.runtime.waitq import WAITABLE, WAITQ


def test_whatever_a_strand_waits_on_starts_with_the_waitable_prefix() -> None:
    for layout in (CHANNEL_OBJ, IO_WAIT):
        for name in WAITABLE.offsets:
            assert layout.offset(name) - layout.start == WAITABLE.offset(name), (layout.name, name)
    assert CHANNEL_OBJ.start == HEADER  # a channel is a heap object; a record is malloc'd
    assert IO_WAIT.start == 0
    assert [WAITABLE.offset(n) for n in WAITQ.offsets] == list(WAITQ.offsets.values())


def test_a_new_strand_is_all_zero_words_and_states_read_as_the_repl_names_them() -> None:
    assert State.NEW == 0  # seq_strand_new zeroes the struct
    assert [s.label for s in State] == [
        "new", "ready", "running", "blocked", "sleeping", "finished", "parked"]
    assert STRAND.size == 8 * len(STRAND.offsets)


SCRIPT = r"""
from seqjit.live.session import Session
from seqjit.runtime.status import STRAND, State
from seqjit.runtime.waitq import WAITABLE

s = Session()
assert s.eval('chan.make dup [ chan.receive drop drop ] strand.spawn drop').ok
assert s.eval('[ 10000 time.sleep-ms ] strand.spawn drop').ok
shown = sorted((x.id, x.state, x.waiting_on) for x in s.strands())
read = []
strand = s.world.scheduler.registry.value
while strand:
    state = State(STRAND.read(strand, "state"))
    waiting = STRAND.read(strand, "waiting_on")
    channel = WAITABLE.read(waiting, "id") if state == State.BLOCKED else None
    read.append((STRAND.read(strand, "id"), state.label, channel))
    strand = STRAND.read(strand, "all_next")
print(repr(shown), flush=True)
print(repr(sorted(read)), flush=True)
print(repr([(c.id, c.waiters) for c in s.channels()]), flush=True)
"""


def test_the_strand_layout_reads_what_strands_shows() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    shown, read, channels = (ast.literal_eval(line) for line in result.stdout.splitlines())
    assert read == shown
    (blocked,) = [s for s in shown if s[1] == "blocked"]
    (sleeping,) = [s for s in shown if s[1] == "sleeping"]
    assert sleeping[2] is None
    # The blocked strand waits on the one channel, which lists it as its receiver.
    assert channels == [(blocked[2], [blocked[0]])]


IO_KILL = r"""
import ctypes
from seqjit.live.session import Session

s = Session()
assert s.eval('0 net.tcp.listen drop [ net.tcp.accept drop drop ] strand.spawn drop').ok
print(repr([(x.state, x.waiting_on) for x in s.strands()]), flush=True)
(ident,) = [x.id for x in s.strands()]
print(repr(s.kill(ident)), flush=True)
assert s.eval('1 time.sleep-ms').ok  # a round of the scheduler polls, dropping the record
waiters = ctypes.c_void_p.from_address(s.world.engine.address("seq_io_waiters")).value
print(repr((s.strands(), waiters)), flush=True)
"""


def test_a_strand_waiting_on_io_is_blocked_on_no_channel_and_can_be_killed() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IO_KILL], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    waiting, killed, after = (ast.literal_eval(line) for line in result.stdout.splitlines())
    assert waiting == [("blocked", 0)]  # an I/O wait's id is 0: no channel
    assert killed is True
    assert after == ([], None)
