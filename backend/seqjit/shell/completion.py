"""Completion candidates for both front ends: `complete(session, text,
cursor)` gives the words that could finish the one ending at `cursor`,
each with its stack effect (or what it is) as `meta`.

Candidates come from the session's words, the builtins, the std modules
(their words work once the module is included: the meta says which), Seq's
keywords, type names, and — at the start of an entry — the `:commands`,
whose arguments complete too (words for `:see`, files for `:load`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..types.builtins import SPECS
from .highlight import WORD

_WORD_BEFORE = re.compile(WORD + r"\Z")
_COMMAND = re.compile(r"\s*:(\S*)(\s+)?")
_STD_INCLUDE = re.compile(r"include\s+std:([A-Za-z0-9_-]*)\Z")
KEYWORDS = ("if", "else", "then", "match", "end", "include", "union", "true", "false")
TYPES = ("Int", "Float", "Bool", "String", "Symbol", "Variant", "Map", "Channel", "Closure")
WORD_ARGUMENTS = {"see", "ir", "asm", "edit"}
FILE_ARGUMENTS = {"load", "save"}
CODE_ARGUMENTS = {"type", "time"}


@dataclass(frozen=True)
class Candidate:
    text: str  # the whole word, replacing text[start:cursor]
    start: int
    meta: str  # its stack effect, or what it is ("keyword", "command", ...)


def complete(session, text: str, cursor: int) -> list[Candidate]:
    before = text[:cursor]
    command = _COMMAND.match(before)
    if command is not None and not _definition(before):
        found = _complete_command(session, before, command)
        if found is not None:
            return found
    if _in_string_or_comment(before):
        return []
    if m := _STD_INCLUDE.search(before):
        prefix = m.group(1)
        return [Candidate(name, cursor - len(prefix), "std module")
                for name in std_modules() if name.startswith(prefix)]
    prefix = _WORD_BEFORE.search(before)
    prefix_text = prefix.group() if prefix else ""
    start = cursor - len(prefix_text)
    if start > 0 and before[start - 1] == ":":
        return []  # `:name` is a symbol: nothing to complete
    return word_candidates(session, prefix_text, start)


def _definition(before: str) -> bool:
    """`: name ...` (colon, space) starts a definition, not a command."""
    stripped = before.lstrip()
    return len(stripped) > 1 and stripped[1].isspace()


def word_candidates(session, prefix: str, start: int) -> list[Candidate]:
    found: dict[str, str] = {}
    program = session.world.program if session is not None else None
    if program is not None:
        from ..types.terms import surface

        for name, word in program.words.items():
            if name.startswith(prefix):
                found[name] = _short(surface(word.effect))
    for name, spec in SPECS.items():
        if name.startswith(prefix) and name not in found:
            found[name] = _short(spec.effect)
    for name, (module, effect) in std_words().items():
        if name.startswith(prefix) and name not in found:
            found[name] = f"{_short(effect)}  std:{module}"
    for name in KEYWORDS:
        if name.startswith(prefix) and name not in found:
            found[name] = "keyword"
    if prefix[:1].isupper():
        for name in TYPES:
            if name.startswith(prefix) and name not in found:
                found[name] = "type"
        if program is not None:
            for name in program.unions:
                if name.startswith(prefix) and name not in found:
                    found[name] = "union"
    return [Candidate(name, start, meta) for name, meta in sorted(found.items())]


def _complete_command(session, before: str, m: re.Match) -> list[Candidate] | None:
    """Candidates in a `:command` line; None when the line is Seq code
    (`:name` is a symbol unless `name` is a command)."""
    from .commands import COMMAND_NAMES, COMMANDS

    name = m.group(1)
    if m.group(2) is None:  # still typing the command's name
        start = before.index(":")
        helps = {c.name: c.help for c in COMMANDS}
        found = [Candidate(f":{n}", start, helps.get(n, "command")) for n in COMMAND_NAMES
                 if n.startswith(name)]
        return found or None
    if name not in COMMAND_NAMES:
        return None
    arg_text = before[m.end():]
    if name in WORD_ARGUMENTS:
        prefix = _WORD_BEFORE.search(arg_text)
        prefix_text = prefix.group() if prefix else ""
        return word_candidates(session, prefix_text, len(before) - len(prefix_text))
    if name in FILE_ARGUMENTS:
        return _files(arg_text, m.end())
    if name in CODE_ARGUMENTS:
        offset = m.end()
        return [Candidate(c.text, c.start + offset, c.meta)
                for c in complete(session, arg_text, len(arg_text))]
    if name == "set":
        return [Candidate(mode, m.end(), "editing keys") for mode in ("vi", "emacs")
                if mode.startswith(arg_text)]
    return []


def _files(arg: str, offset: int) -> list[Candidate]:
    """Seq files and directories whose path starts with `arg`."""
    directory, sep, partial = arg.rpartition("/")
    base = Path(os.path.expanduser(directory + sep)) if sep else Path(".")
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError:
        return []
    out = []
    for entry in entries:
        if not entry.name.startswith(partial) or (entry.name.startswith(".") and not partial):
            continue
        is_dir = entry.is_dir()
        if is_dir or entry.name.endswith(".seq"):
            text = directory + sep + entry.name + ("/" if is_dir else "")
            out.append(Candidate(text, offset, "directory" if is_dir else "Seq file"))
    return out


def _in_string_or_comment(before: str) -> bool:
    """Whether the text ends inside a string literal or a comment (scanned
    by the lexer's rules: `#` always starts a comment outside strings)."""
    in_string = in_comment = escaped = False
    for ch in before:
        if in_comment:
            in_comment = ch != "\n"
        elif in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == "#":
            in_comment = True
        elif ch == '"':
            in_string = True
    return in_string or in_comment


def _short(effect: str) -> str:
    from .commands import short_effect

    return short_effect(effect)


@cache
def std_modules() -> tuple[str, ...]:
    from ..syntax.includes import std_modules as names

    return tuple(names())


@cache
def std_words() -> dict[str, tuple[str, str]]:
    """Every std module's words: name -> (module, declared effect)."""
    from ..diagnostics import SeqError
    from ..syntax.includes import STD_DIR, read_source
    from ..syntax.parser import parse
    from .commands import span_text

    words: dict[str, tuple[str, str]] = {}
    for module in std_modules():
        try:
            parsed = parse(read_source(STD_DIR / f"{module}.seq", f"<std:{module}>"))
        except SeqError:
            continue
        for word in parsed.words:
            effect = span_text(word.effect.span) if word.effect is not None else "( ? )"
            words.setdefault(word.name, (module, effect))
    return words
