"""Variants: the values of union types (and the base of lists).

Layout: header, i64 tag (a Symbol value), i64 field count, the fields (see
seqjit/builtins/collections/runtime.py for how lists grow and copy on write).

The checker types a list or map argument as a type variable (as the reference
does), so the builtins here and in collections.py check the kind of object
they get and report a runtime error instead of reading a wrong object.
"""

from __future__ import annotations

from llvmlite import ir

from ...codegen.tags import proven, proves
from ...codegen.vstack import ANY, Slot
from ...codegen.words import FunctionCompiler, OpEmitter
from ...runtime.layout import I64, OBJECT, PTR, VARIANT, VARIANT_OBJ, VOID, const, is_heap
from ..collections.runtime import ERRORS
from ..registry import builtin

MAX_FIELDS = 12


def collection_error(c: FunctionCompiler, message: str) -> None:
    """A runtime error (one of ERRORS, reported by number so that every message
    goes through one declaration); the block ends here."""
    c.runtime("seq_rt_collection_error", VOID, [const(ERRORS.index(message))])
    c.b.unreachable()


def expect(c: FunctionCompiler, slot: Slot, kind: int, name: str) -> Slot:
    """Check that `slot` holds a heap object of `kind` for builtin `name`
    (unless the virtual stack proves it); returns the slot as a tagged value."""
    if proves(slot, kind):
        return slot
    b = c.b
    slot = proven(Slot(c.tagged(slot), ANY), kind)
    message = f"{name}: expected {'Variant' if kind == VARIANT else 'Map'}"
    with b.if_then(b.not_(is_heap(b, slot.value)), likely=False):
        collection_error(c, message)
    with b.if_then(b.icmp_unsigned("!=", OBJECT(b, slot.value).kind, const(kind)),
                   likely=False):
        collection_error(c, message)
    return slot


def pop_variant(c: FunctionCompiler, name: str) -> Slot:
    return expect(c, c.vs.pop(), VARIANT, name)


def pop_count(c: FunctionCompiler, name: str) -> ir.Value:
    """Pop the variant on top (for builtin `name`) and drop it; its field
    count (a list's length)."""
    v = pop_variant(c, name)
    count = VARIANT_OBJ(c.b, v.value).count
    c.decref(v)
    return count


def make_variant(c: FunctionCompiler, count: int) -> None:
    """( f1 .. fN tag -- variant ): the fields become the variant's."""
    tag = c.vs.pop()
    c.vs.ensure(count)
    items = c.vs.state.items
    fields = items[len(items) - count :] if count else []
    del items[len(items) - count :]
    size = VARIANT_OBJ.size + 8 * count
    obj = c.runtime("seq_rt_alloc", PTR, [const(VARIANT), const(size)])
    b = c.b
    variant = VARIANT_OBJ(b, obj)
    variant.tag = c.tagged(tag)
    variant.count = const(count)
    for i, slot in enumerate(fields):
        b.store(c.tagged(slot), variant.trailing(const(i)))
    c.vs.push(Slot(b.ptrtoint(obj, I64), ANY, VARIANT))


def variant_maker(count: int) -> OpEmitter:
    """The emitter of `variant.make-COUNT`."""

    def make(c: FunctionCompiler) -> None:
        make_variant(c, count)

    return make


MAKE_DOCS = (  # of variant.make-N, by N
    "Build a field-less variant with the given tag.",
    "Build a 1-field variant; tag symbol on top.",
    "Build a 2-field variant; tag symbol on top.",
    "Build a 3-field variant; tag symbol on top.",
    "Build a 4-field variant; tag symbol on top.",
    "Build a 5-field variant; tag symbol on top.",
    "Build a 6-field variant; tag symbol on top.",
    "Build a 7-field variant; tag symbol on top.",
    "Build an 8-field variant; tag symbol on top.",
    "Build a 9-field variant; tag symbol on top.",
    "Build a 10-field variant; tag symbol on top.",
    "Build an 11-field variant; tag symbol on top.",
    "Build a 12-field variant; tag symbol on top.",
)
assert len(MAKE_DOCS) == MAX_FIELDS + 1
for _n, _doc in enumerate(MAKE_DOCS):
    _effect = "( ..a " + "".join(f"T{i} " for i in range(1, _n + 1)) + "Symbol -- ..a Variant )"
    _make = builtin(f"variant.make-{_n}", _effect, _doc)(variant_maker(_n))
    builtin(f"wrap-{_n}", _effect, f"Same as variant.make-{_n}.")(_make)


@builtin("variant.tag", "( ..a Variant -- ..a Symbol )", "Constructor tag of a variant.")
def _tag(c: FunctionCompiler) -> None:
    v = pop_variant(c, "variant.tag")
    tag = Slot(VARIANT_OBJ(c.b, v.value).tag, ANY)
    c.incref(tag)
    c.decref(v)
    c.vs.push(tag)


@builtin("variant.field-count", "( ..a Variant -- ..a Int )", "How many fields a variant carries.")
def _field_count(c: FunctionCompiler) -> None:
    c.push_int(pop_count(c, "variant.field-count"))


@builtin("variant.field-at", "( ..a Variant Int -- ..a T )", "Field of a variant at an index.")
def _field_at(c: FunctionCompiler) -> None:
    index = c.untag(c.vs.pop())
    v = pop_variant(c, "variant.field-at")
    b = c.b
    count = VARIANT_OBJ(b, v.value).count
    with b.if_then(b.icmp_unsigned(">=", index, count), likely=False):  # negative: huge
        collection_error(c, "variant.field-at: index out of range")
    field = Slot(b.load(VARIANT_OBJ(b, v.value).trailing(index), typ=I64), ANY)
    c.incref(field)
    c.decref(v)
    c.vs.push(field)


def _end_field(c: FunctionCompiler, last: bool) -> None:
    b = c.b
    name = f"variant.{'last' if last else 'first'}"
    v = pop_variant(c, name)
    n = VARIANT_OBJ(b, v.value).count
    with b.if_then(b.icmp_signed("==", n, const(0)), likely=False):
        collection_error(c, f"{name}: variant has no fields")
    index = b.sub(n, const(1)) if last else const(0)
    field = Slot(b.load(VARIANT_OBJ(b, v.value).trailing(index), typ=I64), ANY)
    c.incref(field)
    c.decref(v)
    c.vs.push(field)


@builtin("variant.first", "( ..a Variant -- ..a T )", "First field of a variant.")
def _first(c: FunctionCompiler) -> None:
    _end_field(c, last=False)


@builtin("variant.last", "( ..a Variant -- ..a T )", "Last field of a variant.")
def _last(c: FunctionCompiler) -> None:
    _end_field(c, last=True)


@builtin("variant.append", "( ..a Variant T -- ..a Variant )",
         "Variant with one more field added at the end.")
def _append(c: FunctionCompiler) -> None:
    """( variant value -- variant' ): list.push, for any variant."""
    x = c.tagged(c.vs.pop())
    v = pop_variant(c, "variant.append")
    c.vs.push(Slot(c.runtime("seq_rt_list_push", I64, [v.value, x]), ANY, VARIANT))


@builtin("variant.init", "( ..a Variant -- ..a Variant )", "Variant without its last field.")
def _init(c: FunctionCompiler) -> None:
    v = pop_variant(c, "variant.init")
    c.vs.push(Slot(c.runtime("seq_rt_variant_init", I64, [v.value]), ANY, VARIANT))
