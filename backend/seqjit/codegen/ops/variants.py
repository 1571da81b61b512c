"""Variants: the values of union types (and the base of lists).

Layout: header, i64 tag (a Symbol value), i64 field count, the fields.
"""

from __future__ import annotations

from ...runtime.layout import I64, PTR, VARIANT, const, field_ptr, load_word
from ...runtime.layout import VARIANT_COUNT as COUNT
from ...runtime.layout import VARIANT_FIELDS as FIELDS
from ...runtime.layout import VARIANT_TAG as TAG
from ..vstack import ANY, Slot
from ..words import FunctionCompiler
from .registry import op

MAX_FIELDS = 12


def make_variant(c: FunctionCompiler, count: int) -> None:
    """( f1 .. fN tag -- variant ): the fields become the variant's."""
    tag = c.vs.pop()
    c.vs.ensure(count)
    items = c.vs.state.items
    fields = items[len(items) - count :] if count else []
    del items[len(items) - count :]
    obj = c.runtime("seq_rt_alloc", PTR, [const(VARIANT), const(16 + 8 * count)])
    b = c.b
    b.store(c.tagged(tag), field_ptr(b, obj, TAG))
    b.store(const(count), field_ptr(b, obj, COUNT))
    for i, slot in enumerate(fields):
        b.store(c.tagged(slot), field_ptr(b, obj, FIELDS + 8 * i))
    c.vs.push(Slot(b.ptrtoint(obj, I64), ANY))


for _n in range(MAX_FIELDS + 1):
    op(f"variant.make-{_n}", f"wrap-{_n}")(lambda c, n=_n: make_variant(c, n))


@op("variant.tag")
def _tag(c: FunctionCompiler) -> None:
    v = c.vs.pop()
    tag = Slot(load_word(c.b, v.value, TAG), ANY)
    c.incref(tag)
    c.decref(v)
    c.vs.push(tag)


@op("variant.field-count")
def _field_count(c: FunctionCompiler) -> None:
    v = c.vs.pop()
    count = load_word(c.b, v.value, COUNT)
    c.decref(v)
    c.push_int(count)


@op("variant.field-at")
def _field_at(c: FunctionCompiler) -> None:
    index = c.untag(c.vs.pop())
    v = c.vs.pop()
    b = c.b
    count = load_word(b, v.value, COUNT)
    bad = b.or_(b.icmp_signed("<", index, const(0)), b.icmp_signed(">=", index, count))
    with b.if_then(bad, likely=False):
        c.panic("variant.field-at: index out of range")
    field = Slot(b.load(b.gep(field_ptr(b, v.value, FIELDS), [index], source_etype=I64),
                        typ=I64), ANY)
    c.incref(field)
    c.decref(v)
    c.vs.push(field)
