"""Loops compiled into a word: a builtin that runs code once per element
(list.map with a quotation literal, builtins/collections/inline.py) runs it
here, over the virtual stack, instead of calling a closure per element.

The elements are walked in chunks of CHUNK. Each chunk is first scanned: when
every element in it, and every value the loop carries (an accumulator), is
an Int, the chunk runs a copy of the body compiled with that known: no tag
checks, no reference counts, so a simple body (`[ i.+ ]`, `[ 2 i.* ]`)
becomes a loop LLVM can vectorise. Any other chunk runs the general copy,
which checks as code anywhere does. If the fast copy makes a carried value
it cannot prove is an Int and it is not one, the chunk goes on in the
general copy from the next element. The loop polls once per chunk, as a
looping word's prologue does (Ctrl-C, preemption, stack limits).

A condition fixed for the whole loop (`split`: list.map on an unshared list
writes where it reads) can get a fast copy of its own for either value, so
that each copy's memory accesses are plain to LLVM: one store through a
pointer that is either the one read or another forces a runtime overlap
check that, failing when they are equal, keeps the loop scalar.
"""

from __future__ import annotations

from collections.abc import Callable

from llvmlite import ir

from ..runtime.irkit import Var, for_range, while_
from ..runtime.layout import I64, PTR, const
from . import tags
from .vstack import ANY, INT, Slot, State
from .words import FunctionCompiler

CHUNK = 1024

# body(i, fast, split): the code for element i; `fast` when every element
# of the chunk and every carried value is an Int; `split` the value of
# repeat's `split` condition this fast copy runs under (False elsewhere).
Body = Callable[[ir.Value, bool, bool], None]


def repeat(c: FunctionCompiler, count: ir.Value, carried: int, body: Body,
           elements: ir.Value, split: ir.Value | None = None) -> None:
    """Run `body` for each index 0 .. count-1 of the i64 values at
    `elements`. The top `carried` values go around the loop: each round
    starts with them on top and must leave as many in their place. The rest
    of the stack is written out first; after, the carried values are on top.
    With `split` (an i1 fixed through the loop), the fast copy is compiled
    once for either value of it."""
    b, vs = c.b, c.vs
    vs.ensure(carried)
    top = vs.state.items[len(vs.state.items) - carried:]
    del vs.state.items[len(vs.state.items) - carried:]
    aux = vs.state.aux
    sp = Var(b, PTR, vs.flush())
    values = [Var(b, I64, c.tagged(s)) for s in top]
    start = Var(b, I64, const(0))

    def one(i: ir.Value, fast: bool, escape: ir.Block | None, version: bool = False) -> None:
        kind = INT if fast else ANY
        vs.state = State(sp.get(), [Slot(v.get(), kind) for v in values], list(aux))
        body(i, fast, version)
        if b.block.is_terminated:
            return
        vs.ensure(carried)
        assert len(vs.state.items) == carried, "a loop body changed the stack's height"
        out = [c.tagged(s) for s in vs.state.items]
        unproven = [x for x, s in zip(out, vs.state.items, strict=True)
                    if not tags.proves(s, INT)]
        if fast and unproven:  # checked here; one that is not an Int leaves the fast copy
            assert escape is not None
            stay = c.fn.append_basic_block("fast.stay")
            leave = c.fn.append_basic_block("fast.leave")
            ints = b.and_(_all_bits(b, unproven), const(1))
            b.cbranch(b.icmp_unsigned("!=", ints, const(0)), stay, leave)
            b.position_at_end(leave)
            _store(values, out, sp, vs.state.sp, start, b.add(i, const(1)))
            b.branch(escape)
            b.position_at_end(stay)
        for var, x in zip(values, out, strict=True):
            var.set(x)
        sp.set(vs.state.sp)

    with while_(b, lambda: b.icmp_signed("<", start.get(), count)):
        c.poll()
        lo = start.get()
        hi = b.select(b.icmp_signed("<", b.sub(count, lo), const(CHUNK)), count,
                      b.add(lo, const(CHUNK)))
        ints = Var(b, I64, _all_bits(b, [v.get() for v in values]) if values else const(1))
        with for_range(b, lo, hi) as i:
            x = b.load(b.gep(elements, [i], source_etype=I64), typ=I64)
            ints.set(b.and_(ints.get(), x))
        fast, general = c.fn.append_basic_block("chunk.ints"), c.fn.append_basic_block("chunk")
        b.cbranch(b.icmp_unsigned("!=", b.and_(ints.get(), const(1)), const(0)), fast, general)
        b.position_at_end(fast)
        if split is None:
            with for_range(b, lo, hi) as i:
                one(i, True, general)
        else:
            with b.if_else(split) as (yes, no):
                for version, arm in ((True, yes), (False, no)):
                    with arm, for_range(b, lo, hi) as i:
                        one(i, True, general, version)
        start.set(hi)
        b.branch(general)
        b.position_at_end(general)
        with for_range(b, start.get(), hi) as i:
            one(i, False, None)
        start.set(hi)
    vs.state = State(sp.get(), [Slot(v.get(), ANY) for v in values], aux)


def _all_bits(b: ir.IRBuilder, xs: list[ir.Value]) -> ir.Value:
    acc = xs[0]
    for x in xs[1:]:
        acc = b.and_(acc, x)
    return acc


def _store(values: list[Var], out: list[ir.Value], sp: Var, new_sp: ir.Value, start: Var,
           next_index: ir.Value) -> None:
    for var, x in zip(values, out, strict=True):
        var.set(x)
    sp.set(new_sp)
    start.set(next_index)
