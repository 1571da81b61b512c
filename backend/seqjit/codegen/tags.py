"""Run-time tag checks for values whose type the checker cannot prove.

The checker types what comes out of a list, map, variant or channel, what a
weave yields and what `cond` leaves with type variables that the context
instantiates freely (as the reference's checker does), so a value typed
String may hold anything. The code generator therefore checks a value's tag
where it is *consumed* as a specific type: before a builtin runs, each input
its effect names a concrete type (Int, Bool, Float, String, Symbol, Channel,
Variant, a quotation) is checked, and so is each argument of a call to a
native-signature word (whose body trusts its registers). The check is one
compare and branch, and there is none where the virtual stack proves the
value: an Int, Bool or unboxed Float slot, a literal, a quotation, what a
builtin made in this word, or a value already checked.

Checking at the consumer covers every path once: a generic word passing an
element along, a quotation fed elements by `list.map`, a union's field. A
check at the producer would have to follow a type variable through generic
words and quotation parameters to where it becomes concrete.
"""

from __future__ import annotations

from functools import cache

from llvmlite import ir

from ..runtime.layout import (
    CHANNEL,
    CLOSURE,
    FLOAT,
    OBJECT,
    STRING,
    SYMBOL,
    TRUE,
    VARIANT,
    const,
    is_heap,
)
from ..types import terms
from .vstack import BOOL, F64RAW, INT, Slot

# What a concrete type requires of a tagged value: a slot kind (Int, Bool)
# or a heap object kind; the name is the one messages use.
_HEAP_KINDS = {
    terms.STRING: STRING,
    terms.SYMBOL: SYMBOL,
    terms.FLOAT: FLOAT,
    terms.CHANNEL: CHANNEL,
    terms.VARIANT: VARIANT,
}
QUOTATION = "Quotation or Closure"


def requirement(t: terms.Type) -> tuple[str, str | int] | None:
    """(name for messages, INT/BOOL or a heap kind) that a value of type `t`
    must meet, or None if any value will do (a type variable)."""
    if t in (terms.INT, terms.SOCKET):  # a Socket is an Int descriptor
        return "Int", INT
    if t == terms.BOOL:
        return "Bool", BOOL
    if t in _HEAP_KINDS:
        return str(t), _HEAP_KINDS[t]
    if isinstance(t, terms.Quot | terms.Closure):
        return QUOTATION, CLOSURE
    if isinstance(t, terms.UnionT):
        return "Variant", VARIANT
    return None


def proves(slot: Slot, need: str | int) -> bool:
    """Whether the virtual stack already knows `slot` meets `need`."""
    if slot.kind == need:
        return True
    return need == FLOAT and slot.kind == F64RAW or slot.heap == need


def proven(slot: Slot, need: str | int) -> Slot:
    """`slot`, known from now on to meet `need`."""
    if isinstance(need, str):  # INT or BOOL: the slot kind says it
        return Slot(slot.value, need)
    return Slot(slot.value, slot.kind, need)


def mismatch(b: ir.IRBuilder, value: ir.Value, need: str | int) -> ir.Value:
    """An i1: tagged `value` does not meet `need`. Emits its own blocks for
    a heap kind (the kind is read only from a heap object)."""
    if need == INT:
        return b.icmp_unsigned("==", b.and_(value, const(1)), const(0))
    if need == BOOL:  # 0 or 2
        return b.icmp_unsigned("!=", b.or_(value, const(TRUE)), const(TRUE))
    assert isinstance(need, int)
    heap = is_heap(b, value)
    before = b.block
    with b.if_then(heap, likely=True):
        wrong_kind = b.icmp_unsigned("!=", OBJECT(b, value).kind, const(need))
        checked = b.block
    result = b.phi(ir.IntType(1))
    result.add_incoming(ir.Constant(ir.IntType(1), 1), before)
    result.add_incoming(wrong_kind, checked)
    return result


InputChecks = tuple[tuple[int, str, str | int], ...]
OutputKinds = tuple[tuple[int, str | int], ...]


@cache
def builtin_checks(effect: terms.Effect) -> tuple[InputChecks, OutputKinds]:
    """What a builtin's effect says of its inputs (depth from the top,
    type name, requirement) and of its outputs (depth from the top,
    requirement), where it names a concrete type."""
    inputs, _ = terms.items(effect.inputs)
    outputs, _ = terms.items(effect.outputs)
    ins = []
    for depth, t in enumerate(reversed(inputs)):
        need = requirement(t)
        if need is not None:
            ins.append((depth, *need))
    outs = []
    for depth, t in enumerate(reversed(outputs)):
        need = requirement(t)
        if need is not None:
            outs.append((depth, need[1]))
    return tuple(ins), tuple(outs)

