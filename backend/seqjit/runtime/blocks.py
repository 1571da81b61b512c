"""Large blocks: an object of LARGE bytes or more (a list of a few hundred
thousand elements, a big map's table) freed is kept in one of a few spare
slots instead of going back to the system, and the next large allocation it
fits takes it, as Go's heap reuses what its collector freed. Its pages are
already mapped, so neither the unmapping (an 80 MB munmap costs ~10 ms on a
VM) nor the first touches of fresh pages are paid again.
The slots keep the largest SPARE_SLOTS blocks; `seq_rt_spare_trim` gives
them all back (the session calls it after each entry).

Go's heap has such memory whenever a slice grew: `append` copied it and
left the old array to the collector. A list pushed past a large block
does the same here (`seq_mem_grow`): it is copied into a new block and
its old block kept, where realloc would move its pages (mremap: no copy,
nothing left over). With no spare large enough, a large allocation grows
the largest spare holding a quarter of it or more (realloc: its mapped
pages move along), so only the difference is fresh: a `list.map` of a
list built by pushes (80 MB for 10M Ints) takes the block the list
outgrew last (64 MB) plus 16 MB fresh. The cost is Go's too: the copies
(memcpy of half the list's room, in all) during the pushes, and as much
extra memory resident, the outgrown block, until the entry ends.

A fresh block's first touches cost the kernel's work per page: on this VM
~1.3 us a 4 KB page (bookkeeping, not zeroing), ~30 ms for the 80 MB a
`list.map` of 10M Ints makes, where Go's `make` reuses memory its collector
freed. So the part of a fresh block its caller fills at once (`filled`: a
mapped or copied list; never a filtered one's room, so memory is not
taken before it is written) is mapped before it is written, in 2 MB huge
pages one at a time (madvise MADV_HUGEPAGE, then MADV_POPULATE_WRITE):
~0.1 ms each, ~5 ms for 80 MB. But where the host reclaims the guest's free
memory (this VM: virtio-balloon free page reporting) a fresh huge page may
have to be backed by the host first, 5-18 ms each (250 ms for 80 MB); so
each is timed, and the first that takes far longer than its small pages
would (SLOW_HUGE_NS) stops huge pages for the rest of the process (one slow
page at most is paid). The rest of the filled part is mapped in small
pages, in one call (~25% faster than a fault each). The block is then advised
MADV_NOHUGEPAGE, so its other pages (a list's spare room, growth by
realloc) never fault in untimed huge pages; the advice covers all the
block's pages, so its mapping stays one piece that realloc can mremap.
Huge pages with no timing (MADV_HUGEPAGE left to the faults) were measured
too: 150-250 ms for 80 MB whenever the host had to back them. A block
glibc serves from its heap (under 32 MB, once larger ones were freed) may
be mapped already: the calls pass over what is.

Every block is still malloc's, so realloc and free work on it unchanged.
"""

from __future__ import annotations

from llvmlite import ir

from .irkit import I32, I64, PTR, VOID, Fn, Var, extern, is_null, loop, runtime_fn, runtime_global
from .layout import const

LARGE = 1 << 21  # bytes (2 MB); smaller blocks malloc keeps and reuses well itself
SPARE_SLOTS = 4
PAGE = 1 << 12  # bytes: madvise works on whole pages
HUGE = 1 << 21  # bytes: a huge page (x86-64 and aarch64 with 4 KB pages)
# A fresh huge page mapped slower than this is one the host had to back
# (5-18 ms here); one the guest holds takes ~0.1 ms, up to ~1.4 ms on a
# loaded machine, where its 512 small pages take about as long.
SLOW_HUGE_NS = 3_000_000
MADV_HUGEPAGE, MADV_NOHUGEPAGE, MADV_POPULATE_WRITE = 14, 15, 23  # Linux

extern("malloc_usable_size", I64, [PTR], "glibc: how many bytes a malloc'd block holds.")
extern("madvise", I32, [PTR, I64, I32], "libc: advise the kernel about a range of pages.")
extern("realloc", PTR, [PTR, I64], "libc: resize a malloc'd block, maybe moving it.")

SPARE = runtime_global(
    "seq_spare_blocks", ir.ArrayType(PTR, SPARE_SLOTS),
    "Large blocks freed and kept for the next large allocation they fit (null: an empty slot).",
)
HUGE_SLOW = runtime_global(
    "seq_huge_pages_slow", I64,
    "1 once a fresh huge page took over SLOW_HUGE_NS to map: no more are asked for.",
)


def _slot(f: Fn, k: int | ir.Value) -> ir.Value:
    """The address of spare slot `k`."""
    index = k if isinstance(k, ir.Value) else const(k)
    return f.b.gep(f.address(SPARE), [index], source_etype=PTR)


@runtime_fn("seq_mem_alloc_large", PTR, [I64, I64], internal=True, locked=True)
def alloc_large(f: Fn, size: ir.Value, filled: ir.Value) -> ir.Value:
    """`size` (LARGE or more) bytes, uninitialised, of which the caller
    writes the first `filled` at once: the smallest spare block that holds
    them, else a fresh block with its filled part mapped ahead; null when
    memory runs out."""
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
    grow_largest_spare(f, size, filled)
    fresh = f.call("malloc", size)
    # (a filled part under LARGE holds no whole huge page and few small ones)
    with b.if_then(b.and_(b.not_(is_null(b, fresh)), b.icmp_unsigned(">=", filled, const(LARGE)))):
        map_ahead(f, b.ptrtoint(fresh, I64), size, filled)
    return fresh


