"""Spare blocks: memory that strands use and give back at a high rate (a
strand's record, the block of values it starts with), kept for the next
spawn instead of freed, so a spawn and a finish cost no malloc and no
free (skynet 1M: ~25% of its time with 1 and with 2 workers).

Invariants: only under the scheduler lock (seq_strand_new,
seq_strand_prepare and seq_strand_free hold it); at most SPARES_KEPT of
each kind are kept, linked through their first words.
"""

from __future__ import annotations

from llvmlite import ir

from .irkit import I64, PTR, VOID, Fn, const, not_null, runtime_fn, runtime_global
from .status import STRAND


class Spares:
    """Spare blocks of one size, and how many there are."""

    def __init__(self, name: str, size: int) -> None:
        self.size = size
        self.first = runtime_global(f"seq_spare_{name}", PTR, f"Spare {name} (Spares).")
        self.count = runtime_global(f"seq_spare_{name}_count", I64, "How many.")

    def take(self, f: Fn) -> ir.Value:
        """A block, spare or new (null if none can be had)."""
        b = f.b
        spare = f.load(self.first)
        with b.if_then(not_null(b, spare), likely=True):
            f.store(self.first, b.load(spare, typ=PTR))
            f.store(self.count, b.sub(f.load(self.count), const(1)))
            b.ret(spare)
        return f.call("malloc", const(self.size))

    def give(self, f: Fn, block: ir.Value) -> None:
        """Consumes `block`: kept, or freed."""
        b = f.b
        spares = f.load(self.count)
        with b.if_else(b.icmp_signed("<", spares, const(SPARES_KEPT))) as (keep, give):
            with keep:
                b.store(f.load(self.first), block)
                f.store(self.first, block)
                f.store(self.count, b.add(spares, const(1)))
            with give:
                f.call("free", block)


SPARES_KEPT = 256
PENDING_SMALL = 64  # values a strand starts with, at most, for a spare block
RECORDS = Spares("strands", STRAND.size)
PENDING = Spares("pending", 8 * PENDING_SMALL)


@runtime_fn("seq_strand_record", PTR, [], internal=True)
def record(f: Fn) -> ir.Value:
    """Holding the lock: memory for a strand's record (null if none)."""
    return RECORDS.take(f)


@runtime_fn("seq_pending_block", PTR, [I64], internal=True)
def pending_block(f: Fn, count: ir.Value) -> ir.Value:
    """Holding the lock: memory for the `count` values a strand starts with
    (null if none)."""
    b = f.b
    with b.if_then(b.icmp_signed(">", count, const(PENDING_SMALL)), likely=False):
        b.ret(f.call("malloc", b.mul(count, const(8))))
    return PENDING.take(f)


@runtime_fn("seq_pending_done", VOID, [PTR, I64], internal=True)
def pending_done(f: Fn, block: ir.Value, count: ir.Value) -> None:
    """Holding the lock: gives back what seq_pending_block gave for `count`."""
    b = f.b
    with b.if_else(b.icmp_signed(">", count, const(PENDING_SMALL)), likely=False) as (big, small):
        with big:
            f.call("free", block)
        with small:
            PENDING.give(f, block)
