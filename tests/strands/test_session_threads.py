"""A live session while strands run, under each scheduler mode: a
redefinition reaches strands calling the word, a strand killed while it
sends and a close racing with sends lose nothing, and Ctrl-C stops a
parallel computation with the stack and words as they were, and the
strands earlier entries left running go on."""

from __future__ import annotations

import re

from threadmodes import PRELUDE, ctrl_c, run_python

# Two strands, each with a channel of its own, call `w` 1,000 times, sleep a
# millisecond and again; each sends the sum whenever it changes. `w` is
# defined in an entry of its own, so the callers reach it through its slot.
REDEFINE = PRELUDE + r"""
ok(": w ( -- Int ) 1 ;")
ok(": calls ( Int Int -- Int ) over 0 i.> if w i.+ swap 1 i.- swap calls else swap drop then ;\n"
   ": caller ( Channel Int -- )\n"
   "  1000 0 calls 2dup i.= if drop else swap drop dup 2 pick chan.send drop then\n"
   "  1 time.sleep-ms caller ;")
ok("chan.make dup 0 [ caller ] strand.spawn swap drop swap drop "
   "chan.make dup 0 [ caller ] strand.spawn swap drop swap drop")  # ( r1 id1 r2 id2 )
ids = [int(v.text) for v in s.world.stack()[1::2]]

def received(depth):
    ok(f"{depth} pick chan.receive drop")
    value = int(top())
    ok("drop")
    return value

print("before", received(3), received(1), flush=True)
ok(": w ( -- Int ) 2 ;")
for depth in (3, 1):
    # a sum half old, half new may come first: the redefinition landed
    # between two calls of the same run
    seen = [received(depth)]
    while seen[-1] != 2000 and len(seen) < 3:
        seen.append(received(depth))
    print("after", *seen, flush=True)
print("killed", [s.kill(i) for i in ids], flush=True)
print("settled", settled(), flush=True)
ok("w")
print("stack", " ".join(v.text for v in s.world.stack()), flush=True)
"""


def test_a_redefinition_reaches_strands_calling_the_word(mode: str) -> None:
    done = run_python(REDEFINE, mode)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "before 1000 1000", done.stdout
    for line in lines[1:3]:
        word, *sums = line.split()
        assert word == "after" and sums[-1] == "2000", done.stdout
        assert all(1000 < int(x) < 2000 for x in sums[:-1]), done.stdout
    assert lines[3:5] == ["killed [True, True]", "settled True"], done.stdout
    # ( r1 id1 r2 id2 ), the channels and ids the entry left, then the new w
    assert re.fullmatch(r"stack <channel> \d+ <channel> \d+ 2", lines[5]), done.stdout


# Pump p sends 2k+p for k = 0, 1, ... until its send fails (yielding every
# 64 sends); one checker receives until the channel is closed and counts, per
# pump, whether each value is the next one expected. Pump 0 is killed while
# it sends, then the channel is closed under pump 1: each pump's values must
# have arrived as an unbroken prefix, none lost, doubled or garbled.
KILL_AND_CLOSE = PRELUDE + r"""
ok(": pump ( Channel Int Int -- )\n"
   "  dup 2 i.* 2 pick i.+ 3 pick chan.send if\n"
   "    dup 63 band 0 i.= if chan.yield then 1 i.+ pump\n"
   "  else drop drop drop then ;\n"
   # ( n0 n1 bad v -- n0 n1 bad )
   ": tally ( Int Int Int Int -- Int Int Int )\n"
   "  swap >aux dup 2 i.% drop 0 i.= if\n"
   "    2 i./ drop 2 pick i.= rot 1 i.+ rot rot\n"
   "  else\n"
   "    2 i./ drop over i.= swap 1 i.+ swap\n"
   "  then\n"
   "  aux> swap if else 1 i.+ then ;\n"
   # ( work results n0 n1 bad -- ): then bad, n1 and n0 on results
   ": check ( Channel Channel Int Int Int -- )\n"
   "  4 pick chan.receive if tally check else\n"
   "    drop 3 pick chan.send drop 2 pick chan.send drop over chan.send drop drop drop\n"
   "  then ;")
ok("chan.make chan.make "
   "over 0 0 [ pump ] strand.spawn >aux drop drop drop aux> "
   "2 pick 1 0 [ pump ] strand.spawn >aux drop drop drop aux> "
   "3 pick 3 pick 0 0 0 [ check ] strand.spawn drop drop drop drop drop drop")
pump0 = int(s.world.stack()[2].text)
time.sleep(0.5)
print("killed", s.kill(pump0), flush=True)
time.sleep(0.2)
ok("3 pick chan.close")
ok("2 pick chan.receive drop 3 pick chan.receive drop 4 pick chan.receive drop")
bad, n1, n0 = (int(v.text) for v in s.world.stack()[4:])
print("bad", bad, flush=True)
print("both sent", n0 > 0 and n1 > 0, flush=True)
print("settled", settled(), flush=True)
print("killed again", s.kill(pump0), flush=True)
ok("drop drop drop 1 2 i.+")
print("stack", len(s.world.stack()), top(), flush=True)
"""


