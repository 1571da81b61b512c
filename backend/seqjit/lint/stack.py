"""An abstract run of a body: which tracked values (error flags, weave
handles, channels) sit where on the stack, word by word.

Word effects come from the checker (the builtin table and the program's
words): a call pops its inputs and pushes its outputs, and an output whose
type is a variable also found among the inputs carries that input's value
(`swap`, `over`, `strand.resume` keeping its handle need no special case).
A value a call takes and does not give back is handed on, not dropped;
only `drop`, `nip`, `2drop` and `3drop` drop. Values below what the body
has seen are unknown. Words whose effect changes the row (`call`, `dip`,
`cond`...) make the analysis give up on the values they could touch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import count

from ..syntax import ast
from ..types.builtins import builtin_effect
from ..types.program import CheckedProgram
from ..types.terms import CHANNEL, Effect, Row, Var, items

Resolve = Callable[[ast.WordCall], str]
DROPS = {"drop": (0,), "nip": (1,), "2drop": (0, 1), "3drop": (0, 1, 2)}  # depths dropped
CARRIED = (Var,)  # output types that carry the input of the same type


@dataclass(frozen=True)
class Tracked:
    kind: str  # "flag", "weave", "channel"
    origin: ast.WordCall  # the call that made it
    op: str  # the builtin or word that made it, as resolved
    ident: int


Slot = Tracked | None  # None: a value nobody tracks


@dataclass
class State:
    stack: list[Slot] = field(default_factory=list)
    aux: list[Slot] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # cleaned up or handed on

    def pop(self) -> Slot:
        return self.stack.pop() if self.stack else None

    def copy(self) -> State:
        return State(list(self.stack), list(self.aux), set(self.consumed))

    def tracked(self) -> Iterator[Tracked]:
        return (v for v in self.stack if v is not None)


def join(a: State, b: State) -> State:
    """After two branches: a tracked value in either at a place is there
    (aligned from the top); consumed only if consumed in both."""
    def zip_top(x: list[Slot], y: list[Slot]) -> list[Slot]:
        n = max(len(x), len(y))
        pad: list[Slot] = [None] * n
        x, y = pad[len(x):] + x, pad[len(y):] + y
        return [p if p is not None else q for p, q in zip(x, y, strict=True)]

    return State(zip_top(a.stack, b.stack), zip_top(a.aux, b.aux), a.consumed & b.consumed)


class Effects:
    """Word effects as the checker knows them, for the program being linted."""

    def __init__(self, program: CheckedProgram) -> None:
        self.program = program
        self.returns: dict[str, tuple[str, ...]] = {}  # word -> kinds of resource it returns

    def of(self, name: str) -> Effect | None:
        effect = builtin_effect(name)
        if effect is None and name in self.program.words:
            effect = self.program.words[name].effect
        return effect

    def variant_fields(self, name: str) -> int | None:
        info = self.program.variants.get(name)
        return None if info is None else len(info.fields)


class Simulation:
    """Runs a body over a `State`; an analysis overrides the hooks."""

    def __init__(self, resolve: Resolve, effects: Effects) -> None:
        self.resolve = resolve
        self.effects = effects
        self.ids = count()

    # --- hooks --------------------------------------------------------------------------

    def make(self, call: ast.WordCall, name: str, state: State) -> bool:
        """Handle a call that makes or cleans up a tracked value; True if handled."""
        return False

    def dropped(self, value: Tracked, call: ast.WordCall, adjacent: bool) -> None:
        """`value` was dropped by `call` (`adjacent`: right after the call that made it)."""

    def handed_on(self, value: Tracked, state: State) -> None:
        """A call took `value` and did not give it back."""

    def opaque(self, state: State) -> None:
        """A call whose effect on the stack is unknown has run."""

    def branches(self, states: list[State], node: ast.If | ast.Match) -> None:
        """The states at the ends of a conditional's branches, before they join."""

    # --- the run ------------------------------------------------------------------------

    def track(self, kind: str, call: ast.WordCall, name: str) -> Tracked:
        return Tracked(kind, call, name, next(self.ids))

    def run(self, body: list[ast.Statement], state: State) -> State:
        previous: ast.Statement | None = None
        for stmt in body:
            if isinstance(stmt, ast.WordCall):
                self.call(stmt, state, previous)
            elif isinstance(stmt, ast.If):
                state.pop()  # the condition: testing a flag is checking it
                ends = [self.run(stmt.then_body, state.copy()),
                        self.run(stmt.else_body or [], state.copy())]
                self.branches(ends, stmt)
                state = join(*ends)
            elif isinstance(stmt, ast.Match):
                state.pop()
                ends = []
                for arm in stmt.arms:
                    arm_state = state.copy()
                    fields = len(arm.bindings) if arm.bindings is not None \
                        else self.effects.variant_fields(arm.variant) or 0
                    arm_state.stack += [None] * fields
                    ends.append(self.run(arm.body, arm_state))
                self.branches(ends, stmt)
                if ends:
                    state = ends[0]
                    for other in ends[1:]:
                        state = join(state, other)
            else:  # a literal or a quotation
                state.stack.append(None)
            previous = stmt
        return state

    def call(self, call: ast.WordCall, state: State, previous: ast.Statement | None) -> None:
        name = self.resolve(call)
        if self.make(call, name, state):
            return
        if name in DROPS:
            depths = DROPS[name]
            kept = [state.pop() for _ in range(min(depths))]
            for _ in depths:
                value = state.pop()
                if value is not None and value.ident not in state.consumed:
                    adjacent = isinstance(previous, ast.WordCall) and previous is value.origin
                    self.dropped(value, call, adjacent)
            state.stack += reversed(kept)
        elif name == ">aux":
            state.aux.append(state.pop())
        elif name == "aux>":
            state.stack.append(state.aux.pop() if state.aux else None)
        else:
            self.apply(name, state)

    def apply(self, name: str, state: State) -> None:
        effect = self.effects.of(name)
        if effect is None:  # a special form (call, dip, if on quotations...) or unknown
            if name in ("call", "dip", "keep", "bi", "if"):
                state.pop()
                self.opaque(state)
            return
        ins, in_base = items(effect.inputs)
        outs, out_base = items(effect.outputs)
        taken = [state.pop() for _ in ins][::-1]
        if not (isinstance(in_base, Row) and isinstance(out_base, Row)
                and in_base.name == out_base.name) and in_base != out_base:
            for value in taken:
                if value is not None:
                    self.handed_on(value, state)
            self.opaque(state)
            return
        given: list[Slot] = []
        for out in outs:
            source = next((v for t, v in zip(ins, taken, strict=True)
                           if t == out and (isinstance(t, CARRIED) or t == CHANNEL)), None)
            given.append(source)
        for value in taken:
            if value is not None and value not in given:
                self.handed_on(value, state)
        state.stack += given
