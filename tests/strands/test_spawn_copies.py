"""A spawned strand starts on a copy of its spawner's stack, taking a
reference to every value in it, and drops them when it ends
(runtime/core.py: seq_rt_copy_values, seq_rt_drop_values). A stack holds
one object many times over (a tree of strands: every level's channels),
and those references are counted a run of one object at a time: the
counts come out exact under each scheduler mode."""

from __future__ import annotations

import textwrap

from threadmodes import PRELUDE, run_python

# ( out depth k ): k children of depth-1, each reporting to out;
# ( c k acc -- sum ): k values from c added up;
# ( out depth ): send on out how many leaves lie below (4 children a level).
TREE = textwrap.dedent("""
    : kids ( Channel Int Int -- )
      dup 0 i.> if
        2 pick 2 pick 1 i.- [ node ] strand.spawn drop drop drop
        1 i.- kids
      else drop drop drop then ;
    : collect ( Channel Int Int -- Int )
      over 0 i.> if 2 pick chan.receive drop i.+ swap 1 i.- swap collect
      else swap drop swap drop then ;
    : node ( Channel Int -- )
      dup 0 i.= if drop 1 swap chan.send drop
      else chan.make swap over swap 4 kids 4 0 collect swap chan.send drop then ;
""")

# The entry's stack holds one channel four times, with an Int and a
# String between (a run of one object need not be adjacent values), below
# every strand of the tree: each copies it four times and drops it.
COUNTED = PRELUDE + r"""
import ctypes
from seqjit.runtime.layout import SHARED
ok(TREE)
ok('chan.make dup 7 "x" 2 pick 3 pick')
kept = s.world.values[0]
def references():
    # The channel's count, and the references the REPL holds: its stack
    # and the stacks :undo keeps.
    word = ctypes.c_int64.from_address(kept).value
    held = sum(values.count(kept) for values, _ in [*s.world.history, (s.world.values, 0)])
    return (word - SHARED if word >= SHARED else word), held
print("before", *references(), flush=True)
ok("chan.make dup 5 [ node ] strand.spawn drop drop chan.receive drop")
print("leaves", top(), "settled", settled(), flush=True)
print("after", *references(), "channels", len(s.channels()), flush=True)
while s.world.undo():
    pass
print("undone", len(s.channels()), len(s.strands()), flush=True)
""".replace("TREE", repr(TREE))


def test_a_tree_of_strands_leaves_every_count_as_it_was(mode: str) -> None:
    done = run_python(COUNTED, mode)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "before 4 4",
        "leaves 1024 settled True",
        "after 8 8 channels 2",
        "undone 0 0",
    ], done.stdout


def test_a_copy_counts_each_run_of_one_object_once() -> None:
    # What makes it pay: with several workers each update of a shared
    # count is atomic, and both workers' spawns copy the top channels.
    from seqjit.runtime.library import runtime_ir

    text = runtime_ir()
    for name, update in (("seq_rt_copy_values", "seq_incref"),
                         ("seq_rt_drop_values", "seq_decref")):
        body = text.split(f'@"{name}"(', 1)[1].split("\n}\n", 1)[0]
        assert f'@"{update}_by"' in body, name
        assert f'@"{update}"(' not in body, name
