"""What is at a point of a document: the definition, the body, the
statement, and the stack the checker inferred there.

Points are (line, column), 1-based, columns in characters, as spans are.
The search walks the tree as parsed (every quotation still in it, with its
span); the checker's facts are keyed by the nodes it checked, which are the
parser's except where a literal `if` was lowered, so a compound node the
lowering rebuilt is matched to its rebuilt twin by position.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..diagnostics import Span
from ..syntax import ast
from ..types.facts import Typing
from ..types.terms import Closure, Quot, Stack
from .analysis import Analysis

Pos = tuple[int, int]


def starts(span: Span) -> Pos:
    return (span.line, span.col)


def ends(span: Span) -> Pos:
    return (span.end_line, span.end_col)


def contains(span: Span, pos: Pos, end_inclusive: bool = False) -> bool:
    return starts(span) <= pos and (pos <= ends(span) if end_inclusive else pos < ends(span))


def children(stmt: ast.Statement) -> list[list[ast.Statement]]:
    """The bodies nested directly in `stmt`."""
    if isinstance(stmt, ast.Quotation):
        return [stmt.body]
    if isinstance(stmt, ast.If):
        return [stmt.then_body] + ([stmt.else_body] if stmt.else_body is not None else [])
    if isinstance(stmt, ast.Match):
        return [arm.body for arm in stmt.arms]
    return []


@dataclass
class Spot:
    """Where a point falls in a body of the root document."""

    word: ast.WordDef | None  # the local word it is in (None: a notebook's top-level code)
    body: list[ast.Statement]  # the innermost body around it
    index: int  # how many statements of `body` start before it
    stmt: ast.Statement | None = None  # the innermost statement under it, if any
    outer: list[ast.Statement] = field(default_factory=list)  # the statements around it


def spot_at(analysis: Analysis, pos: Pos, end_inclusive: bool = False) -> Spot | None:
    for word in analysis.module.words:
        if contains(word.span, pos, end_inclusive):
            return _in_body(word, word.body, pos, end_inclusive, [])
    if analysis.code:
        first, last = analysis.code[0].span, analysis.code[-1].span
        if starts(first) <= pos <= ends(last) or pos > ends(last):
            return _in_body(None, analysis.code, pos, end_inclusive, [])
    return None


def _in_body(word: ast.WordDef | None, body: list[ast.Statement], pos: Pos,
             end_inclusive: bool, outer: list[ast.Statement]) -> Spot:
    index = 0
    for i, stmt in enumerate(body):
        for inner in children(stmt):
            if _inside_body(stmt, inner, pos):
                return _in_body(word, inner, pos, end_inclusive, [*outer, stmt])
        if contains(stmt.span, pos, end_inclusive):
            return Spot(word, body, i, stmt, outer)
        if starts(stmt.span) < pos:
            index = i + 1
    return Spot(word, body, index, None, outer)


def _inside_body(stmt: ast.Statement, body: list[ast.Statement], pos: Pos) -> bool:
    if isinstance(stmt, ast.Quotation):
        # Between the brackets, whether or not on a statement.
        return starts(stmt.span) < pos < (stmt.span.end_line, stmt.span.end_col - 1)
    if not body:
        return False
    return starts(body[0].span) <= pos <= ends(body[-1].span)


def type_names(effect: ast.EffectExpr) -> Iterator[ast.TypeName]:
    """Every type name an effect writes, nested quotation types' too."""
    for side in (effect.inputs, effect.outputs):
        for item in side.items:
            if isinstance(item, ast.TypeName):
                yield item
            else:
                yield from type_names(item.effect)
    if isinstance(effect.yields, ast.TypeName):
        yield effect.yields


# --- the checker's facts at a spot ------------------------------------------------------


class Facts:
    """The checker's facts for one body of a document, found by parsed node."""

    def __init__(self, analysis: Analysis, word: ast.WordDef | None) -> None:
        self.analysis = analysis
        self.word = word
        self.typing: Typing = analysis.typing_of(word)
        self.checked = analysis.checked(word) if word is not None else None
        lowered = self.checked.definition.body if self.checked else analysis.checked_code
        # A rebuilt node, by where it starts and what it is.
        self.rebuilt = {(starts(s.span), type(s)): s for s in ast.walk(lowered)}

    def node(self, stmt: ast.Statement) -> ast.Statement:
        return self.rebuilt.get((starts(stmt.span), type(stmt)), stmt)

    def stacks(self, stmt: ast.Statement) -> tuple[Stack, Stack] | None:
        return self.typing.stacks(stmt) or self.typing.stacks(self.node(stmt))

    def quotation_type(self, quot: ast.Quotation) -> Quot | Closure | None:
        node = self.node(quot)
        if not isinstance(node, ast.Quotation):
            return None
        try:
            return self.typing.quotation_type(node)
        except KeyError:
            return None

    def before(self, spot: Spot, index: int) -> Stack | None:
        """The stack before statement `index` of the spot's body (at its end
        when `index` is its length)."""
        body = spot.body
        if index < len(body):
            known = self.stacks(body[index])
            if known is not None:
                return known[0]
        if index > 0:
            known = self.stacks(body[index - 1])
            return known[1] if known is not None else None
        return self.start(spot)

    def start(self, spot: Spot) -> Stack | None:
        """The stack an empty body starts from."""
        if not spot.outer:
            if self.checked is not None:
                return self.checked.effect.inputs
            return None
        around = spot.outer[-1]
        if isinstance(around, ast.Quotation):
            qtype = self.quotation_type(around)
            return qtype.effect.inputs if qtype is not None else None
        return None
