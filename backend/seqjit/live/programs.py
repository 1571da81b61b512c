"""A script's compiled program, kept for its next run (`seqrepl FILE.seq`).

LLVM's object for a program is cached already (live/engine.py), but finding
it takes the program's IR, so every run parsed, checked and compiled the
program again: a few hundred lines cost a start tens of milliseconds. A run
that compiled a program therefore records what running it again needs: its
object's cache key, the call sites backtraces name (live/backtrace.py) and
whether main's Int is the exit code; and what it was made of: every file and
std module read, with the SHA-256 of its text.

The record is found by the program's path and `compiler_key()` (every
seqjit module and std module: another seqjit compiles afresh). It is used
only while each file it names still has that text, so after an edit to the
program or to anything it includes (or with a damaged record, or the object
gone from the cache) the program is checked and compiled as before, errors
reported as before. Programs that bind C libraries and profiled runs are
never recorded.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import CHECKED, cache_root, compiler_key, read_entry, write_entry
from ..codegen.debuginfo import Site
from ..diagnostics import Source, Span
from .backtrace import CodeMap
from .engine import Engine

if TYPE_CHECKING:  # the parser's: a kept program is not parsed
    from ..syntax import ast


@dataclass
class Compiled:
    """A program compiled into the engine, ready to run."""

    key: str  # its object's cache key (Engine.add_ir)
    sites: list[Site]
    int_exit: bool  # main leaves an Int: the process's exit code


def record_path(path: Path) -> Path:
    named = "\0".join([compiler_key(), str(path), os.path.abspath(path)])
    digest = hashlib.sha256(named.encode()).hexdigest()[:32]
    return cache_root() / "programs" / f"{digest}.{CHECKED}.json"


def _file_of(source: Source) -> str:
    """The file `source` was read from (see syntax/includes.py's names)."""
    from ..syntax.includes import STD_DIR  # the parser: only when saving

    if source.name.startswith("<std:") and source.name.endswith(">"):
        return str(STD_DIR / f"{source.name[5:-1]}.seq")
    return os.path.abspath(source.name)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def save(path: Path, modules: list[ast.Module], compiled: Compiled) -> None:
    """Record `compiled`, the program of file `path` made of `modules`. Not
    recorded (it only costs the next run time) when a module is not a file
    that still has the text compiled, or a site is in none of them."""
    sources = [module.source for module in modules]
    index = {id(source): i for i, source in enumerate(sources)}
    files = []
    for source in sources:
        file = _file_of(source)
        try:
            data = Path(file).read_bytes()
        except OSError:
            return
        if data != source.text.encode():
            return
        files.append([source.name, file, _digest(data)])
    sites = []
    for site in compiled.sites:
        span = site.span
        at = index.get(id(span.source))
        if at is None:
            return
        sites.append([site.word, at, span.line, span.col, span.end_line, span.end_col,
                      site.callee, site.hidden])
    record = {"key": compiled.key, "int_exit": compiled.int_exit, "sources": files,
              "sites": sites}
    write_entry(record_path(path), json.dumps(record).encode())


def load(path: Path, engine: Engine, code: CodeMap) -> Compiled | None:
    """The program of file `path` loaded from its record into `engine` (its
    sites into `code`), if it was recorded and nothing it was made of has
    changed since; else None, and nothing is loaded."""
    data = read_entry(record_path(path))
    if data is None:
        return None
    try:
        record = json.loads(data)
        sources = []
        for name, file, digest in record["sources"]:
            text = Path(file).read_bytes()
            if _digest(text) != digest:
                return None
            sources.append(Source(name, text.decode()))
        sites = [Site(word, Span(sources[at], line, col, end_line, end_col), callee, hidden)
                 for word, at, line, col, end_line, end_col, callee, hidden in record["sites"]]
        key, int_exit = record["key"], bool(record["int_exit"])
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return None  # a file gone, or a record of another shape: compile afresh
    if not engine.add_cached(key):
        return None
    code.add(key, engine.take_object(key), sites, engine.address)
    return Compiled(key, sites, int_exit)
