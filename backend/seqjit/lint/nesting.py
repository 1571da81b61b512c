"""deep-nesting: if/else nested four or more levels inside one body.

A quotation starts its own count (it is a separate piece of code); match
arms do not add a level. Ifs are counted after literal `[ ] [ ] if`s are
lowered, so both spellings of a conditional count the same.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..syntax import ast
from .findings import Finding

RULE = "deep-nesting"
MAX_DEPTH = 4


def check(body: list[ast.Statement], word: str) -> Iterator[Finding]:
    depth, where = _deepest(body, 0)
    if depth >= MAX_DEPTH and where is not None:
        inside = f" in `{word}`" if word else ""
        yield Finding(RULE, "hint",
                      f"ifs nested {depth} levels deep{inside}: `cond` or a helper word "
                      "would read more easily", where.span)


def _deepest(body: list[ast.Statement], depth: int) -> tuple[int, ast.If | None]:
    """The deepest if nesting in `body` and the if that reaches the limit."""
    best: tuple[int, ast.If | None] = (depth, None)
    for stmt in body:
        found: tuple[int, ast.If | None] = (depth, None)
        if isinstance(stmt, ast.If):
            inner = [_deepest(stmt.then_body, depth + 1)]
            if stmt.else_body is not None:
                inner.append(_deepest(stmt.else_body, depth + 1))
            level, where = max(inner, key=lambda r: r[0])
            found = (level, where or (stmt if depth + 1 == MAX_DEPTH else None))
        elif isinstance(stmt, ast.Quotation):
            found = _deepest(stmt.body, 0)
        elif isinstance(stmt, ast.Match):
            found = max((_deepest(arm.body, depth) for arm in stmt.arms),
                        key=lambda r: r[0], default=(depth, None))
        if found[0] > best[0]:
            best = found
    return best
