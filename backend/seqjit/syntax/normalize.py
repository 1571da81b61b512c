"""Lower a literal `[ A ] [ B ] if` to an inline `If`, as the reference does
before checking: the branches then type like the classic form (divergent
tail calls, yields) and compile without building quotations.

Lowering builds a new tree and leaves the parser's as it was: a node is
copied only when something inside it changes, so a body without literal
ifs lowers to the very nodes it had.
"""

from __future__ import annotations

from dataclasses import replace

from . import ast


def lower_literal_ifs(body: list[ast.Statement]) -> list[ast.Statement]:
    out: list[ast.Statement] = []
    for stmt in body:
        stmt = _lower_inside(stmt)
        if isinstance(stmt, ast.WordCall) and stmt.name == "if" and len(out) >= 2:
            then_q, else_q = out[-2], out[-1]
            if isinstance(then_q, ast.Quotation) and isinstance(else_q, ast.Quotation):
                out[-2:] = [ast.If(then_q.body, else_q.body, stmt.span, combinator=True)]
                continue
        out.append(stmt)
    return out


def lower_word(word: ast.WordDef) -> ast.WordDef:
    """`word` with its body lowered (`word` itself when nothing changes)."""
    body = lower_literal_ifs(word.body)
    return word if _same(body, word.body) else replace(word, body=body)


def _lower_inside(stmt: ast.Statement) -> ast.Statement:
    """`stmt` with the bodies nested in it lowered."""
    if isinstance(stmt, ast.Quotation):
        body = lower_literal_ifs(stmt.body)
        return stmt if _same(body, stmt.body) else replace(stmt, body=body)
    if isinstance(stmt, ast.If):
        then_body = lower_literal_ifs(stmt.then_body)
        else_body = None if stmt.else_body is None else lower_literal_ifs(stmt.else_body)
        if _same(then_body, stmt.then_body) and (
            else_body is None or _same(else_body, stmt.else_body)
        ):
            return stmt
        return replace(stmt, then_body=then_body, else_body=else_body)
    if isinstance(stmt, ast.Match):
        arms = [_lower_arm(arm) for arm in stmt.arms]
        return stmt if _same(arms, stmt.arms) else replace(stmt, arms=arms)
    return stmt


def _lower_arm(arm: ast.MatchArm) -> ast.MatchArm:
    body = lower_literal_ifs(arm.body)
    return arm if _same(body, arm.body) else replace(arm, body=body)


def _same(new: list, old: list | None) -> bool:
    """Whether lowering kept every node of `old` (so `old` can stand)."""
    return old is not None and len(new) == len(old) and all(
        a is b for a, b in zip(new, old, strict=True)
    )
