"""Semantic tokens (what each piece of the text is, for highlighting from
the parser's own tree) and inlay hints (a word's effect after each call).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import SeqError, Span
from ..shell import catalog
from ..syntax import ast
from ..syntax.lexer import Kind, tokenize
from ..types.builtins import SPECS
from ..types.checker import SUGAR_OPS, Checker
from ..types.terms import CONCRETE
from .analysis import Analysis
from .locate import type_names

TOKEN_TYPES = ["keyword", "function", "type", "typeParameter", "string", "number", "comment",
               "operator", "enumMember", "namespace"]
TOKEN_MODIFIERS = ["declaration", "defaultLibrary"]
KEYWORDS = frozenset(("include", "union", "if", "else", "then", "match", "end", "->"))
# Words whose effect an inlay hint would only repeat: the shuffles.
QUIET_FAMILIES = frozenset(("stack",))

Token = tuple[int, int, int, str, tuple[str, ...]]  # line, col (1-based), length, type, modifiers


def semantic_tokens(analysis: Analysis) -> list[Token]:
    """Every classified piece of the document, in order, one line each."""
    found: dict[tuple[int, int], Token] = {}

    def put(span: Span, kind: str, *modifiers: str) -> None:
        for line, col, length in _lines_of(span):
            found.setdefault((line, col), (line, col, length, kind, modifiers))

    for word in analysis.module.words:
        put(word.name_span, "function", "declaration")
        if word.effect is not None:
            for name in type_names(word.effect):
                known = name.name in analysis.program.unions or name.name in _CONCRETE
                put(name.span, "type" if known else "typeParameter")
    for union in analysis.module.unions:
        for variant in union.variants:
            put(Span(variant.span.source, variant.span.line, variant.span.col,
                     variant.span.line, variant.span.col + len(variant.name)),
                "enumMember", "declaration")
    for body in [w.body for w in analysis.module.words] + [analysis.code]:
        for stmt in ast.walk(body):
            _statement(analysis, stmt, put)
    for token, kind in _lexical(analysis):
        put(token, kind)
    return sorted(found.values())


_CONCRETE = frozenset((*CONCRETE, "Closure"))


def _statement(analysis: Analysis, stmt: ast.Statement, put) -> None:
    if isinstance(stmt, ast.WordCall):
        name = stmt.name
        if name in SUGAR_OPS:
            put(stmt.span, "operator")
        elif name in KEYWORDS:
            put(stmt.span, "keyword")
        elif name in SPECS or name in Checker.SPECIAL:
            put(stmt.span, "function", "defaultLibrary")
        elif name in analysis.program.variants:
            put(stmt.span, "enumMember")
        elif name in analysis.program.words:
            source = analysis.program.words[name].definition.span.source.name
            put(stmt.span, "function", *(("defaultLibrary",) if source.startswith("<std:")
                                          else ()))
    elif isinstance(stmt, ast.IntLit | ast.FloatLit):
        put(stmt.span, "number")
    elif isinstance(stmt, ast.BoolLit):
        put(stmt.span, "keyword")
    elif isinstance(stmt, ast.StringLit):
        put(stmt.span, "string")
    elif isinstance(stmt, ast.SymbolLit):
        put(stmt.span, "enumMember")
    elif isinstance(stmt, ast.Match):
        for arm in stmt.arms:
            put(arm.span, "enumMember")


def _lexical(analysis: Analysis) -> Iterator[tuple[Span, str]]:
    """Keywords, include targets and comments, from the lexer's tokens and
    the gaps between them (where a `#` starts a comment)."""
    source = analysis.source
    try:
        tokens = tokenize(source)
    except SeqError:
        return
    lines = source.text.split("\n")
    position = (1, 1)
    for i, token in enumerate(tokens):
        yield from _comments(lines, position, (token.span.line, token.span.col), source)
        position = (token.span.end_line, token.span.end_col)
        if token.kind is Kind.ALLOW:
            yield token.span, "comment"
        elif token.kind is Kind.WORD and token.text in KEYWORDS:
            yield token.span, "keyword"
        elif token.kind is Kind.WORD and i >= 2 and tokens[i - 2].text == "include":
            yield token.span, "namespace"
        elif token.kind is Kind.STRING and i >= 1 and tokens[i - 1].text == "include":
            yield token.span, "string"
    yield from _comments(lines, position, (len(lines), len(lines[-1]) + 1), source)


def _comments(lines: list[str], start: tuple[int, int], end: tuple[int, int],
              source) -> Iterator[tuple[Span, str]]:
    """Comments in the gap from `start` to `end`: only spaces and comments lie there."""
    line, col = start
    while (line, col) < end and line <= len(lines):
        text = lines[line - 1]
        stop = end[1] if line == end[0] else len(text) + 1
        hash_at = text.find("#", col - 1, stop - 1)
        if hash_at >= 0:
            yield Span(source, line, hash_at + 1, line, len(text.rstrip("\r")) + 1), "comment"
        line, col = line + 1, 1


def _lines_of(span: Span) -> Iterator[tuple[int, int, int]]:
    """A span as (line, col, length) pieces, one per line it covers."""
    if span.line == span.end_line:
        yield span.line, span.col, max(span.end_col - span.col, 0)
        return
    text = span.source.text.split("\n")
    for line in range(span.line, span.end_line + 1):
        whole = text[line - 1] if line - 1 < len(text) else ""
        col = span.col if line == span.line else 1
        last = span.end_col if line == span.end_line else len(whole) + 1
        if last > col:
            yield line, col, last - col


# --- inlay hints ------------------------------------------------------------------------------


def inlay_hints(analysis: Analysis, first_line: int, last_line: int) -> list[tuple[Span, str]]:
    """The effect of each word called between the lines (shuffles left out)."""
    hints: list[tuple[Span, str]] = []
    effects: dict[str, str | None] = {}
    for body in [w.body for w in analysis.module.words] + [analysis.code]:
        for stmt in ast.walk(body):
            if not isinstance(stmt, ast.WordCall) or \
                    not first_line <= stmt.span.line <= last_line:
                continue
            if stmt.name not in effects:
                effects[stmt.name] = _hint_effect(analysis, stmt.name)
            effect = effects[stmt.name]
            if effect is not None:
                hints.append((stmt.span, effect))
    return hints


def _hint_effect(analysis: Analysis, name: str) -> str | None:
    if name in SUGAR_OPS or name in KEYWORDS:
        return None
    entry = catalog.lookup(analysis.program, name)
    if entry is None or isinstance(entry.origin, catalog.Union):
        return None
    if isinstance(entry.origin, catalog.Builtin) and entry.origin.family in QUIET_FAMILIES:
        return None
    return catalog.short_effect(entry.effect)
