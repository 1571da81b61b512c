"""Code actions: a lint's fix; an error check in place of the `drop` of
an unchecked flag; the typed builtins an arithmetic sugar can stand for
(when it failed to resolve, or to write out what it resolved to); the
word a misspelt or renamed call most likely meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostics import Span
from ..shell.catalog import span_text
from ..syntax import ast
from ..types.checker import SUGAR_OPS, resolve_sugar
from ..types.terms import EMPTY, FLOAT, INT, STRING
from .analysis import Analysis, Problem
from .locate import Facts, Pos, contains, ends, spot_at, starts

Edit = tuple[Span, str]  # replace what the span covers with the text


@dataclass
class Action:
    title: str
    kind: str  # "quickfix" | "refactor.rewrite"
    edits: list[Edit]
    problem: Problem | None = None
    preferred: bool = False


def actions(analysis: Analysis, start: Pos, end: Pos) -> list[Action]:
    out: list[Action] = []
    for problem in analysis.problems:
        span = problem.span
        if span is None or not analysis.is_local(span) or not _overlaps(span, start, end):
            continue
        if problem.finding is not None:
            out += _lint_fixes(problem)
        elif problem.error is not None:
            out += _error_fixes(problem, span)
    out += _sugar_rewrites(analysis, start, end)
    return out


def _overlaps(span: Span, start: Pos, end: Pos) -> bool:
    if start == end:
        return starts(span) <= start <= ends(span)
    return starts(span) < end and start < ends(span)


def _lint_fixes(problem: Problem) -> list[Action]:
    finding = problem.finding
    assert finding is not None
    if finding.replacement is not None:
        title = f"Replace with `{finding.replacement}`" if finding.replacement else \
            f"Remove `{span_text(finding.span)}`"
        return [Action(title, "quickfix", [(finding.span, finding.replacement)], problem, True)]
    if finding.rule.startswith("unchecked-"):
        check = _error_check(finding.span)
        return [check] if check is not None else []
    return []


def _error_check(span: Span) -> Action | None:
    """`op drop` with the `drop` made a check of the flag: the value stays
    on the stack either way, and the failure branch says where to act."""
    text = span_text(span)
    words = text.split()
    if len(words) < 2 or words[-1] != "drop" or "\n" in text:
        return None
    op = words[0]
    line = span.source.line_text(span.line)
    indent = line[: len(line) - len(line.lstrip())] + "  "
    drop = Span(span.source, span.end_line, span.end_col - len("drop"), span.end_line,
                span.end_col)
    check = f"[\n{indent}] [\n{indent}  # {op} failed: handle it here\n{indent}] if"
    return Action(f"Add an error check for `{op}`", "quickfix", [(drop, check)])


def _error_fixes(problem: Problem, span: Span) -> list[Action]:
    error = problem.error
    assert error is not None
    text = span_text(span)
    if text in SUGAR_OPS:
        return [Action(f"Replace `{text}` with `{typed}`", "quickfix", [(span, typed)], problem)
                for typed in sugar_forms(text)]
    for note in error.notes:
        meant = re.match(r"did you mean '(.+)'\?$", note) or \
            re.match(r"'.+' was renamed to '(.+)' in Seq 7\.0$", note)
        if meant and error.kind == "name error":
            return [Action(f"Replace with `{meant.group(1)}`", "quickfix",
                           [(span, meant.group(1))], problem, True)]
    return []


def sugar_forms(op: str) -> list[str]:
    """The builtins `op` can resolve to: as the checker resolves it on two
    Ints, two Floats, two Strings."""
    forms = (resolve_sugar(op, EMPTY.push(t).push(t)) for t in (INT, FLOAT, STRING))
    return [f for f in forms if f is not None]


def _sugar_rewrites(analysis: Analysis, start: Pos, end: Pos) -> list[Action]:
    """A sugar call under the cursor, written as the builtin it resolved to."""
    spot = spot_at(analysis, start, end_inclusive=True)
    if spot is None or not isinstance(spot.stmt, ast.WordCall) or \
            spot.stmt.name not in SUGAR_OPS:
        return []
    call = spot.stmt
    resolved = Facts(analysis, spot.word).typing.resolved(call)
    if resolved == call.name or not contains(call.span, start, True):
        return []
    return [Action(f"Write `{call.name}` as `{resolved}`", "refactor.rewrite",
                   [(call.span, resolved)])]
