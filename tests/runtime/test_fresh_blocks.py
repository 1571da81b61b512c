"""A fresh large block its caller fills at once (the new list a `list.map`
of a shared list makes) is mapped ahead in huge pages while they come fast,
in small pages once one came slow (runtime/blocks.py); a block filled bit by
bit (a `list.filter`'s) is not, so it costs no more memory than what is
written. A block mapped ahead stays one mapping, advised against further
huge pages.
A list that outgrows a large block leaves it in a spare slot (instead of
realloc moving its pages), and a later larger allocation grows that spare,
its pages still mapped, rather than taking a fresh block."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
from seqrun import SeqRunner

from seqjit.runtime.blocks import HUGE, SPARE_SLOTS
from seqjit.runtime.layout import VARIANT

LIBC = ctypes.CDLL(None)
LIBC.malloc_usable_size.restype = ctypes.c_size_t
LIBC.malloc_usable_size.argtypes = [ctypes.c_void_p]
LIBC.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
PAGE = 4096

THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")
pytestmark = pytest.mark.skipif(
    not THP.exists() or "[never]" in THP.read_text(), reason="no transparent huge pages"
)

# 40 MB of elements (the built list's room is 64 MB): above 32 MB, the most
# glibc serves from its heap, so the block made is fresh from mmap.
N = 5_000_000
BUILD = """
: build ( Int V Int -- V )
  dup 3 pick i.>= if drop nip else dup rot swap list.push swap 1 i.+ build then ;