def test_a_kill_and_a_close_racing_with_sends_lose_nothing(mode: str) -> None:
    done = run_python(KILL_AND_CLOSE, mode)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "killed True", "bad 0", "both sent True", "settled True", "killed again False",
        "stack 5 3"], done.stdout


# Three strands and the entry itself spin without end; Ctrl-C (SIGINT to the
# process) must stop all of them.
INTERRUPT = PRELUDE + r"""
ok(": spin ( Int -- Int ) 1 i.+ spin ;\n: inc ( Int -- Int ) 1 i.+ ;\n7")
print("ready", flush=True)
r = s.eval("[ 0 spin drop ] strand.spawn drop [ 0 spin drop ] strand.spawn drop "
           "[ 0 spin drop ] strand.spawn drop 0 spin")
print("errors:", [e.message for e in r.errors], flush=True)
print("strands:", s.strands(), flush=True)
ok("inc")
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
"""


def test_ctrl_c_stops_a_parallel_computation(mode: str) -> None:
    said = ctrl_c(INTERRUPT, mode)  # the entry runs by then
    # As on one thread: the entry's strands are ended with it.
    assert said.rest.splitlines() == ["strands: []", "stack: 8"], said.err


# Three strands an earlier entry left spinning, then an entry that spins:
# Ctrl-C stops the entry, not them (they may be the ones polling first).
BACKGROUND = PRELUDE + r"""
ok(": spin ( Int -- Int ) 1 i.+ spin ;\n: inc ( Int -- Int ) 1 i.+ ;")
ok("[ 0 spin drop ] strand.spawn drop [ 0 spin drop ] strand.spawn drop "
   "[ 0 spin drop ] strand.spawn drop 7")
print("ready", flush=True)
r = s.eval("0 spin")
print("errors:", [e.message for e in r.errors], flush=True)
print("strands:", len(s.strands()), "failed:", s.world.scheduler.failures, flush=True)
ok("inc")
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
"""


def test_ctrl_c_leaves_the_strands_of_earlier_entries_running(mode: str) -> None:
    said = ctrl_c(BACKGROUND, mode)
    assert said.rest.splitlines() == ["strands: 3 failed: 0", "stack: 8"], said.err


# The entry waits on a channel nothing sends to, while strands an earlier
# entry left spin: none of the entry's strands polls, so the host ends it.
BLOCKED = PRELUDE + r"""
ok(": spin ( Int -- Int ) 1 i.+ spin ;")
ok("[ 0 spin drop ] strand.spawn drop [ 0 spin drop ] strand.spawn drop 7")
print("ready", flush=True)
r = s.eval("chan.make dup [ drop ] strand.spawn drop chan.receive")
print("errors:", [e.message for e in r.errors], flush=True)
print("strands:", len(s.strands()), "failed:", s.world.scheduler.failures, flush=True)
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
"""


def test_ctrl_c_ends_an_entry_blocked_while_other_strands_run(mode: str) -> None:
    said = ctrl_c(BLOCKED, mode)
    assert said.rest.splitlines() == ["strands: 2 failed: 0", "stack: 7"], said.err
