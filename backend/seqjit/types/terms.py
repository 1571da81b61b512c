"""Type terms of Seq: value types, stack types (row-polymorphic), effects.

The unifier follows the reference checker's rules exactly, so that the same
programs are accepted: substitutions apply shallowly (a quotation type's
inner variables are not rewritten), a `Union` unifies with `Variant`, and a
`Quotation` with a `Closure` of the same effect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CONCRETE = ("Int", "Float", "Bool", "String", "Symbol", "Channel", "Socket", "Variant")


class Type:
    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Con(Type):
    """A concrete type: one of CONCRETE."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Var(Type):
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class UnionT(Type):
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Quot(Type):
    effect: Effect

    def __str__(self) -> str:
        return f"[{self.effect}]"


@dataclass(frozen=True, slots=True)
class Closure(Type):
    effect: Effect
    captures: tuple[Type, ...] = ()

    def __str__(self) -> str:
        return f"Closure[{self.effect}]"


INT, FLOAT, BOOL, STRING, SYMBOL = (Con(n) for n in CONCRETE[:5])
CHANNEL, SOCKET, VARIANT = (Con(n) for n in CONCRETE[5:])


class Stack:
    __slots__ = ()

    def push(self, top: Type) -> Cons:
        return Cons(self, top)


@dataclass(frozen=True, slots=True)
class Empty(Stack):
    def __str__(self) -> str:
        return "()"


@dataclass(frozen=True, slots=True)
class Row(Stack):
    name: str

    def __str__(self) -> str:
        return f"(..{self.name})"


@dataclass(frozen=True, slots=True)
class Cons(Stack):
    rest: Stack
    top: Type

    def __str__(self) -> str:
        return f"({_inner(self)})"


EMPTY = Empty()


def _inner(stack: Stack) -> str:
    """A stack's items without the parentheses: `..a Int String`."""
    words: list[str] = []
    while isinstance(stack, Cons):
        words.append(str(stack.top))
        stack = stack.rest
    if isinstance(stack, Row):
        words.append(f"..{stack.name}")
    return " ".join(reversed(words))


def stack_of(base: Stack, *types: Type) -> Stack:
    for t in types:
        base = Cons(base, t)
    return base


def items(stack: Stack) -> tuple[list[Type], Stack]:
    """The concrete types bottom to top, and the base (Empty or a Row)."""
    out: list[Type] = []
    while isinstance(stack, Cons):
        out.append(stack.top)
        stack = stack.rest
    out.reverse()
    return out, stack


def depth(stack: Stack) -> int:
    n = 0
    while isinstance(stack, Cons):
        n += 1
        stack = stack.rest
    return n


@dataclass(frozen=True, slots=True)
class Effect:
    inputs: Stack
    outputs: Stack
    yields: Type | None = None

    def __str__(self) -> str:
        # Written as a declaration would be, so quotation types read `[..a Int -- ..a]`.
        text = f"{_inner(self.inputs)} -- {_inner(self.outputs)}".strip()
        return f"{text} | Yield {self.yields}" if self.yields is not None else text


_FRESH_SUFFIX = re.compile(r"\$\d+")


def pretty(term: object) -> str:
    """A term as users read it: fresh-variable suffixes (`a$12`) dropped."""
    return _FRESH_SUFFIX.sub("", str(term))


def surface(effect: Effect) -> str:
    """An effect in declaration syntax, `( Int Int -- Int )`, row variables
    shown only where they are not the implicit shared one."""
    ins, in_base = items(effect.inputs)
    outs, out_base = items(effect.outputs)
    implicit = isinstance(in_base, Row) and in_base == out_base and in_base.name == "rest"

    def side(types: list[Type], base: Stack) -> str:
        words = [pretty(t) for t in types]
        if isinstance(base, Row) and not implicit:
            words.insert(0, pretty(f"..{base.name}"))
        return " ".join(words)

    left, right = side(ins, in_base), side(outs, out_base)
    text = f"( {left} -- {right} )".replace("(  --", "( --").replace("--  )", "-- )")
    if effect.yields is not None:
        text = text[:-1] + f"| Yield {pretty(effect.yields)} )"
    return text


# --- substitution and unification ---------------------------------------------


class UnifyError(Exception):
    pass


