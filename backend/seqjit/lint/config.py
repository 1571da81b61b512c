"""Lint rules from TOML: the built-in pattern rules and a user's `--config`.

The file shape is the reference's: `[[lint]]` tables with `id`, `pattern`
(words, `$X` for any one word, `$...` for any run of words), `message`,
optional `severity` (default "warning") and `replacement`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..diagnostics import SeqError
from .findings import SEVERITIES

BUILTIN_RULES = Path(__file__).with_name("rules.toml")
MANY = "$..."


@dataclass(frozen=True)
class PatternRule:
    id: str
    pattern: tuple[str, ...]  # words, `$NAME` (one word) or `$...` (any run)
    message: str
    severity: str = "warning"
    replacement: str | None = None


@dataclass(frozen=True)
class LintConfig:
    """The pattern rules in force (analysis rules are always on)."""

    rules: tuple[PatternRule, ...] = field(default_factory=tuple)

    def merged(self, other: LintConfig) -> LintConfig:
        """These rules with `other`'s: a rule of the same id replaces ours."""
        theirs = {rule.id: rule for rule in other.rules}
        kept = [theirs.pop(rule.id, rule) for rule in self.rules]
        return LintConfig((*kept, *theirs.values()))


def load_config(path: Path) -> LintConfig:
    """The rules in the TOML file at `path`; a `SeqError` names the file, the
    entry and the field of anything wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SeqError("lint config error", f"{path}: cannot read: {e}") from None
    return parse_config(text, str(path))


def parse_config(text: str, name: str) -> LintConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SeqError("lint config error", f"{name}: not valid TOML: {e}") from None
    entries = data.get("lint", [])
    if not isinstance(entries, list):
        raise SeqError("lint config error", f"{name}: `lint` must be an array of [[lint]] tables")
    unknown = set(data) - {"lint"}
    if unknown:
        raise SeqError("lint config error", f"{name}: unknown key `{sorted(unknown)[0]}`")
    return LintConfig(tuple(_rule(entry, f"{name}: [[lint]] #{i}") for i, entry in
                            enumerate(entries, 1)))


def _rule(entry: object, where: str) -> PatternRule:
    if not isinstance(entry, dict):
        raise SeqError("lint config error", f"{where}: must be a table")

    def text(key: str, required: bool) -> str | None:
        value = entry.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            problem = "is missing" if value is None else "must be a string"
            raise SeqError("lint config error", f"{where}: field `{key}` {problem}")
        return value

    rule_id = text("id", True) or ""
    where = f"{where} (id `{rule_id}`)"
    extra = set(entry) - {"id", "pattern", "message", "severity", "replacement"}
    if extra:
        raise SeqError("lint config error", f"{where}: unknown field `{sorted(extra)[0]}`")
    pattern = tuple((text("pattern", True) or "").split())
    if not pattern:
        raise SeqError("lint config error", f"{where}: field `pattern` is empty")
    if pattern.count(MANY) > 1:
        raise SeqError("lint config error", f"{where}: field `pattern` may use `$...` only once")
    severity = text("severity", False) or "warning"
    if severity not in SEVERITIES:
        raise SeqError("lint config error",
                       f"{where}: field `severity` must be one of {', '.join(SEVERITIES)}")
    return PatternRule(rule_id, pattern, text("message", True) or "", severity,
                       text("replacement", False))


@cache
def default_config() -> LintConfig:
    return parse_config(BUILTIN_RULES.read_text(encoding="utf-8"), "<built-in lint rules>")
