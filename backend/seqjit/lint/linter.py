"""The linter: a source, parsed and checked by seqjit's own front end, run
through every rule; findings a `# seq:allow(...)` names are dropped.

`lint_source` reports lints only (a file that does not parse yields none;
parse and type errors are the checker's to report). `lint_checked` is the
same over modules someone has already parsed and checked (the REPL's).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import SeqError, Source, Span
from ..syntax import ast
from ..syntax.includes import IncludeResolver
from ..syntax.lexer import Kind, tokenize
from ..syntax.parser import parse
from ..types.program import CheckedProgram, check_modules
from . import chanyield, flags, nesting, resources
from .config import LintConfig, default_config
from .findings import Finding
from .patterns import match_rules
from .stack import Effects, Resolve

UNKNOWN_ALLOW = "unknown-seq-allow"
TYPE_ERROR = "type-error"  # what `seqrepl lint` reports a file's type errors as
ANALYSIS_IDS = frozenset((
    nesting.RULE, flags.RULE, chanyield.RULE, resources.BRANCH_RULE, *resources.LEAK_RULES.values(),
))


def rule_ids(config: LintConfig | None = None) -> frozenset[str]:
    """Every id a `# seq:allow(...)` may name under `config`."""
    rules = (config or default_config()).rules
    return ANALYSIS_IDS | {UNKNOWN_ALLOW} | {rule.id for rule in rules}


RULE_IDS: frozenset[str] = rule_ids()


@dataclass(frozen=True)
class Body:
    """One unit to lint: a word's body, or a cell's top-level code."""

    name: str  # the word's name ("" for top-level code)
    body: list[ast.Statement]  # as checked (literal ifs lowered), else as parsed
    resolve: Resolve  # a call -> the builtin it runs (sugar resolved)
    allowed: frozenset[str]


def lint_source(source: Source, config: LintConfig | None = None) -> list[Finding]:
    """The lints of `source` (a file, an editor buffer, a cell), sorted by
    position. Relative includes resolve from the file's folder when
    `source.name` is a path, else from the working directory."""
    try:
        module = parse(source)
    except SeqError:
        return []
    except RecursionError:
        return []
    base = Path(source.name).parent if Path(source.name).is_file() else Path.cwd()
    try:
        modules = [module, *IncludeResolver().expand(module, base)]
    except (SeqError, RecursionError):
        modules = [module]
    return lint_checked(module, _checked(modules), config)


def lint_file(path: Path, config: LintConfig | None = None) -> tuple[list[Finding], list[SeqError]]:
    """`path`'s lints and type errors (as `type-error` findings, as the
    reference's linter reports them), and the errors that stopped it being
    linted at all (it does not parse, an include is missing)."""
    try:
        modules = IncludeResolver().load_file(path)
    except SeqError as e:
        return [], [e]
    except RecursionError:
        return [], [SeqError("error", f"{path}: nesting too deep")]
    program = _checked(modules)
    found = lint_checked(modules[0], program, config)
    found += [Finding(TYPE_ERROR, "error", _type_message(e), e.span or _file_start(modules[0]))
              for e in program.errors]
    return sorted(found, key=_position), []


def _type_message(error: SeqError) -> str:
    parts = [error.message]
    if error.expected is not None:
        parts.append(f"expected {error.expected}, actual {error.actual}")
    return "; ".join(parts + error.notes)


def _file_start(module: ast.Module) -> Span:
    return Span(module.source, 1, 1, 1, 2)


def _checked(modules: list[ast.Module]) -> CheckedProgram:
    try:
        return check_modules(modules)
    except (SeqError, RecursionError):
        return CheckedProgram()


def lint_checked(module: ast.Module, program: CheckedProgram, config: LintConfig | None = None,
                 code: Iterable[ast.Statement] = (), whole: bool = True) -> list[Finding]:
    """The lints of `module`'s words (and of top-level `code`, a cell's)
    with `program` the checked program they belong to (its typing facts
    resolve sugar; its words give user words their effects). `whole`: the
    program is complete; a REPL's is not (the strand that will run a word
    may come in a later entry), so unreachable-chan-yield is not judged."""
    config = config or default_config()
    known = rule_ids(config)
    units = [_word_unit(word, program) for word in module.words if word.generated_from is None]
    code = list(code)
    if code:
        units.append(Body("", code, _no_sugar, frozenset()))
    found: list[Finding] = []
    effects = Effects(program)
    resources.learn_returns([(u.name, u.body, u.resolve) for u in units if u.name], effects)
    yields = chanyield.unreachable_yields(program, module) if whole else {}
    for unit in units:
        raw: list[Finding] = [
            *match_rules(unit.body, config.rules, unit.resolve),
            *nesting.check(unit.body, unit.name),
            *flags.check(unit.body, unit.resolve, effects),
            *resources.check(unit.body, unit.resolve, effects),
            *yields.get(unit.name, ()),
        ]
        found += [f for f in raw if f.rule not in unit.allowed]
    found += _unknown_allows(module.source, known)
    return sorted(set(found), key=_position)


def _word_unit(word: ast.WordDef, program: CheckedProgram) -> Body:
    checked = program.words.get(word.name)
    allowed = frozenset(allowed_ids(word.allowed_lints))
    if checked is not None and checked.definition.span == word.span:
        # The checked definition: its calls are the ones the typing facts
        # name (a cell parsed again would have new nodes).
        body = checked.definition.body
        return Body(word.name, body, checked.typing.resolved, allowed)
    return Body(word.name, word.body, _no_sugar, allowed)  # not checked: no facts


def _no_sugar(call: ast.WordCall) -> str:
    return call.name


def allowed_ids(annotations: Iterable[str]) -> Iterator[str]:
    """The ids `# seq:allow(a, b)` annotations name (one or several each)."""
    for text in annotations:
        yield from (part for part in text.split(",") if part)


def _unknown_allows(source: Source, known: frozenset[str]) -> list[Finding]:
    try:
        tokens = tokenize(source)
    except SeqError:
        return []
    return [
        Finding(UNKNOWN_ALLOW, "warning",
                f"`# seq:allow({rule})` names no lint rule, so it suppresses nothing", tok.span)
        for tok in tokens if tok.kind is Kind.ALLOW
        for rule in allowed_ids([tok.text]) if rule not in known
    ]


def _position(f: Finding) -> tuple[str, int, int, str]:
    s: Span = f.span
    return (s.source.name, s.line, s.col, f.rule)
