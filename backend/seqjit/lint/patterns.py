"""Pattern rules: runs of words in one body matched against `dup drop`,
`$X swap`, `chan.send $... drop`.

Each body (a word's, a quotation's, a branch's, a match arm's) is matched
on its own, so a pattern never spans a `[` or an `if`. A word call matches
by the name written or by the builtin its sugar resolved to (`/` on Ints is
`i./`); any other statement (a literal, a quotation) is a single item that
only a wildcard matches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..syntax import ast
from .config import MANY, PatternRule
from .findings import Finding

Resolve = Callable[[ast.WordCall], str]


def bodies(body: list[ast.Statement]) -> Iterator[list[ast.Statement]]:
    """`body` and every body nested in it."""
    yield body
    for stmt in body:
        if isinstance(stmt, ast.Quotation):
            yield from bodies(stmt.body)
        elif isinstance(stmt, ast.If):
            yield from bodies(stmt.then_body)
            if stmt.else_body is not None:
                yield from bodies(stmt.else_body)
        elif isinstance(stmt, ast.Match):
            for arm in stmt.arms:
                yield from bodies(arm.body)


def match_rules(body: list[ast.Statement], rules: tuple[PatternRule, ...],
                resolve: Resolve) -> Iterator[Finding]:
    for seq in bodies(body):
        for rule in rules:
            i = 0
            while i < len(seq):
                length = _match_at(seq, i, rule.pattern, resolve)
                if not length:
                    i += 1
                    continue
                span = seq[i].span.to(seq[i + length - 1].span)
                yield Finding(rule.id, rule.severity, rule.message, span, rule.replacement)
                i += length  # matches never overlap


def _match_at(seq: list[ast.Statement], start: int, pattern: tuple[str, ...],
              resolve: Resolve) -> int:
    """How many statements from `start` `pattern` matches (0: none)."""
    i = start
    for k, element in enumerate(pattern):
        if element == MANY:
            rest = pattern[k + 1:]
            if not rest:
                return len(seq) - start
            for j in range(i, len(seq)):
                length = _match_at(seq, j, rest, resolve)
                if length:
                    return j - start + length
            return 0
        if i >= len(seq):
            return 0
        if not element.startswith("$") and not _is_word(seq[i], element, resolve):
            return 0
        i += 1
    return i - start


def _is_word(stmt: ast.Statement, name: str, resolve: Resolve) -> bool:
    return isinstance(stmt, ast.WordCall) and name in (stmt.name, resolve(stmt))