@dataclass(slots=True)
class Subst:
    types: dict[str, Type] = field(default_factory=dict)
    rows: dict[str, Stack] = field(default_factory=dict)

    def apply_type(self, t: Type) -> Type:
        if isinstance(t, Var):
            return self.types.get(t.name, t)
        return t

    def apply_stack(self, s: Stack) -> Stack:
        # A loop, not recursion: a stack is as deep as an effect is wide.
        tops: list[Type] = []
        while isinstance(s, Cons):
            tops.append(self.apply_type(s.top))
            s = s.rest
        out = self.rows.get(s.name, s) if isinstance(s, Row) else s
        for top in reversed(tops):
            out = Cons(out, top)
        return out

    def compose(self, other: Subst) -> Subst:
        """Self then other, as the reference composes."""
        if not other.types and not other.rows:
            return self
        if not self.types and not self.rows:
            return other
        types = {k: other.apply_type(v) for k, v in self.types.items()}
        for k, v in other.types.items():
            types[k] = self.apply_type(v)
        rows = {k: other.apply_stack(v) for k, v in self.rows.items()}
        for k, row in other.rows.items():
            rows[k] = self.apply_stack(row)
        return Subst(types, rows)


EMPTY_SUBST = Subst()


def _occurs_in_stack(name: str, s: Stack) -> bool:
    while isinstance(s, Cons):
        s = s.rest
    return isinstance(s, Row) and s.name == name


def _occurs_in_type(name: str, t: Type) -> bool:
    if isinstance(t, Var):
        return t.name == name
    if isinstance(t, Quot | Closure):
        e = t.effect
        if _occurs_in_stack(name, e.inputs) or _occurs_in_stack(name, e.outputs):
            return True
        return isinstance(t, Closure) and any(_occurs_in_type(name, c) for c in t.captures)
    return False


def unify_effects(e1: Effect, e2: Effect) -> Subst:
    s_in = unify_stacks(e1.inputs, e2.inputs)
    s_out = unify_stacks(s_in.apply_stack(e1.outputs), s_in.apply_stack(e2.outputs))
    return s_in.compose(s_out)


def unify_types(t1: Type, t2: Type) -> Subst:
    if not isinstance(t1, Quot | Closure) and t1 == t2:
        return Subst()
    if isinstance(t1, UnionT) and t2 == VARIANT or isinstance(t2, UnionT) and t1 == VARIANT:
        return Subst()
    if isinstance(t1, Var) or isinstance(t2, Var):
        var, other = (t1, t2) if isinstance(t1, Var) else (t2, t1)
        assert isinstance(var, Var)
        if _occurs_in_type(var.name, other):
            raise UnifyError(f"cannot unify {pretty(var)} with {pretty(other)} (infinite type)")
        return Subst({var.name: other}, {})
    if isinstance(t1, Quot | Closure) and isinstance(t2, Quot | Closure):
        return unify_effects(t1.effect, t2.effect)
    raise UnifyError(f"cannot unify {pretty(t1)} with {pretty(t2)}")


def unify_stacks(s1: Stack, s2: Stack) -> Subst:
    # The reference recurses down the two stacks: unify the tops, apply that to
    # the rests, unify those, compose top-first. The same as a loop (an effect
    # 1,000 values wide is 1,000 levels deep), composing on the way back up.
    tops: list[Subst] = []
    while isinstance(s1, Cons) and isinstance(s2, Cons):
        s_top = unify_types(s1.top, s2.top)
        tops.append(s_top)
        s1, s2 = s1.rest, s2.rest
        if s_top.types or s_top.rows:
            s1, s2 = s_top.apply_stack(s1), s_top.apply_stack(s2)
    result = _unify_bases(s1, s2)
    for s_top in reversed(tops):
        result = s_top.compose(result)
    return result


def _unify_bases(s1: Stack, s2: Stack) -> Subst:
    """Unify two stacks of which at least one is not a Cons."""
    if isinstance(s1, Empty) and isinstance(s2, Empty):
        return Subst()
    if isinstance(s1, Row) or isinstance(s2, Row):
        row, other = (s1, s2) if isinstance(s1, Row) else (s2, s1)
        assert isinstance(row, Row)
        if isinstance(other, Row) and other.name == row.name:
            return Subst()
        if _occurs_in_stack(row.name, other):
            raise UnifyError(f"cannot unify {pretty(row)} with {pretty(other)} (infinite stack)")
        return Subst({}, {row.name: other})
    raise UnifyError(f"stack shapes differ: {pretty(s1)} vs {pretty(s2)}")
