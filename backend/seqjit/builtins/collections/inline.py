"""list.map, list.filter, list.fold and list.each with a quotation literal:
its body is compiled into a loop in the calling word, so no closure is
called and no element goes through the data stack between calls.

The literal's body is typed with the rest of the word (the checker's facts
cover it), so it compiles as any other code there: an element is a tagged
value of unknown kind (a list's elements are typed by type variables) and
the body's builtins check it as they would anywhere. Ownership is as in the
runtime versions (collections/runtime.py): an unshared list is mapped,
filtered or consumed in place, its elements moved rather than copied; a
shared one is read, each element given a new reference.
"""

from __future__ import annotations

from llvmlite import ir

from ...codegen.loops import repeat
from ...codegen.vstack import ANY, INT, Slot
from ...codegen.words import FunctionCompiler
from ...runtime.irkit import Var
from ...runtime.layout import FALSE, I64, OBJECT, VARIANT, VARIANT_OBJ, const
from ...syntax import ast
from ..variants.ops import pop_variant


def _unshared(c: FunctionCompiler, v: Slot) -> ir.Value:
    return c.b.icmp_signed("==", OBJECT(c.b, v.value).refcount, const(1))


def _incref_if(c: FunctionCompiler, cond: ir.Value, x: ir.Value) -> None:
    with c.b.if_then(cond):
        c.b.call(c.unit.helper("seq_incref"), [x])


def _element(c: FunctionCompiler, v: Slot, i: ir.Value, copy: ir.Value | None) -> Slot:
    """Element `i` of the list `v`, with a new reference when `copy`; None
    when it is known to be an Int (which has no count)."""
    x = c.b.load(VARIANT_OBJ(c.b, v.value).trailing(i), typ=I64)
    if copy is None:
        return Slot(x, INT)
    _incref_if(c, copy, x)
    return Slot(x, ANY)


def _elements(c: FunctionCompiler, v: Slot) -> ir.Value:
    return VARIANT_OBJ(c.b, v.value).trailing(const(0))


def _target(
    c: FunctionCompiler, v: Slot, room: ir.Value, in_place: ir.Value, fills: bool
) -> ir.Value:
    """Where the result goes: `v` itself when unshared, else a new empty
    variant with its tag and room for `room` fields (an i64), all of which
    the loop writes when `fills`."""
    b = c.b
    out = Var(b, I64, v.value)
    with b.if_then(b.not_(in_place)):
        made = "seq_rt_list_like_filled" if fills else "seq_rt_list_like"
        out.set(c.runtime(made, I64, [v.value, room]))
    return out.get()


def _drop_if_copied(c: FunctionCompiler, v: Slot, in_place: ir.Value) -> None:
    with c.b.if_then(c.b.not_(in_place)):
        c.decref(v)


def inline_map(c: FunctionCompiler, quot: ast.Quotation) -> None:
    """( list [x -- y] -- list' )"""
    b = c.b
    c.vs.pop()  # the literal: immortal, nothing to drop
    v = pop_variant(c, "list.map")
    n = VARIANT_OBJ(b, v.value).count
    in_place = _unshared(c, v)
    out = _target(c, v, n, in_place, fills=True)

    def body(i: ir.Value, ints: bool, mine: bool) -> None:
        c.vs.push(_element(c, v, i, None if ints else b.not_(in_place)))
        c.inline(quot)
        # In place, the fast copy writes through the pointer it read from.
        b.store(c.tagged(c.vs.pop()), VARIANT_OBJ(b, v.value if mine else out).trailing(i))

    repeat(c, n, 0, body, _elements(c, v), split=in_place)
    VARIANT_OBJ(b, out).count = n
    _drop_if_copied(c, v, in_place)
    c.vs.push(Slot(out, ANY, VARIANT))


def inline_filter(c: FunctionCompiler, quot: ast.Quotation) -> None:
    """( list [x -- Bool] -- list' )"""
    b = c.b
    c.vs.pop()
    v = pop_variant(c, "list.filter")
    n = VARIANT_OBJ(b, v.value).count
    in_place = _unshared(c, v)
    out = _target(c, v, n, in_place, fills=False)
    kept = Var(b, I64, const(0))

    def body(i: ir.Value, ints: bool, _: bool) -> None:
        # The quotation takes one reference; the kept element keeps another
        # (an unshared list's own, moved).
        x = _element(c, v, i, None if ints else ir.Constant(ir.IntType(1), 1))
        c.vs.push(x)
        c.inline(quot)
        keep = b.icmp_unsigned("!=", c.tagged(c.vs.pop()), const(FALSE))
        with b.if_else(keep) as (yes, no):
            with yes:
                if not ints:
                    _incref_if(c, b.not_(in_place), x.value)
                b.store(x.value, VARIANT_OBJ(b, out).trailing(kept.get()))
                kept.set(b.add(kept.get(), const(1)))
            with no:
                if not ints:
                    with b.if_then(in_place):
                        b.call(c.unit.helper("seq_decref"), [x.value])

    repeat(c, n, 0, body, _elements(c, v))
    VARIANT_OBJ(b, out).count = kept.get()
    _drop_if_copied(c, v, in_place)
    c.vs.push(Slot(out, ANY, VARIANT))


def _each(c: FunctionCompiler, quot: ast.Quotation, name: str, carried: int) -> None:
    """Run the body on each element, `carried` values (an accumulator)
    under it; an unshared list's elements move out and it is freed."""
    b = c.b
    c.vs.pop()
    acc = [c.vs.pop() for _ in range(carried)]
    v = pop_variant(c, name)
    c.vs.state.items.extend(reversed(acc))
    n = VARIANT_OBJ(b, v.value).count
    moving = _unshared(c, v)

    def body(i: ir.Value, ints: bool, _: bool) -> None:
        c.vs.push(_element(c, v, i, None if ints else b.not_(moving)))
        c.inline(quot)

    repeat(c, n, carried, body, _elements(c, v))
    with b.if_then(moving):
        VARIANT_OBJ(b, v.value).count = const(0)
    c.decref(v)


def inline_fold(c: FunctionCompiler, quot: ast.Quotation) -> None:
    """( list acc [acc x -- acc] -- acc )"""
    _each(c, quot, "list.fold", 1)


def inline_each(c: FunctionCompiler, quot: ast.Quotation) -> None:
    """( list [x --] -- )"""
    _each(c, quot, "list.each", 0)
