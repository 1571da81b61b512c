"""Completion, by what the text before the cursor on its line says the
cursor is in: an include (std module names, relative .seq files), a
stack effect (type names), a `# seq:allow(` (lint ids), a comment or a
string (nothing), a new word's name (nothing), or code (every word the
document can call, from the catalog, with its effect).

A std word not included yet is offered too, with the include it needs
added at the top of the file when it is chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..lint import RULE_IDS
from ..shell import catalog
from ..shell.present import origin
from ..types.terms import CONCRETE
from .analysis import Analysis

KEYWORDS = ("if", "else", "then", "match", "end", "true", "false", "include", "union")
WORD_CHARS = re.compile(r"[^\s()\[\]{}:;,\"#]*$")


@dataclass
class Item:
    label: str
    kind: str  # "word", "module", "file", "type", "lint", "keyword", "snippet"
    detail: str = ""
    doc: str = ""
    insert: str | None = None  # a snippet, when not the label
    include: str | None = None  # an include line this item needs added
    sort: str = ""
    extra: dict = field(default_factory=dict)


def complete(analysis: Analysis, line_prefix: str) -> list[Item]:
    stripped = line_prefix.lstrip()
    include = re.match(r"include\s+(.*)$", stripped)
    if include:
        return _include_items(analysis, include.group(1))
    if _in_string(line_prefix):
        return []
    hash_at = _comment_start(line_prefix)
    if hash_at is not None:
        return _allow_items(line_prefix[hash_at + 1:])
    if re.fullmatch(r":\s+\S*", stripped):
        return []  # naming a new word
    if line_prefix.count("(") > line_prefix.count(")"):
        return _type_items(analysis)
    prefix = WORD_CHARS.search(line_prefix)
    return _word_items(analysis, prefix.group(0) if prefix else "")


def _in_string(text: str) -> bool:
    quotes = len(re.findall(r'(?<!\\)"', text))
    return quotes % 2 == 1


def _comment_start(text: str) -> int | None:
    in_string = False
    for i, ch in enumerate(text):
        if ch == '"' and (i == 0 or text[i - 1] != "\\"):
            in_string = not in_string
        elif ch == "#" and not in_string:
            return i
    return None


def _word_items(analysis: Analysis, prefix: str) -> list[Item]:
    program = analysis.program
    items: list[Item] = []
    for entry in catalog.entries(program, prefix):
        origin = entry.origin
        include = None
        if isinstance(origin, catalog.StdWord):
            include = f"include std:{origin.module}"
            rank = "3"
        elif isinstance(origin, catalog.UserWord):
            rank = "0" if analysis.is_local(origin.span) else "1"
        else:
            rank = "2"
        where = _where(analysis, entry)
        doc = f"```seq\n{entry.name} {catalog.short_effect(entry.effect)}\n```\n\n" + \
            (f"{entry.doc}\n\n" if entry.doc else "") + f"*{where}*"
        items.append(Item(entry.name, "word", catalog.short_effect(entry.effect), doc,
                          include=include, sort=rank + entry.name))
    items += [Item(k, "keyword", sort="4" + k) for k in KEYWORDS if k.startswith(prefix)]
    return items


def _where(analysis: Analysis, entry: catalog.Entry) -> str:
    if isinstance(entry.origin, catalog.UserWord) and analysis.is_local(entry.origin.span):
        return "defined in this file"
    return origin(entry)


def _include_items(analysis: Analysis, partial: str) -> list[Item]:
    if partial.startswith('"'):
        return _file_items(analysis.base_dir, partial[1:])
    items = [Item(f"std:{m}", "module", "std module", f"`include std:{m}`", sort="0" + m)
             for m in catalog.std_modules() if f"std:{m}".startswith(partial)
             or m.startswith(partial.removeprefix("std:"))]
    if not partial:
        items.append(Item('"', "snippet", "a file, relative to this one", insert='"$0"',
                          sort="1"))
    return items


def _file_items(base: Path, partial: str) -> list[Item]:
    """`.seq` files (without the extension) and folders below `base`."""
    folder, _, stem = partial.rpartition("/")
    where = base / folder
    try:
        entries = sorted(where.iterdir())
    except OSError:
        return []
    items = []
    for path in entries[:500]:
        if path.name.startswith(".") or not path.name.startswith(stem):
            continue
        if path.is_dir():
            items.append(Item(path.name + "/", "folder", "folder"))
        elif path.suffix == ".seq":
            items.append(Item(path.stem, "file", str(path)))
    return items


def _type_items(analysis: Analysis) -> list[Item]:
    items = [Item(t, "type", "type", sort="0" + t) for t in CONCRETE]
    items += [Item(u, "type", "union", sort="1" + u) for u in analysis.program.unions]
    items += [Item("--", "keyword", "inputs -- outputs", sort="2"),
              Item("Closure", "type", "Closure[ -- ]: a quotation with captures", sort="2c"),
              Item("Yield", "keyword", "| Yield T: what a weave yields", sort="2y")]
    return items


def _allow_items(comment: str) -> list[Item]:
    """Lint ids inside `seq:allow(`; the annotation itself on its prefix."""
    body = comment.lstrip()
    opened = re.match(r"seq:allow\(([^)]*)$", body)
    if opened:
        typed = opened.group(1).split(",")[-1].strip()
        return [Item(rule, "lint", "lint rule") for rule in sorted(RULE_IDS)
                if rule.startswith(typed)]
    if body and "seq:allow(".startswith(body):
        return [Item("seq:allow(...)", "snippet", "let the next word break a lint rule",
                     insert="seq:allow($0)")]
    return []
