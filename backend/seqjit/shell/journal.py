"""The last line of defence: if the process dies anyway (a C library called
through FFI, the OOM killer, kill -9), the session's definitions are not
lost. The REPL and the kernel write each accepted entry's definitions
(words, unions, includes; not the stack) to a journal as it is accepted,
fsync'd, and a later session restores them (`seqrepl --restore`,
`:restore`).

A journal is a file of JSON lines under $XDG_DATA_HOME/seqjit/journals
(default ~/.local/share), one per session, made at its first definition:

    {"pid": 123, "started": 1700000000.0}       the header
    {"defs": "...", "dir": "/where/includes/are"}  an accepted entry's definitions
    {"reset": true}                              :reset (what came before is gone)
    {"end": true}                                the session ended cleanly
    {"restored": true}                           a later session restored it

A session "did not end cleanly" when its journal has no end and its
process is gone; the REPL's start offers such a journal once.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Source, Span
from ..syntax.cell import parse_cell
from .catalog import definition_text, span_text

KEEP = 20  # journals kept; older ones are removed when a new one is made


def journal_dir() -> Path:
    """`$XDG_DATA_HOME/seqjit/journals` (default ~/.local/share/seqjit/journals)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "seqjit" / "journals"


def definitions_of(text: str) -> str:
    """The includes, unions and word definitions of an entry, in order, as
    written (its code left out); empty when it defines nothing. Only for
    an entry that was accepted, so it parses."""
    module = parse_cell(Source("<journal>", text)).module
    items: list[tuple[Span, str]] = [(i.span, span_text(i.span)) for i in module.includes]
    items += [(u.span, span_text(u.span)) for u in module.unions]
    items += [(w.span, definition_text(w)) for w in module.words]
    items.sort(key=lambda item: (item[0].line, item[0].col))
    return "\n".join(text for _, text in items)


@dataclass
class Entry:
    definitions: str
    base_dir: Path  # where its `include "path"`s are found


@dataclass
class Found:
    """A journal on disk, read."""

    path: Path
    pid: int
    entries: list[Entry]  # since its last :reset
    ended: bool  # its session ended cleanly
    restored: bool

    @property
    def crashed(self) -> bool:
        """Its session ended without saying so, and is gone."""
        return not self.ended and not _alive(self.pid)


class Journal:
    """This session's journal (made when the first definitions come)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or journal_dir()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.path = self.directory / f"{stamp}-{os.getpid()}.jsonl"
        self.fd: int | None = None
        self.failed = False  # a journal that cannot be written is given up, quietly

    def record(self, text: str, base_dir: Path | None) -> None:
        """An entry was accepted: journal its definitions, if it has any."""
        definitions = definitions_of(text)
        if definitions.strip():
            where = (base_dir or Path.cwd()).resolve()
            self._write({"defs": definitions, "dir": str(where)})

    def reset(self) -> None:
        if self.fd is not None:
            self._write({"reset": True})

    def close(self) -> None:
        """The session ends cleanly."""
        if self.fd is not None:
            self._write({"end": True})
            os.close(self.fd)
            self.fd = None

    def _write(self, record: dict) -> None:
        if self.failed:
            return
        try:
            if self.fd is None:
                self.directory.mkdir(parents=True, exist_ok=True)
                _prune(self.directory)
                self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                _append(self.fd, {"pid": os.getpid(), "started": time.time()})
            _append(self.fd, record)
        except OSError:
            self.failed = True  # losing the journal must never lose the session


def _append(fd: int, record: dict) -> None:
    """One line, written whole and on disk before the entry is answered."""
    os.write(fd, (json.dumps(record) + "\n").encode())
    os.fsync(fd)


def read(path: Path) -> Found:
    """A journal's definitions since its last :reset, and its state. Lines
    that do not parse (a write cut short) are skipped."""
    pid, entries, ended, restored = 0, [], False, False
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if not isinstance(record, dict):
                continue
            if "pid" in record:
                pid = int(record["pid"])
            elif "defs" in record:
                entries.append(Entry(str(record["defs"]), Path(str(record.get("dir", ".")))))
            elif record.get("reset"):
                entries = []
            ended = ended or bool(record.get("end"))
            restored = restored or bool(record.get("restored"))
    return Found(path, pid, entries, ended, restored)


def journals(directory: Path | None = None, besides: Path | None = None) -> list[Found]:
    """The journals with definitions, newest first (`besides`, this
    session's own, left out)."""
    found = []
    for path in (directory or journal_dir()).glob("*.jsonl"):
        if path == besides:
            continue
        try:
            journal = read(path)
            found.append((path.stat().st_mtime, journal))
        except OSError:
            continue
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [journal for _, journal in found if journal.entries]


def unrestored_crash(directory: Path | None = None, besides: Path | None = None) -> Found | None:
    """The newest journal, if its session did not end cleanly and no later
    session restored it."""
    found = journals(directory, besides)
    if found and found[0].crashed and not found[0].restored:
        return found[0]
    return None


def mark_restored(path: Path) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    except OSError:
        return
    try:
        _append(fd, {"restored": True})
    except OSError:
        pass
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def _prune(directory: Path) -> None:
    """Keep the newest KEEP journals (before a new one is made)."""
    paths = sorted(directory.glob("*.jsonl"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in paths[KEEP - 1:]:
        try:
            old.unlink()
        except OSError:
            pass
