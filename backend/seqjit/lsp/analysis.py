"""What the server knows about one version of a document: its text parsed
(past parse errors), its includes resolved, checked and linted, with every
problem found. Everything comes from seqjit's own parser, checker and
linter; nothing here raises on bad input.

A parse error stops the parser, so the item holding it (the lines from the
top-level item it is in to the next one) is blanked out and the rest parsed
again: the words that did parse still get hover, completion and checking.
Blanking keeps every line and column, so spans still point into the text.

A notebook (jupyterlab-lsp sends its cells as one document whose path has
`.ipynb` in it) is read as cells are: definitions and top-level code, the
code checked from an empty stack as a fresh kernel runs it; its command
lines (`:stack`, `:see sq`) are left out, as the kernel runs them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import SeqError, Source, Span
from ..lint import Finding, lint_checked
from ..shell.commands import SHARED
from ..shell.shell import split_cell
from ..syntax import ast
from ..syntax.cell import parse_cell
from ..syntax.includes import IncludeResolver
from ..syntax.normalize import lower_literal_ifs
from ..syntax.parser import parse
from ..types.facts import Typing
from ..types.program import CheckedProgram, Word, check_modules, word_checker
from ..types.terms import EMPTY

MAX_RECOVERIES = 50
# A line that starts a top-level item: where a broken item ends at the latest.
_ITEM_START = re.compile(r"(:\s|include\s|union\s)")


@dataclass(frozen=True)
class Problem:
    """A diagnostic: an error of the checker or a finding of the linter."""

    span: Span | None
    severity: str  # "error" | "warning" | "hint"
    message: str
    code: str  # the lint rule id, or the error's kind
    origin: str  # "seq" (parser, includes, checker) or "seq-lint"
    finding: Finding | None = None
    error: SeqError | None = None


@dataclass
class Analysis:
    text: str  # the document as the editor has it
    source: Source  # what was parsed (broken items blanked): the root's spans point here
    base_dir: Path
    notebook: bool
    module: ast.Module  # the root's items that parsed
    code: list[ast.Statement]  # a notebook's top-level code, as parsed
    checked_code: list[ast.Statement]  # the same, literal ifs lowered (as checked)
    code_typing: Typing
    program: CheckedProgram
    typings: dict[str, Typing]  # a local word's facts, partial up to its first error
    problems: list[Problem] = field(default_factory=list)
    include_of: dict[str, ast.Include] = field(default_factory=dict)  # source name -> root include

    def is_local(self, span: Span) -> bool:
        return span.source is self.source

    def checked(self, word: ast.WordDef) -> Word | None:
        """A local word as checked (its literal ifs lowered), if it was."""
        checked = self.program.words.get(word.name)
        if checked is not None and checked.definition.name_span == word.name_span:
            return checked
        return None

    def typing_of(self, word: ast.WordDef | None) -> Typing:
        """The facts of a local word's body (`None`: the notebook's code)."""
        if word is None:
            return self.code_typing
        return self.typings.get(word.name) or Typing()


def analyse(text: str, name: str, base_dir: Path, notebook: bool = False) -> Analysis:
    problems: list[Problem] = []
    source, module, code = _parse(_without_commands(text) if notebook else text, name, notebook,
                                  problems)
    included, include_of = _includes(module, base_dir, problems)
    try:
        program = check_modules([module, *included])
    except RecursionError:
        program = CheckedProgram(errors=[SeqError("error", "nesting too deep")])
    lowered = lower_literal_ifs(code)
    code_typing = _check_code(program, lowered, problems) if code else Typing()
    analysis = Analysis(text, source, base_dir, notebook, module, code, lowered, code_typing,
                        program, {}, problems, include_of)
    analysis.typings = _typings(analysis)
    problems += [_problem(e, analysis) for e in program.errors]
    try:
        findings = lint_checked(module, program, code=code)
    except (SeqError, RecursionError):
        findings = []
    problems += [Problem(f.span, f.severity, f.message, f.rule, "seq-lint", f) for f in findings]
    return analysis


# --- parsing, past errors ---------------------------------------------------------------


def _parse(
    text: str, name: str, notebook: bool, problems: list[Problem]
) -> tuple[Source, ast.Module, list[ast.Statement]]:
    current = text
    for _ in range(MAX_RECOVERIES):
        source = Source(name, current)
        try:
            if notebook:
                cell = parse_cell(source)
                return source, cell.module, cell.code
            return source, parse(source), []
        except SeqError as e:
            problems.append(Problem(e.span, "error", _message(e), e.kind, "seq", error=e))
            blanked = _blank_item(current, e)
        except RecursionError:
            blanked = ""
        if blanked == current or not blanked.strip():
            break
        current = blanked
    source = Source(name, current)
    return source, ast.Module(source), []


def _blank_item(text: str, error: SeqError) -> str:
    """`text` with the top-level item where `error` is turned to spaces."""
    line, col = (error.span.line, error.span.col) if error.span else (1, 1)
    lines = text.split("\n")
    index = min(max(line - 1, 0), len(lines) - 1)
    if index > 0 and _ITEM_START.match(lines[index]) and col == 1 and \
            "end of input" not in error.message:
        # The parser stopped at the start of an item: the one before it is unfinished.
        end = index
        start = next((i for i in range(index - 1, -1, -1) if _ITEM_START.match(lines[i])), 0)
        return _blanked(lines, start, end)
    start = next((i for i in range(index, -1, -1) if _ITEM_START.match(lines[i])), 0)
    end = next((i for i in range(index + 1, len(lines)) if _ITEM_START.match(lines[i])),
               len(lines))
    if all(not ln.strip() for ln in lines[start:end]):
        end = len(lines)  # nothing left to blank here: the error lies further on
    return _blanked(lines, start, end)


def _blanked(lines: list[str], start: int, end: int) -> str:
    for i in range(start, end):
        lines[i] = re.sub(r"\S", " ", lines[i])
    return "\n".join(lines)


def _without_commands(text: str) -> str:
    """A notebook's text with its command lines blanked (lines and columns kept)."""
    lines = text.split("\n")
    for segment in split_cell(text, SHARED):
        if segment.kind == "command":
            lines[segment.line] = " " * len(lines[segment.line])
    return "\n".join(lines)


