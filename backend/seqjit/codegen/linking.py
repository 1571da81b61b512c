"""Where each word of a live world is compiled, and what an entry compiles.

A REPL compiles each entry into a module of its own (a unit), its words
named with the entry's suffix (`seq.w.NAME~7`). Calls within a unit are
direct (a recursion, LLVM inlining a helper); a call into another unit
loads the callee's slot, a global holding the address of its current
version, and calls that: with the JIT's large code model a call into
another module is a loaded address anyway (`movabs`, `call reg`), so the
slot costs one load.

So redefining a word with the same effect and the same native signature
compiles that word again and stores its new addresses in its slots; its
callers elsewhere see it at their next call, unchanged. What must be
compiled again with it:
- callers in the unit of its current version, and theirs in that unit (they
  call it directly, or inlined it);
- words whose native decision changed, and the callers of any word whose
  effect or native signature changed (their code calls a function of
  another shape: it gets new slots, the old keep the old code, so code
  already running elsewhere stays consistent);
- callers checked again (the checker does that when an effect changed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..types.program import CheckedProgram
from ..types.terms import Effect
from .natives import decide
from .words import NativeWord, general_name, native_name


@dataclass(frozen=True, slots=True)
class Linked:
    """A word's current compiled version."""

    unit: str  # the suffix of the entry whose module holds it
    effect: Effect  # the effect it was compiled for
    native: NativeWord | None  # its native signature, if it has one
    general_slot: str  # the global holding its general function's address
    native_slot: str | None  # the same for its native function


@dataclass
class Plan:
    """What an entry compiles, and the world's records once it has run."""

    compile: list[str]  # the words its unit compiles
    natives: dict[str, NativeWord]
    linked: dict[str, Linked]
    new_slots: list[tuple[str, str]] = field(default_factory=list)  # (slot, function) it defines
    patches: list[tuple[str, str]] = field(default_factory=list)  # (slot, function) to point


def slot_of(function: str) -> str:
    """The slot first made for `function` (one version of a word)."""
    return f"{function}.slot"


def plan_entry(
    program: CheckedProgram, linked: Mapping[str, Linked], natives: Mapping[str, NativeWord],
    unit: str,
) -> Plan:
    """What the entry that made `program` (from the world whose records are
    `linked` and `natives`) compiles into its unit `unit`."""
    changed = [*program.defined, *program.redefined, *program.rechecked]
    decided, flipped = decide(program, natives, changed)
    todo = dict.fromkeys([*changed, *sorted(flipped)])
    queue = list(todo)
    while queue:
        name = queue.pop()
        old = linked.get(name)
        if old is None:
            continue  # new: no code calls it yet
        reshaped = old.effect != program.words[name].effect or old.native != decided.get(name)
        for caller in program.calls.callers.get(name, ()):
            if caller not in todo and (reshaped or linked[caller].unit == old.unit):
                todo[caller] = None
                queue.append(caller)
    records = dict(linked)
    found = Plan(list(todo), decided, records)
    for name in todo:
        old = linked.get(name)
        effect, native = program.words[name].effect, decided.get(name)
        general = _slot(found, general_name(name) + unit,
                        old.general_slot if old is not None and old.effect == effect else None)
        native_slot = None
        if native is not None:
            same = old is not None and old.native == native
            native_slot = _slot(found, native_name(name) + unit,
                                old.native_slot if same and old is not None else None)
        records[name] = Linked(unit, effect, native, general, native_slot)
    return found


def _slot(plan: Plan, function: str, kept: str | None) -> str:
    """The slot that will hold `function`: `kept` if the word keeps its
    slot (pointed at the new code), else a new one."""
    if kept is not None:
        plan.patches.append((kept, function))
        return kept
    slot = slot_of(function)
    plan.new_slots.append((slot, function))
    return slot
