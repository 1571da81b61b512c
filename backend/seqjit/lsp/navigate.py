"""Going to definitions, finding references, renaming and listing the
symbols of a document.

A word's definition may be in the document, in an included file or in a
std module (its file under seqjit's std/); builtins have none in Seq.
References and renames cover the document's own words within the
document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Source, Span
from ..shell.catalog import effect_text
from ..syntax import ast
from ..syntax.includes import STD_DIR
from ..types.builtins import SPECS
from ..types.checker import SUGAR_OPS, Checker
from .analysis import Analysis
from .locate import Pos, contains, spot_at, type_names

NAME = re.compile(r"[^\s()\[\]{}:;,\"#]+")


def source_path(source: Source) -> Path | None:
    """The file a source was read from (None: the editor's buffer has no
    file, or it is not a file)."""
    if source.name.startswith("<std:") and source.name.endswith(">"):
        return STD_DIR / f"{source.name[5:-1]}.seq"
    if source.name.startswith("<"):
        return None
    return Path(source.name)


@dataclass(frozen=True)
class Target:
    """Where a definition is: a span (in the document or another source),
    or the start of a file (an include)."""

    span: Span | None
    path: Path | None = None


def definition(analysis: Analysis, pos: Pos) -> Target | None:
    for include in analysis.module.includes:
        if contains(include.span, pos, end_inclusive=True):
            return _include_target(analysis, include)
    name = name_at(analysis, pos)
    if name is None:
        return None
    word = analysis.program.words.get(name)
    if word is not None:
        if word.definition.generated_from:
            union = analysis.program.unions.get(word.definition.generated_from)
            return Target(union.span) if union is not None else None
        return Target(word.definition.name_span)
    union = analysis.program.unions.get(name)
    if union is not None:
        return Target(union.span)
    info = analysis.program.variants.get(name)
    if info is not None:
        union = analysis.program.unions[info.union]
        variant = next(v for v in union.variants if v.name == name)
        return Target(variant.span)
    return None


def _include_target(analysis: Analysis, include: ast.Include) -> Target | None:
    if include.kind == "std":
        path = STD_DIR / f"{include.target}.seq"
    elif include.kind == "relative":
        path = analysis.base_dir / f"{include.target}.seq"
    else:
        return None
    return Target(None, path.resolve()) if path.is_file() else None


def name_at(analysis: Analysis, pos: Pos) -> str | None:
    """The word, union or variant named at `pos`: a call, a definition's
    name, a type in an effect, a match arm's variant."""
    for word in analysis.module.words:
        if contains(word.name_span, pos, end_inclusive=True):
            return word.name
        if word.effect is not None and contains(word.effect.span, pos):
            return next((t.name for t in type_names(word.effect)
                         if contains(t.span, pos, end_inclusive=True)), None)
    for union in analysis.module.unions:
        if contains(union.span, pos):
            for variant in union.variants:
                if contains(variant.span, pos, end_inclusive=True):
                    return variant.name
            return union.name
    spot = spot_at(analysis, pos, end_inclusive=True)
    if spot is None or spot.stmt is None:
        return None
    if isinstance(spot.stmt, ast.WordCall):
        return spot.stmt.name
    if isinstance(spot.stmt, ast.Match):
        return next((a.variant for a in spot.stmt.arms if contains(a.span, pos, True)), None)
    return None


# --- references and rename ------------------------------------------------------------------


def references(analysis: Analysis, pos: Pos, declaration: bool = True) -> list[Span]:
    """Every place in the document naming the user word at `pos`."""
    name = name_at(analysis, pos)
    word = analysis.program.words.get(name) if name else None
    if name is None or word is None or word.definition.generated_from:
        return []
    spans = [call.span for call in calls(analysis) if call.name == name]
    if declaration and analysis.is_local(word.definition.name_span):
        spans.insert(0, word.definition.name_span)
    return spans


def calls(analysis: Analysis) -> Iterator[ast.WordCall]:
    """Every word call in the document, as parsed."""
    bodies = [w.body for w in analysis.module.words] + [analysis.code]
    for body in bodies:
        for stmt in ast.walk(body):
            if isinstance(stmt, ast.WordCall):
                yield stmt


def rename_target(analysis: Analysis, pos: Pos) -> Span | None:
    """The name at `pos` if it is one of the document's own words (what
    can be renamed), as the span under the cursor."""
    name = name_at(analysis, pos)
    word = analysis.program.words.get(name) if name else None
    if word is None or word.definition.generated_from or \
            not analysis.is_local(word.definition.name_span):
        return None
    return next((s for s in references(analysis, pos) if contains(s, pos, True)), None)


def rename_problem(analysis: Analysis, new_name: str) -> str | None:
    """Why `new_name` cannot be a word's name, or None."""
    if not NAME.fullmatch(new_name):
        return f"'{new_name}' is not a word name (no spaces, brackets, quotes or '#')"
    if new_name in SPECS or new_name in SUGAR_OPS or new_name in Checker.SPECIAL:
        return f"'{new_name}' is a builtin"
    if new_name in analysis.program.words:
        return f"a word named '{new_name}' exists already"
    if new_name[0].isdigit() or new_name in ("true", "false", "if", "else", "then", "match",
                                              "end", "include", "union"):
        return f"'{new_name}' would not read as a word"
    return None


# --- symbols -------------------------------------------------------------------------------------


@dataclass
class Symbol:
    name: str
    kind: str  # "word", "union", "variant", "include"
    detail: str
    span: Span
    selection: Span
    children: list[Symbol]


def symbols(analysis: Analysis) -> list[Symbol]:
    out: list[Symbol] = []
    for include in analysis.module.includes:
        out.append(Symbol(f"include {include.target}", "include", include.kind, include.span,
                          include.span, []))
    for union in analysis.module.unions:
        variants = [Symbol(v.name, "variant", "", v.span, v.span, []) for v in union.variants]
        out.append(Symbol(union.name, "union", "union", union.span, union.span, variants))
    for word in analysis.module.words:
        checked = analysis.checked(word)
        detail = effect_text(checked.effect) if checked is not None else ""
        out.append(Symbol(word.name, "word", detail, word.span, word.name_span, []))
    return sorted(out, key=lambda s: (s.span.line, s.span.col))
