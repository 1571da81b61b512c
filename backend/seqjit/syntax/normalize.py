"""Lower a literal `[ A ] [ B ] if` to an inline `If`, as the reference does
before checking: the branches then type like the classic form (divergent
tail calls, yields) and compile without building quotations."""

from __future__ import annotations

from . import ast


def lower_literal_ifs(body: list[ast.Statement]) -> list[ast.Statement]:
    out: list[ast.Statement] = []
    for stmt in body:
        if isinstance(stmt, ast.Quotation):
            stmt.body = lower_literal_ifs(stmt.body)
        elif isinstance(stmt, ast.If):
            stmt.then_body = lower_literal_ifs(stmt.then_body)
            if stmt.else_body is not None:
                stmt.else_body = lower_literal_ifs(stmt.else_body)
        elif isinstance(stmt, ast.Match):
            for arm in stmt.arms:
                arm.body = lower_literal_ifs(arm.body)
        if (
            isinstance(stmt, ast.WordCall)
            and stmt.name == "if"
            and len(out) >= 2
            and isinstance(out[-1], ast.Quotation)
            and isinstance(out[-2], ast.Quotation)
        ):
            else_q, then_q = out.pop(), out.pop()
            out.append(ast.If(then_q.body, else_q.body, stmt.span, combinator=True))
        else:
            out.append(stmt)
    return out
