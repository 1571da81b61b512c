"""A strand that blocks switches straight to the strand it woke
(runtime/strands.py, seq_sched_handoff), under each scheduler mode: two
strands passing a value back and forth switch once per value, and the
host still gets control (Ctrl-C) while they never stop."""

from __future__ import annotations

from threadmodes import PRELUDE, ctrl_c, run_python

# ( a b -- ): answer every value on a with value+1 on b, until a is closed;
# ( a b k counter -- counter ): k round trips through it.
PING_PONG = (
    ": pong ( Channel Channel -- ) over chan.receive if 1 i.+ over chan.send drop pong"
    " else drop drop drop then ;\n"
    ": ping ( Channel Channel Int Int -- Int ) over 0 i.> if 3 pick chan.send drop"
    " over chan.receive drop 1 i.+ swap 1 i.- swap ping"
    " else swap drop swap drop swap drop then ;"
)

ROUND_TRIPS = 2000

COUNTED = PRELUDE + r"""
from seqjit.runtime.worker import worker_words
ok(PING_PONG)
def handoffs():
    return sum(w.value for w in worker_words(s.engine, "handoffs"))
before = handoffs()
ok("chan.make chan.make 2dup [ pong ] strand.spawn drop ROUNDS 0 ping rot chan.close swap drop")
print("counter", top(), "handoffs", handoffs() - before, flush=True)
""".replace("PING_PONG", repr(PING_PONG)).replace("ROUNDS", str(ROUND_TRIPS))


def test_strands_passing_values_switch_straight_to_each_other(mode: str) -> None:
    done = run_python(COUNTED, mode)
    assert done.returncode == 0, done.stderr
    words = done.stdout.split()
    assert words[:2] == ["counter", str(2 * ROUND_TRIPS)], done.stdout
    # Each round trip blocks twice. Without handing off, every switch goes
    # through the scheduler's round (0 here); with it, all but one in 32
    # (a round serves the host, I/O and sleepers) and those a preemption
    # sent through the round.
    assert int(words[3]) >= ROUND_TRIPS, done.stdout


# Two strands bounce a value for ever, never polling a loop's guard long:
# Ctrl-C still stops the entry and both strands.
ENDLESS = PRELUDE + r"""
ok(PING_PONG + "\n: inc ( Int -- Int ) 1 i.+ ;\n7")
print("ready", flush=True)
r = s.eval("chan.make chan.make 2dup [ pong ] strand.spawn drop 1000000000000 0 ping")
print("errors:", [e.message for e in r.errors], flush=True)
print("strands:", s.strands(), flush=True)
ok("inc")
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
""".replace("PING_PONG", repr(PING_PONG))


def test_ctrl_c_stops_strands_handing_off_to_each_other(mode: str) -> None:
    said = ctrl_c(ENDLESS, mode)
    assert said.rest.splitlines() == ["strands: []", "stack: 8"], said.err
