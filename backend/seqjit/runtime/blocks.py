"""Large blocks: an object of LARGE bytes or more (a list of a few hundred
thousand elements, a big map's table) freed is kept in one of a few spare
slots instead of going back to the system, and the next large allocation it
fits takes it, as Go's heap reuses what its collector freed. Its pages are
already mapped, so neither the unmapping (an 80 MB munmap costs ~10 ms on a
VM) nor the first touches of fresh pages (~0.4 ns a byte) are paid again.
The slots keep the largest SPARE_SLOTS blocks; `seq_rt_spare_trim` gives
them all back (the session calls it after each entry).

Every block is still malloc's, so realloc and free work on it unchanged.
(Huge pages, madvise MADV_HUGEPAGE, were measured too: where the kernel
must find fresh 2 MB pages a first touch of 80 MB took 150-250 ms instead
of ~30, so fresh blocks use the system's default pages.)
"""

from __future__ import annotations

from llvmlite import ir

from .irkit import I64, PTR, VOID, Fn, Var, extern, is_null, runtime_fn, runtime_global
from .layout import const

LARGE = 1 << 21  # bytes (2 MB); smaller blocks malloc keeps and reuses well itself
SPARE_SLOTS = 4

extern("malloc_usable_size", I64, [PTR], "glibc: how many bytes a malloc'd block holds.")

SPARE = runtime_global(
    "seq_spare_blocks", ir.ArrayType(PTR, SPARE_SLOTS),
    "Large blocks freed and kept for the next large allocation they fit (null: an empty slot).",
)


def _slot(f: Fn, k: int | ir.Value) -> ir.Value:
    """The address of spare slot `k`."""
    index = k if isinstance(k, ir.Value) else const(k)
    return f.b.gep(f.address(SPARE), [index], source_etype=PTR)


@runtime_fn("seq_mem_alloc_large", PTR, [I64], internal=True, locked=True)
def alloc_large(f: Fn, size: ir.Value) -> ir.Value:
    """`size` (LARGE or more) bytes, uninitialised: the smallest spare block
    that holds them, else a fresh block advised to use huge pages; null
    when memory runs out."""
    b = f.b
    best, best_size = Var(b, I64, const(-1)), Var(b, I64, const(-1))
    for k in range(SPARE_SLOTS):
        spare = b.load(_slot(f, k), typ=PTR)
        with b.if_then(b.not_(is_null(b, spare))):
            room = f.call("malloc_usable_size", spare)
            fits = b.and_(b.icmp_unsigned(">=", room, size),
                          b.icmp_unsigned("<", room, best_size.get()))
            with b.if_then(fits):
                best.set(const(k))
                best_size.set(room)
    with b.if_then(b.icmp_signed(">=", best.get(), const(0))):
        at = _slot(f, best.get())
        taken = b.load(at, typ=PTR)
        b.store(ir.Constant(PTR, None), at)
        b.ret(taken)
    return f.call("malloc", size)


@runtime_fn("seq_rt_free")
def free_block(f: Fn, p: ir.Value) -> None:
    """Consumes the malloc'd block `p`: a large one is kept in a spare slot
    (an empty one, else in place of a smaller spare, which is freed), any
    other freed."""
    b = f.b
    size = f.call("malloc_usable_size", p)
    with b.if_then(b.icmp_unsigned("<", size, const(LARGE)), likely=True):
        f.call("free", p)
        b.ret_void()
    f.call("seq_mem_keep_large", p, size)


@runtime_fn("seq_mem_keep_large", VOID, [PTR, I64], internal=True, locked=True)
def keep_large(f: Fn, p: ir.Value, size: ir.Value) -> None:
    """Consumes the large block `p` of `size` usable bytes: into a spare
    slot, or freed."""
    b = f.b
    # The smallest spare (an empty slot counts as size 0) makes room.
    smallest, smallest_size = Var(b, I64, const(0)), Var(b, I64, const(-1))
    for k in range(SPARE_SLOTS):
        spare = b.load(_slot(f, k), typ=PTR)
        room = Var(b, I64, const(0))
        with b.if_then(b.not_(is_null(b, spare))):
            room.set(f.call("malloc_usable_size", spare))
        with b.if_then(b.icmp_unsigned("<", room.get(), smallest_size.get())):
            smallest.set(const(k))
            smallest_size.set(room.get())
    at = _slot(f, smallest.get())
    with b.if_then(b.icmp_unsigned(">=", smallest_size.get(), size)):
        f.call("free", p)  # every spare is at least as large
        b.ret_void()
    evicted = b.load(at, typ=PTR)
    with b.if_then(b.not_(is_null(b, evicted))):
        f.call("free", evicted)
    b.store(p, at)


@runtime_fn("seq_rt_spare_trim")
def spare_trim(f: Fn) -> None:
    """Gives the spare large blocks back to the system."""
    b = f.b
    for k in range(SPARE_SLOTS):
        spare = b.load(_slot(f, k), typ=PTR)
        with b.if_then(b.not_(is_null(b, spare))):
            f.call("free", spare)
        b.store(ir.Constant(PTR, None), _slot(f, k))
