"""The records and starting blocks of finished strands are kept for the next
(runtime/spares.py), at most SPARES_KEPT of each: a program
spawning strands by the thousand reuses them and holds no more."""

from __future__ import annotations

from threadmodes import PRELUDE, run_python

from seqjit.runtime.spares import SPARES_KEPT

WAVES = PRELUDE + r"""
import ctypes
def kept(name):
    return ctypes.c_int64.from_address(s.engine.address(f"seq_spare_{name}_count")).value
ok(": wave ( Int -- ) dup 0 i.> if 1 [ drop ] strand.spawn drop drop 1 i.- wave else drop then ;")
for _ in range(3):
    ok("2000 wave")
    print("settled", settled(), "kept", kept("strands"), kept("pending"), flush=True)
"""


def test_finished_strands_leave_their_memory_for_the_next(mode: str) -> None:
    done = run_python(WAVES, mode)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3, done.stdout
    for line in lines:
        words = line.split()
        assert words[:2] == ["settled", "True"], line
        records, blocks = int(words[3]), int(words[4])
        # Each wave's strands end as fast as they start: a handful are
        # live at once, and what the ended left is kept, up to the cap.
        assert 0 < records <= SPARES_KEPT and 0 < blocks <= SPARES_KEPT, line
