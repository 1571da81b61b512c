"""A channel operation on a copy made just before it (`over chan.send`,
`2 pick chan.send`, `dup chan.receive`, `dup chan.close`) borrows the
channel (codegen/words.py FunctionCompiler.lends): no count update at all,
plain or atomic; and the channel's count stays right when a strand blocked
in such a receive is woken by a close or killed. Each test runs with one
worker (plain counts) and with two (atomic counts), in a process of its own."""

from __future__ import annotations

import json

import pytest
from threadmodes import PRELUDE as SESSION
from threadmodes import run_python

MODES = ["1", "2"]  # two workers whatever the default is: atomic counts

IR = r"""
import json
import llvmlite.binding as llvm
from seqjit.codegen.program import ProgramCompiler
from seqjit.live.engine import Engine
from seqjit.runtime.threads import THREADED
from seqjit.types.sources import check_source

SOURCE = '''
: send ( Channel -- Channel Bool ) 1 over chan.send ;
: picked ( Channel Int Int -- Channel Int Bool ) 2 pick chan.send ;
: receive ( Channel -- Channel Int Bool ) dup chan.receive ;
: close ( Channel -- Channel ) dup chan.close ;
: counted ( Channel -- Channel Bool ) dup 1 swap chan.send ;
: itself ( Channel -- Channel Bool ) dup dup chan.send ;
'''
program = check_source(SOURCE)
assert program.ok, [e.render() for e in program.errors]
compiler = ProgramCompiler(program)
text = compiler.compile()
assert not compiler.errors
raw = llvm.parse_assembly(text)
optimised = llvm.parse_assembly(Engine().optimised_ir(text))
words = ("send", "picked", "receive", "close", "counted", "itself")
print(json.dumps({"threaded": THREADED, "words": {
    w: [str(raw.get_function(f"seq.w.{w}")), str(optimised.get_function(f"seq.w.{w}"))]
    for w in words}}))
"""


@pytest.fixture(params=MODES, ids=[f"threads={m}" for m in MODES])
def workers(request: pytest.FixtureRequest) -> str:
    return request.param


def test_a_copy_the_next_channel_operation_borrows_is_never_counted(workers: str) -> None:
    done = run_python(IR, workers)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["threaded"] == (workers != "1")
    ir = found["words"]
    for word, entry in (("send", "seq_rt_chan_send_borrowed"),
                        ("picked", "seq_rt_chan_send_borrowed"),
                        ("receive", "seq_rt_chan_receive_borrowed"),
                        ("close", "seq_rt_chan_close_borrowed")):
        raw, optimised = ir[word]
        assert f'@"{entry}"' in raw or f"@{entry}(" in raw, raw
        assert "seq_incref" not in raw and "seq_decref" not in raw, raw
        assert "atomicrmw" not in optimised, optimised
    # The same copy with the channel consumed counts: the increment here, the
    # decrement in the runtime (atomic with two workers).
    raw, optimised = ir["counted"]
    assert "seq_incref" in raw and "_borrowed" not in raw, raw
    assert ("atomicrmw" in optimised) == (workers != "1"), optimised
    # `dup chan.send` sends the channel into itself: the send consumes the
    # value copied, so its copy may not be lent.
    raw, _ = ir["itself"]
    assert "seq_incref" in raw and "_borrowed" not in raw, raw


PRELUDE = SESSION + r"""
def blocked():
    for _ in range(600):
        found = [x for x in s.strands() if x.waiting_on is not None]
        if found:
            return found
        time.sleep(0.05)
    return []
"""

# A relay strand answers each value with value+1 through borrowed receives
# and sends; main does the same. Once main closes and drops its channel the
# relay wakes, drops its own, and both channels are freed: not one count
# too many (a leak) or too few (freed under a strand, a crash).
COUNTS = PRELUDE + r"""
ok(": relay ( Channel Channel -- )\n"
   "  over chan.receive if 1 i.+ over chan.send drop relay else drop drop drop then ;\n"
   ": volley ( Channel Channel Int Int -- Int )\n"
   "  over 0 i.> if\n"
   "    3 pick chan.send drop over chan.receive drop 1 i.+ swap 1 i.- swap volley\n"
   "  else swap drop swap drop swap drop then ;")
for _ in range(3):
    ok("chan.make chan.make [ relay ] strand.spawn drop over rot rot 10000 0 volley "
       "swap chan.close")
    print("counter", top(), flush=True)
    ok("drop")
print("settled", settled(), flush=True)
print("channels", len(s.channels()), flush=True)
# A strand blocked in a borrowed receive (the yield lets it run to it); the
# channel closed and dropped by the entry meanwhile: the strand's own
# reference keeps it until it wakes. (One entry: :undo keeps what an
# entry leaves on the stack.)
ok(": wait-on ( Channel -- ) dup chan.receive drop drop drop ;")
ok("chan.make [ wait-on ] strand.spawn drop chan.yield chan.close")
print("settled", settled(), flush=True)
print("channels", len(s.channels()), flush=True)
"""


def test_borrowed_operations_leave_every_count_right(workers: str) -> None:
    done = run_python(COUNTS, workers)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "counter 20000", "counter 20000", "counter 20000", "settled True", "channels 0",
        "settled True", "channels 0"], done.stdout


# A strand killed while blocked in a borrowed receive: the channel (whose
# reference the entry holds) stays whole, with no waiter left, and works.
KILL = PRELUDE + r"""
ok(": wait-on ( Channel -- ) dup chan.receive drop drop drop ;")
ok("chan.make [ wait-on ] strand.spawn drop")
(waiter,) = blocked()
print("killed", s.kill(waiter.id), flush=True)
print("waiters", [c.waiters for c in s.channels()], flush=True)
ok("5 over chan.send drop dup chan.receive drop")
print("received", top(), flush=True)
ok("drop chan.close")
print("settled", settled(), flush=True)
"""


def test_a_strand_killed_in_a_borrowed_receive_leaves_the_channel_working(
        workers: str) -> None:
    done = run_python(KILL, workers)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "killed True", "waiters [[]]", "received 5", "settled True"], done.stdout
