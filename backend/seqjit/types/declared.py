"""Declared types: stack-effect syntax -> effects, union fields -> types."""

from __future__ import annotations

from collections.abc import Set

from ..diagnostics import SeqError
from ..syntax import ast
from ..syntax.includes import std_module_of
from .terms import CONCRETE, Closure, Con, Effect, Quot, Row, Stack, Type, UnionT, Var

# The row variable a declaration gets when it names none. It is rigid: a body
# may not reach below the values the declaration lists.
IMPLICIT_ROW = "rest"


def effect_from_syntax(
    expr: ast.EffectExpr, unions: Set[str], word: str, builtin: bool = False
) -> Effect:
    """The effect a declaration denotes. User declarations must spell type
    variables as one letter; the builtin table also uses names like `Acc`."""
    return Effect(
        _stack(expr.inputs, unions, word, builtin),
        _stack(expr.outputs, unions, word, builtin),
        # The reference never validates a Yield type, so any name there is a variable.
        _type(expr.yields, unions, word, True) if expr.yields is not None else None,
    )


def _stack(expr: ast.StackExpr, unions: Set[str], word: str, builtin: bool) -> Stack:
    stack: Stack = Row(expr.row or IMPLICIT_ROW)
    for item in expr.items:
        stack = stack.push(_type(item, unions, word, builtin))
    return stack


def _type(expr: ast.TypeExpr, unions: Set[str], word: str, builtin: bool) -> Type:
    if isinstance(expr, ast.QuotationTypeExpr):
        effect = effect_from_syntax(expr.effect, unions, word, builtin)
        return Closure(effect) if expr.closure else Quot(effect)
    name = expr.name
    if name in CONCRETE:
        return Con(name)
    if name in unions:
        return UnionT(name)
    if len(name) > 1 and not builtin:
        hint = did_you_mean(name, [*CONCRETE, *unions])
        raise SeqError(
            "type error",
            f"unknown type '{name}' in the stack effect of '{word}'",
            expr.span,
            notes=[
                *([f"did you mean '{hint}'?"] if hint else []),
                "a type is Int, Float, Bool, String, Symbol, Channel, Socket, Variant or a "
                "union; a type variable is a single uppercase letter (T, U, V...)",
            ],
        )
    return Var(name)


# Union fields may not be Symbol or Variant (the reference's rule).
FIELD_TYPES = ("Int", "Float", "Bool", "String", "Channel", "Socket")


def field_type(name: str, unions: Set[str]) -> Type | None:
    """The type of a union field declared as `name`, or None if unknown."""
    if name in FIELD_TYPES:
        return Con(name)
    if name in unions:
        return UnionT(name)
    return None


def std_hint(name: str) -> str:
    """For an unknown word that a std module defines: where it is, and the
    include that brings it in ("" for any other word)."""
    module = std_module_of(name)
    return f" (it is in std:{module}: add `include std:{module}`)" if module else ""


def did_you_mean(name: str, candidates: list[str]) -> str | None:
    best: tuple[int, str] | None = None
    for cand in candidates:
        # The distance is at least the difference in length: skipping those
        # keeps a long token (thousands of characters) from costing
        # len(name) * len(cand) steps per candidate.
        if abs(len(cand) - len(name)) > 2:
            continue
        d = edit_distance(name, cand)
        if d <= 2 and (best is None or d < best[0]):  # the reference's threshold
            best = (d, cand)
    return best[1] if best else None


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
