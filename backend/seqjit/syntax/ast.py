"""The Seq syntax tree. Every node carries the span of source it came from.

The tree is the parser's output and nothing changes it afterwards: later
passes build new nodes (literal-`if` lowering) or keep what they learn
beside it (the checker's `types.facts.Typing`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Source, Span
from ..ffi.model import Function

# --- type expressions, as written in stack effects -------------------------


@dataclass(slots=True)
class TypeName:
    """`Int`, `T`, `Message`: resolved to a concrete type, union or variable later."""

    name: str
    span: Span


@dataclass(slots=True)
class StackExpr:
    """One side of an effect: an optional row variable, then types bottom to top."""

    row: str | None
    items: list[TypeExpr]


@dataclass(slots=True)
class EffectExpr:
    """`( ..a Int -- ..a Bool | Yield Int )`."""

    inputs: StackExpr
    outputs: StackExpr
    yields: TypeExpr | None
    span: Span


@dataclass(slots=True)
class QuotationTypeExpr:
    """`[Int -- Int]` or, with `closure`, `Closure[Int -- Int]`."""

    effect: EffectExpr
    closure: bool
    span: Span


TypeExpr = TypeName | QuotationTypeExpr

# --- statements -------------------------------------------------------------


@dataclass(slots=True)
class IntLit:
    value: int
    span: Span


@dataclass(slots=True)
class FloatLit:
    value: float
    span: Span


@dataclass(slots=True)
class BoolLit:
    value: bool
    span: Span


@dataclass(slots=True)
class StringLit:
    value: bytes
    span: Span


@dataclass(slots=True)
class SymbolLit:
    name: str
    span: Span


@dataclass(slots=True)
class WordCall:
    name: str
    span: Span


@dataclass(slots=True)
class Quotation:
    """`[ ... ]`; `id` is unique within a parse."""

    id: int
    body: list[Statement]
    span: Span


@dataclass(slots=True)
class If:
    """A conditional with its branches inline.

    Written classically (`cond if A else B then`), or a literal
    `cond [ A ] [ B ] if` lowered to this form (`combinator` is then true).
    """

    then_body: list[Statement]
    else_body: list[Statement] | None
    span: Span
    combinator: bool = False


@dataclass(slots=True)
class MatchArm:
    """`Variant -> body` (fields pushed in order) or `Variant { >a >b } -> body`."""

    variant: str
    bindings: list[str] | None
    body: list[Statement]
    span: Span


@dataclass(slots=True)
class Match:
    arms: list[MatchArm]
    span: Span


Statement = (
    IntLit | FloatLit | BoolLit | StringLit | SymbolLit | WordCall | Quotation | If | Match
)

# --- top-level items ----------------------------------------------------------


@dataclass(slots=True)
class Include:
    """`include std:name` (kind 'std'), `include "path"` ('relative'), `include ffi:x`."""

    kind: str
    target: str
    span: Span


@dataclass(slots=True)
class Field:
    name: str
    type_name: str
    span: Span


@dataclass(slots=True)
class Variant:
    name: str
    fields: list[Field]
    span: Span


@dataclass(slots=True)
class UnionDef:
    name: str
    variants: list[Variant]
    span: Span


@dataclass(slots=True)
class WordDef:
    name: str
    effect: EffectExpr | None
    body: list[Statement]
    span: Span
    name_span: Span
    allowed_lints: list[str] = field(default_factory=list)
    generated_from: str | None = None  # the union, for words a union generates
    foreign: Function | None = None  # the C function a manifest binds this word to (no body)


@dataclass(slots=True)
class Module:
    """One parsed source: its includes, unions and words in order."""

    source: Source
    includes: list[Include] = field(default_factory=list)
    unions: list[UnionDef] = field(default_factory=list)
    words: list[WordDef] = field(default_factory=list)


def walk(statements: list[Statement]):
    """Every statement in `statements`, nested ones included, depth first."""
    for stmt in statements:
        yield stmt
        if isinstance(stmt, Quotation):
            yield from walk(stmt.body)
        elif isinstance(stmt, If):
            yield from walk(stmt.then_body)
            if stmt.else_body is not None:
                yield from walk(stmt.else_body)
        elif isinstance(stmt, Match):
            for arm in stmt.arms:
                yield from walk(arm.body)
