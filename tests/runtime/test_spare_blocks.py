"""Large blocks freed are kept for reuse (runtime/blocks.py): a large list
dropped leaves its block in a spare slot, the next large list takes it (and
computes the same answers), the slots keep the largest blocks, and the
session gives them back after an entry."""

from __future__ import annotations

import ctypes

from seqrun import SeqRunner

from seqjit.live.session import Session
from seqjit.runtime.blocks import LARGE, SPARE_SLOTS

LIBC = ctypes.CDLL(None)
LIBC.malloc_usable_size.restype = ctypes.c_size_t
LIBC.malloc_usable_size.argtypes = [ctypes.c_void_p]

BUILD = """
: build ( Int V Int -- V )
  dup 3 pick i.>= if drop nip else dup rot swap list.push swap 1 i.+ build then ;
: sum ( V -- Int ) 0 [ i.+ ] list.fold ;
"""


def spares(seq: SeqRunner) -> list[int]:
    """The sizes of the blocks in the spare slots (0: an empty slot)."""
    slots = (ctypes.c_void_p * SPARE_SLOTS).from_address(
        seq.session.engine.address("seq_spare_blocks"))
    return [LIBC.malloc_usable_size(p) if p else 0 for p in slots]


def run(seq: SeqRunner, main: str) -> str:
    done = seq.run_program(BUILD + f": main ( -- ) {main} int->string io.write-line ;")
    assert done.returncode == 0, done.stderr
    return done.stdout


def trim(seq: SeqRunner) -> None:
    seq.session.thread.call(seq.session.trim_spare, lambda: None)


def test_a_large_list_dropped_is_kept_and_reused(seq: SeqRunner) -> None:
    trim(seq)
    n = 400_000  # 3.2 MB of elements
    assert n * 8 > LARGE
    # the list and its mapped copy are freed by the folds that consume them
    assert run(seq, f"{n} list.make 0 build dup [ 2 i.* ] list.map sum swap sum i.+") \
        == f"{3 * n * (n - 1) // 2}\n"
    kept = spares(seq)
    assert sum(1 for size in kept if size >= LARGE) == 2
    # a new large list takes a spare block; a shared list is never changed
    out = run(seq, f"{n} list.make 0 build dup [ 3 i.* ] list.map sum swap sum i.-")
    assert out == f"{2 * n * (n - 1) // 2}\n"
    trim(seq)
    assert spares(seq) == [0] * SPARE_SLOTS


def test_the_largest_blocks_are_kept(seq: SeqRunner) -> None:
    trim(seq)
    # six large lists of growing size, each freed (and each leaving the
    # 2 MB block it outgrew): the largest stay, the last list's among them
    sizes = [300_000 + 50_000 * k for k in range(SPARE_SLOTS + 2)]
    main = " ".join(f"{n} list.make 0 build sum drop" for n in sizes) + " 0"
    assert run(seq, main) == "0\n"
    kept = sorted(spares(seq))
    assert all(size >= LARGE for size in kept)
    assert kept[-1] >= sizes[-1] * 8
    trim(seq)


def test_an_entry_gives_the_spare_blocks_back() -> None:
    session = Session()  # its own world: the entry defines words
    result = session.eval(BUILD + "400000 list.make 0 build sum drop", "<test>")
    assert result.ok, result.errors
    slots = (ctypes.c_void_p * SPARE_SLOTS).from_address(session.engine.address("seq_spare_blocks"))
    assert list(slots) == [None] * SPARE_SLOTS
