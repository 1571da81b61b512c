"""Completion candidates for both front ends: `complete(session, text,
cursor, commands)` gives the words that could finish the one ending at
`cursor`, each with its stack effect (or what it is) as `meta`.

Candidates come from the word catalog (the session's words, the builtins,
the std modules' words: the meta says which module to include), Seq's
keywords, type names, and — at the start of an entry — the `:commands` of
the front end's registry, whose arguments complete with each command's own
completer (this module offers those for words, files and code).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import catalog
from .catalog import StdWord, short_effect
from .highlight import WORD
from .registry import Registry

_WORD_BEFORE = re.compile(WORD + r"\Z")
_COMMAND = re.compile(r"\s*:(\S*)(\s+)?")
_STD_INCLUDE = re.compile(r"include\s+std:([A-Za-z0-9_-]*)\Z")
KEYWORDS = ("if", "else", "then", "match", "end", "include", "union", "true", "false")
TYPES = ("Int", "Float", "Bool", "String", "Symbol", "Variant", "Map", "Channel", "Closure")


@dataclass(frozen=True)
class Candidate:
    text: str  # the whole word, replacing text[start:cursor]
    start: int
    meta: str  # its stack effect, or what it is ("keyword", "command", ...)


def complete(session, text: str, cursor: int, commands: Registry) -> list[Candidate]:
    before = text[:cursor]
    command = _COMMAND.match(before)
    if command is not None and not _definition(before):
        found = _complete_command(session, before, command, commands)
        if found is not None:
            return found
    if _in_string_or_comment(before):
        return []
    if m := _STD_INCLUDE.search(before):
        prefix = m.group(1)
        return [Candidate(name, cursor - len(prefix), "std module")
                for name in catalog.std_modules() if name.startswith(prefix)]
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
    for word in catalog.entries(program, prefix):
        meta = short_effect(word.effect)
        if isinstance(word.origin, StdWord):
            meta = f"{meta}  std:{word.origin.module}"
        found[word.name] = meta
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


def _complete_command(session, before: str, m: re.Match,
                      commands: Registry) -> list[Candidate] | None:
    """Candidates in a `:command` line; None when the line is Seq code
    (`:name` is a symbol unless `name` is a command)."""
    name = m.group(1)
    if m.group(2) is None:  # still typing the command's name
        start = before.index(":")
        found = [Candidate(f":{n}", start, _command_meta(commands, n))
                 for n in commands.names() if n.startswith(name)]
        return found or None
    command = commands.get(name)
    if command is None:
        return None
    if command.complete is None:
        return []
    return command.complete(session, before[m.end():], m.end(), commands)


def _command_meta(commands: Registry, name: str) -> str:
    """A command's help beside its name; an alias says only that it is one."""
    command = commands.get(name)
    return command.help if command is not None and command.name == name else "command"


# --- argument completers (Command.complete) ---------------------------------------------


def word_argument(session, arg: str, offset: int, commands: Registry) -> list[Candidate]:
    """The word being typed as the argument (`:see squ`)."""
    prefix = _WORD_BEFORE.search(arg)
    prefix_text = prefix.group() if prefix else ""
    return word_candidates(session, prefix_text, offset + len(arg) - len(prefix_text))


def code_argument(session, arg: str, offset: int, commands: Registry) -> list[Candidate]:
    """The argument completed as code (`:type 1 i.a`)."""
    return [Candidate(c.text, c.start + offset, c.meta)
            for c in complete(session, arg, len(arg), commands)]


def include_argument(session, arg: str, offset: int, commands: Registry) -> list[Candidate]:
    """`:include`'s argument: the std modules (`std:imath`)."""
    return [Candidate(f"std:{name}", offset, "std module")
            for name in catalog.std_modules() if f"std:{name}".startswith(arg)]


def file_argument(session, arg: str, offset: int, commands: Registry) -> list[Candidate]:
    """Seq files and directories whose path starts with the argument."""
    return _files(arg, offset)


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