# --- includes, each on its own ----------------------------------------------------------


def _includes(
    module: ast.Module, base_dir: Path, problems: list[Problem]
) -> tuple[list[ast.Module], dict[str, ast.Include]]:
    """The modules the root's includes bring in. A broken include is one
    problem at its line; the others still come in."""
    resolver = IncludeResolver()
    modules: list[ast.Module] = []
    include_of: dict[str, ast.Include] = {}
    for include in module.includes:
        alone = ast.Module(module.source, includes=[include])
        try:
            found = resolver.expand(alone, base_dir)
        except SeqError as e:
            where = "" if e.span is None or e.span.source is module.source else \
                f"{e.span.location}: "
            problems.append(Problem(include.span, "error", where + _message(e), e.kind, "seq"))
            continue
        except RecursionError:
            problems.append(Problem(include.span, "error", "includes nest too deep",
                                    "include error", "seq"))
            continue
        for m in found:
            include_of[m.source.name] = include
        modules += found
    return modules, include_of


# --- checking ----------------------------------------------------------------------------


def _check_code(program: CheckedProgram, code: list[ast.Statement],
                problems: list[Problem]) -> Typing:
    """A notebook's code checked from an empty stack; its facts, partial
    up to the first error."""
    if not program.ok:
        return Typing()
    checker = word_checker(program)
    try:
        checker.infer_body(code, EMPTY)
    except SeqError as e:
        problems.append(Problem(e.span, "error", _message(e), e.kind, "seq", error=e))
    except RecursionError:
        pass
    return checker.typing


def _typings(analysis: Analysis) -> dict[str, Typing]:
    """Each local word's facts. A word that failed to check was not given
    any: it is checked again here to keep what was learnt before the error."""
    program = analysis.program
    out: dict[str, Typing] = {}
    checker = None
    for parsed in analysis.module.words:
        word = analysis.checked(parsed)
        if word is None:
            continue
        definition = word.definition
        if not definition.body or word.typing.stacks(definition.body[0]) is not None:
            out[definition.name] = word.typing
            continue
        checker = checker or word_checker(program)
        try:
            checker.check_word(definition, word.effect)
        except (SeqError, RecursionError):
            pass
        out[definition.name] = checker.typing
    return out


def _problem(error: SeqError, analysis: Analysis) -> Problem:
    """A checker error as a problem of the root: one in an included file is
    shown at the include that brought that file in."""
    span = error.span
    message = _message(error)
    if span is not None and not analysis.is_local(span):
        include = analysis.include_of.get(span.source.name)
        message = f"{span.location}: {message}"
        span = include.span if include is not None else None
    return Problem(span, "error", message, error.kind, "seq", error=error)


def _message(error: SeqError) -> str:
    """The error's message with its expected and actual stacks and notes."""
    lines = [error.message]
    if error.expected is not None:
        lines.append(f"expected: {error.expected}")
    if error.actual is not None:
        lines.append(f"actual:   {error.actual}")
    lines += [f"note: {n}" for n in error.notes]
    return "\n".join(lines)