def grow_largest_spare(f: Fn, size: ir.Value, filled: ir.Value) -> None:
    """Return (from alloc_large) the largest spare, grown by realloc to
    `size` bytes with the filled part past its old room mapped ahead, when
    it holds at least a quarter of them: its pages are mapped already, and
    a block of LARGE or more is one mapping that realloc moves (mremap)
    without copying. So two blocks freed one after the other (a list's old
    blocks as it grew) serve a larger one later with fresh pages only for
    the difference."""
    b = f.b
    largest, largest_size = Var(b, I64, const(-1)), Var(b, I64, const(0))
    for k in range(SPARE_SLOTS):
        spare = b.load(_slot(f, k), typ=PTR)
        with b.if_then(b.not_(is_null(b, spare))):
            room = f.call("malloc_usable_size", spare)
            with b.if_then(b.icmp_unsigned(">", room, largest_size.get())):
                largest.set(const(k))
                largest_size.set(room)
    room = largest_size.get()
    worth = b.icmp_unsigned(">=", b.mul(room, const(4)), size)
    with b.if_then(b.and_(b.icmp_signed(">=", largest.get(), const(0)), worth)):
        at = _slot(f, largest.get())
        spare = b.load(at, typ=PTR)
        b.store(ir.Constant(PTR, None), at)
        grown = f.call("realloc", spare, size)
        with b.if_then(is_null(b, grown), likely=False):
            f.call("free", spare)  # (out of memory: the fresh malloc after will say so)
        with b.if_then(b.not_(is_null(b, grown)), likely=True):
            fresh = b.sub(filled, room)
            with b.if_then(b.and_(b.icmp_signed(">", filled, room),
                                  b.icmp_unsigned(">=", fresh, const(LARGE)))):
                map_ahead(f, b.ptrtoint(grown, I64), size, filled, room)
            b.ret(grown)


@runtime_fn("seq_mem_grow", PTR, [PTR, I64, I64], internal=True)
def grow(f: Fn, p: ir.Value, used: ir.Value, size: ir.Value) -> ir.Value:
    """realloc for a block whose first `used` bytes hold data: consumes the
    malloc'd block `p` and returns one of `size` bytes holding them (`p`
    itself when it has the room), or null, `p` untouched, when memory runs
    out. A large block is copied into a new large block and kept as a
    spare, where realloc would move its pages (mremap) and leave nothing
    freed: as Go's slices leave their old arrays to its collector, the
    memory a list outgrew serves the next large allocation (a `list.map`
    of it) with its pages mapped already."""
    b = f.b
    room = f.call("malloc_usable_size", p)
    with b.if_then(b.icmp_unsigned(">=", room, size), likely=True):
        b.ret(p)
    with b.if_then(b.icmp_unsigned("<", room, const(LARGE)), likely=True):
        b.ret(f.call("realloc", p, size))
    moved = f.call("seq_mem_alloc_large", size, used)
    with b.if_then(is_null(b, moved), likely=False):
        b.ret(f.call("realloc", p, size))  # moving its pages takes no more memory
    f.call("memcpy", moved, p, used)
    f.call("seq_mem_keep_large", p, room)
    return moved


def _madvise(f: Fn, start: ir.Value, length: ir.Value, advice: int) -> None:
    """Advise the kernel; it may refuse (an older kernel, THP off): pages then fault as before."""
    f.call("madvise", f.b.inttoptr(start, PTR), length, ir.Constant(I32, advice))


def map_ahead(f: Fn, start: ir.Value, size: ir.Value, filled: ir.Value,
              mapped: ir.Value | None = None) -> None:
    """Map the first `filled` bytes of the block of `size` bytes at `start`
    (fresh past its first `mapped` bytes) before they are written: its whole
    huge pages one at a time while each comes fast, the rest in small pages."""
    b = f.b
    begin = start if mapped is None else b.add(start, mapped)
    lo = b.and_(b.add(begin, const(HUGE - 1)), const(-HUGE))
    hi = b.and_(b.add(start, filled), const(-HUGE))
    fast = b.icmp_signed("==", f.load(HUGE_SLOW), const(0))
    with b.if_then(b.and_(fast, b.icmp_unsigned("<", lo, hi))):
        cover = b.and_(start, const(-PAGE))
        cover_size = b.sub(b.and_(b.add(b.add(start, size), const(PAGE - 1)), const(-PAGE)), cover)
        _madvise(f, cover, cover_size, MADV_HUGEPAGE)
        at = Var(b, I64, lo)
        with loop(b) as each:
            each.exit_if(b.icmp_unsigned(">=", at.get(), hi))
            began = f.call("seq_rt_nanos")
            _madvise(f, at.get(), const(HUGE), MADV_POPULATE_WRITE)
            slow = b.icmp_signed(">", b.sub(f.call("seq_rt_nanos"), began), const(SLOW_HUGE_NS))
            with b.if_then(slow, likely=False):
                f.store(HUGE_SLOW, const(1))
            each.exit_if(slow)
            at.set(b.add(at.get(), const(HUGE)))
        _madvise(f, cover, cover_size, MADV_NOHUGEPAGE)
    # Small pages for the rest (pages already mapped are passed over): in
    # one call rather than a fault each, ~25% faster.
    first = b.and_(begin, const(-PAGE))
    _madvise(f, first, b.sub(b.add(start, filled), first), MADV_POPULATE_WRITE)


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
