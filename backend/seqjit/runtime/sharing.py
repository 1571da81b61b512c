"""Marking values shared as they cross to another strand (several workers).

With several workers a reference count is updated with a plain add until
its object may be reached by two strands at once; from then on it is
atomic (runtime/layout.py, the count word at or above SHARED). Where a
value crosses (a send on a shared channel, strand.spawn, strand.weave, a
weave's resume and yield) the strand handing it over marks it, and
everything it reaches, shared: `share` below. With one worker nothing here
is emitted and `share` emits nothing.

Marking is deep and stops at what is shared already, so each object is
marked once. Objects holding values wait in a worklist (malloc'd, grown as
needed), so a structure of any depth is marked in constant native stack;
a map's entries and a channel's queue are marked by their own modules
(`seq_rt_map_share`, `seq_chan_share`), through `share` again.
"""

from __future__ import annotations

from llvmlite import ir

from .core import checked
from .irkit import I64, PTR, VOID, Fn, Var, const, extern, for_range, loop, runtime_fn, switch
from .layout import (
    CHANNEL,
    CLOSURE,
    MAP,
    OBJECT,
    SHARED,
    VARIANT,
    VARIANT_OBJ,
    holds_values,
    is_heap,
    is_unshared,
)
from .threads import THREADED

FIRST_ROOM = 16  # objects the worklist holds before it first grows


def share(f: Fn, value: ir.Value) -> None:
    """Mark `value` (borrowed) and what it reaches shared, with several
    workers; inline, a heap test and a compare unless it is unshared."""
    if not THREADED:
        return
    b = f.b
    with b.if_then(is_heap(b, value)):
        rc = OBJECT(b, value).refcount
        with b.if_then(is_unshared(b, rc)):
            f.call("seq_rt_share", value)


def share_values(f: Fn, values: ir.Value, count: ir.Value) -> None:
    """`share` each of the `count` values at `values` (borrowed)."""
    if not THREADED:
        return
    with for_range(f.b, const(0), count) as i:
        share(f, f.b.load(f.b.gep(values, [i], source_etype=I64), typ=I64))


class Worklist:
    """The objects marked whose values are still to be marked."""

    def __init__(self, f: Fn) -> None:
        b = f.b
        self.f = f
        self.items = Var(b, PTR, ir.Constant(PTR, None))
        self.count = Var(b, I64, const(0))
        self.room = Var(b, I64, const(0))

    def push(self, obj: ir.Value) -> None:
        b, f = self.f.b, self.f
        count = self.count.get()
        with b.if_then(b.icmp_signed("==", count, self.room.get()), likely=False):
            room = b.select(b.icmp_signed("==", count, const(0)), const(FIRST_ROOM),
                            b.mul(count, const(2)))
            self.items.set(checked(f, f.call("realloc", self.items.get(), b.mul(room, const(8)))))
            self.room.set(room)
        b.store(obj, b.gep(self.items.get(), [count], source_etype=I64))
        self.count.set(b.add(count, const(1)))

    def mark(self, value: ir.Value) -> None:
        """Mark `value` shared if it is an unshared object; one holding
        values goes on the list."""
        b = self.f.b
        with b.if_then(is_heap(b, value)):
            obj = OBJECT(b, value)
            rc = obj.refcount
            with b.if_then(is_unshared(b, rc)):
                obj.refcount = b.add(rc, const(SHARED))
                with b.if_then(holds_values(b, obj.kind)):
                    self.push(value)


if THREADED:
    extern("realloc", PTR, [PTR, I64], "libc: resize what malloc gave.")

    @runtime_fn("seq_rt_share", VOID, [I64], internal=True)
    def share_deep(f: Fn, value: ir.Value) -> None:
        """Borrows `value`, an unshared object: marks it and every unshared
        object it reaches shared (their counts from then on atomic)."""
        b = f.b
        work = Worklist(f)
        work.mark(value)
        with loop(b) as each:
            count = work.count.get()
            each.exit_if(b.icmp_signed("==", count, const(0)))
            last = b.sub(count, const(1))
            work.count.set(last)
            obj = b.load(b.gep(work.items.get(), [last], source_etype=I64), typ=I64)
            kind = OBJECT(b, obj).kind
            with switch(b, kind) as of_kind:
                with of_kind.case(VARIANT, CLOSURE):
                    # A closure's captures lie where a variant's fields do.
                    values = VARIANT_OBJ(b, obj)
                    with b.if_then(b.icmp_unsigned("==", kind, const(VARIANT))):
                        work.mark(values.tag)
                    with for_range(b, const(0), values.count) as i:
                        work.mark(b.load(values.trailing(i), typ=I64))
                with of_kind.case(MAP):
                    f.call("seq_rt_map_share", b.inttoptr(obj, PTR))
                with of_kind.case(CHANNEL):
                    f.call("seq_chan_share", b.inttoptr(obj, PTR))
        f.call("free", work.items.get())