: sum ( V -- Int ) 0 [ i.+ ] list.fold ;
: scaler ( Int -- Closure[Int -- Int] ) [ i.* ] ;
"""


def global_i64(seq: SeqRunner, name: str) -> ctypes.c_int64:
    return ctypes.c_int64.from_address(seq.session.engine.address(name))


def run(seq: SeqRunner, main: str) -> str:
    seq.session.thread.call(seq.session.trim_spare, lambda: None)
    done = seq.run_program(BUILD + f": main ( -- ) {main} int->string io.write-line ;")
    assert done.returncode == 0, done.stderr
    return done.stdout


def spares(seq: SeqRunner) -> list[tuple[int, int]]:
    """The blocks in the spare slots: address and size, smallest first."""
    slots = (ctypes.c_void_p * SPARE_SLOTS).from_address(
        seq.session.engine.address("seq_spare_blocks"))
    return sorted((p, LIBC.malloc_usable_size(p)) for p in slots if p)


def made_block(seq: SeqRunner) -> tuple[int, int]:
    """The smallest block in the spare slots but the outgrown ones (the list
    made, freed there after the built one, whose room is larger): its
    address and size."""
    blocks = sorted(spares(seq), key=lambda block: block[1])
    return blocks[-2] if len(blocks) > 1 else blocks[0]


def mapping(address: int) -> dict[str, str]:
    """This process's mapping holding `address`: its smaps fields, and
    "range" (start-end, hex)."""
    entry: dict[str, str] = {}
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()[0]
        if "-" in head and ":" not in head:
            if entry.get("hit"):
                break
            start, end = (int(x, 16) for x in head.split("-"))
            entry = {"range": head, "hit": "1"} if start <= address < end else {}
        elif entry:
            key, _, value = line.partition(":")
            entry[key] = value.strip()
    assert entry.get("hit"), f"no mapping holds {address:#x}"
    return entry


def resident(address: int, size: int) -> int:
    """How many of the pages holding `size` bytes at `address` are resident."""
    start = address & -PAGE
    pages = (address + size - start + PAGE - 1) // PAGE
    flags = ctypes.create_string_buffer(pages)
    assert LIBC.mincore(start, pages * PAGE, flags) == 0
    return sum(b & 1 for b in flags.raw)


def kb(field: str) -> int:
    return int(field.split()[0])


@pytest.mark.parametrize("doubled", ["[ 2 i.* ] list.map", "2 scaler list.map"],
                         ids=["compiled into the loop", "called by the runtime"])
def test_a_mapped_list_is_mapped_ahead_in_huge_pages(seq: SeqRunner, doubled: str) -> None:
    slow = global_i64(seq, "seq_huge_pages_slow")
    slow.value = 0  # an earlier slow huge page in this process would skip them
    out = run(seq, f"{N} list.make 0 build dup {doubled} sum swap sum i.+")
    assert out == f"{3 * N * (N - 1) // 2}\n"
    address, size = made_block(seq)
    assert size < 64 << 20
    held = mapping(address)
    if slow.value == 0:  # every huge page came fast: all whole ones past the reused part are huge
        fresh = fresh_part(seq, address)
        whole = ((address + size) & -HUGE) - ((fresh + HUGE - 1) & -HUGE)
        assert kb(held["AnonHugePages"]) * 1024 >= whole
    start, end = (int(x, 16) for x in held["range"].split("-"))
    assert start <= address and address + size <= end  # one mapping: realloc can mremap it
    assert "hg" not in held["VmFlags"].split()  # no huge pages faulted outside the timed ones


def fresh_part(seq: SeqRunner, address: int) -> int:
    """Where the fresh part of the block at `address`, made from the block
    the built list outgrew last (half the built one's room), begins."""
    built = max(size for _, size in spares(seq))
    return address + built // 2 + PAGE


def test_a_filtered_list_is_not_mapped_ahead(seq: SeqRunner) -> None:
    global_i64(seq, "seq_huge_pages_slow").value = 0
    out = run(seq, f"{N} list.make 0 build dup [ drop false ] list.filter list.length swap sum i.+")
    assert out == f"{N * (N - 1) // 2}\n"
    address, size = made_block(seq)
    fresh = fresh_part(seq, address)
    assert resident(fresh, address + size - fresh) == 0  # nothing past the reused part
    assert "hg" not in mapping(address)["VmFlags"].split()


def test_once_a_huge_page_came_slow_small_pages_are_used(seq: SeqRunner) -> None:
    slow = global_i64(seq, "seq_huge_pages_slow")
    slow.value = 1
    try:
        out = run(seq, f"{N} list.make 0 build dup [ 2 i.* ] list.map sum swap sum i.+")
        assert out == f"{3 * N * (N - 1) // 2}\n"
        address, size = made_block(seq)
        assert kb(mapping(address)["AnonHugePages"]) == 0
        assert resident(address, size) == (address + size - 1) // PAGE - address // PAGE + 1
    finally:
        slow.value = 0


def all_resident(address: int, size: int) -> bool:
    return resident(address, size) == (address + size - 1) // PAGE - address // PAGE + 1


def test_the_block_a_list_outgrew_is_kept_with_its_pages(seq: SeqRunner) -> None:
    out = run(seq, f"{N} list.make 0 build sum")
    assert out == f"{N * (N - 1) // 2}\n"
    blocks = sorted(spares(seq), key=lambda block: block[1])
    built = blocks[-1][1]  # the list's own block, freed at the end
    outgrown = [block for block in blocks if block[1] < built]
    assert outgrown, "the list's old blocks went back to the system"
    address, size = outgrown[-1]
    assert size >= built // 2 - HUGE  # the one it outgrew last (room: half)
    assert all_resident(address, size)  # it was full: its pages are all mapped


def test_a_larger_allocation_grows_a_spare_instead_of_a_fresh_block(seq: SeqRunner) -> None:
    engine = seq.session.engine
    alloc = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64)(
        engine.address("seq_rt_alloc"))
    free = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(engine.address("seq_rt_free"))
    kept = 32 << 20

    def steps() -> tuple[list[tuple[int, int]], bool, list[tuple[int, int]]]:
        seq.session.trim_spare()
        small = alloc(VARIANT, kept)
        ctypes.memset(small, 1, kept)
        free(small)
        before = spares(seq)
        larger = alloc(VARIANT, 5 * kept // 4)  # more than it holds, under 4x
        reused = all_resident(larger, kept)  # its first part mapped before any write
        after = spares(seq)
        free(larger)
        seq.session.trim_spare()
        return before, reused, after

    before, reused, after = seq.session.thread.call(steps, lambda: None)
    assert len(before) == 1 and before[0][1] >= kept
    assert after == []  # the spare was taken, grown
    assert reused
