"""The virtual stack: the top of the data stack as SSA values.

Values pushed inside a word stay in registers; they are written to the data
stack only when something needs memory (a call, a branch join, the return).
Each slot remembers what it statically holds, so Int, Bool and Float values
skip reference counting and Floats stay unboxed doubles until they are
written out.
"""

from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir

from ..runtime.layout import I64, const

# What a slot holds: a tagged Int, a tagged Bool, an unboxed double, or any
# tagged value (possibly a heap pointer, so copies and drops count references).
INT, BOOL, F64RAW, ANY = "int", "bool", "f64", "any"


@dataclass(frozen=True, slots=True)
class Slot:
    value: ir.Value
    kind: str
    # The heap object kind (runtime/layout.py) an ANY slot is known to hold,
    # when this word made or checked it (codegen/tags.py); 0 if unknown.
    heap: int = 0

    @property
    def counted(self) -> bool:
        return self.kind == ANY


@dataclass(slots=True)
class State:
    """Where a word's stack stands at one point of its code."""

    sp: ir.Value | None  # the data stack pointer; None in native-signature functions
    items: list[Slot]  # values above sp, bottom to top
    aux: list[Slot]  # the aux stack, entirely in registers

    def copy(self) -> State:
        return State(self.sp, list(self.items), list(self.aux))


class VStack:
    def __init__(self, builder: ir.IRBuilder, state: State, box_float: ir.Function) -> None:
        self.b = builder
        self.state = state
        self.box_float = box_float

    # --- movement ---------------------------------------------------------------

    def push(self, slot: Slot) -> None:
        self.state.items.append(slot)

    def pop(self) -> Slot:
        self.ensure(1)
        return self.state.items.pop()

    def peek(self, n: int = 0) -> Slot:
        self.ensure(n + 1)
        return self.state.items[-1 - n]

    def ensure(self, n: int) -> None:
        """Make sure the top `n` values are in registers, loading from memory."""
        items = self.state.items
        missing = n - len(items)
        if missing <= 0:
            return
        assert self.state.sp is not None, "native-signature word reached below its inputs"
        b = self.b
        loaded: list[Slot] = []
        sp = self.state.sp
        for _ in range(missing):
            sp = b.gep(sp, [const(-1)], source_etype=I64)
            loaded.append(Slot(b.load(sp, typ=I64), ANY))
        self.state.sp = sp
        loaded.reverse()
        items[:0] = loaded

    def flush(self) -> ir.Value:
        """Write every register value to the data stack; returns the new sp."""
        b = self.b
        sp = self.state.sp
        assert sp is not None
        for slot in self.state.items:
            b.store(self.tagged(slot), sp)
            sp = b.gep(sp, [const(1)], source_etype=I64)
        self.state.sp = sp
        self.state.items = []
        return sp

    # --- representations ------------------------------------------------------------

    def tagged(self, slot: Slot) -> ir.Value:
        if slot.kind == F64RAW:
            return self.b.call(self.box_float, [slot.value])
        return slot.value

    def as_double(self, slot: Slot, unbox: ir.Function) -> ir.Value:
        if slot.kind == F64RAW:
            return slot.value
        return self.b.call(unbox, [slot.value])

    def as_bool(self, slot: Slot) -> ir.Value:
        """An i1 from a tagged Bool."""
        return self.b.icmp_unsigned("!=", slot.value, const(0))
