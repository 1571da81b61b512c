"""The kernel's input history, answered to history_request and kept across
kernel sessions (so `jupyter console` can recall earlier lines).

It lives in a JSON-lines file, one cell a line: {"session", "line", "input"}.
SEQKERNEL_HISTORY names the file; set it empty to keep history in memory
only. The default is $XDG_DATA_HOME/seqjit/kernel-history.jsonl.
"""

from __future__ import annotations

import fnmatch
import json
import os
from pathlib import Path

KEEP = 10_000  # entries kept in the file


def default_path() -> Path | None:
    setting = os.environ.get("SEQKERNEL_HISTORY")
    if setting is not None:
        return Path(setting).expanduser() if setting else None
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "seqjit" / "kernel-history.jsonl"


Entry = tuple[int, int, str]  # session, line, input


class History:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: list[Entry] = []
        if path is not None:
            self._load(path)
        self.session = max((s for s, _, _ in self.entries), default=0) + 1
        self.line = 0

    def _load(self, path: Path) -> None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return
        for text in lines[-KEEP:]:
            try:
                record = json.loads(text)
                self.entries.append((int(record["session"]), int(record["line"]),
                                     str(record["input"])))
            except (ValueError, KeyError, TypeError):
                continue
        if len(lines) > KEEP:
            self._rewrite()

    def _rewrite(self) -> None:
        assert self.path is not None
        try:
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text("".join(_record(e) for e in self.entries), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass

    def add(self, text: str) -> None:
        self.line += 1
        entry = (self.session, self.line, text)
        self.entries.append(entry)
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as f:
                    f.write(_record(entry))
            except OSError:
                self.path = None  # an unwritable history is kept in memory

    # --- history_request -------------------------------------------------------------

    def tail(self, n: int) -> list[Entry]:
        return self.entries[-n:] if n > 0 else []

    def range(self, session: int, start: int, stop: int | None) -> list[Entry]:
        """Lines [start, stop) of a session (0 = this one, negative = that many
        sessions back), as IPython counts them."""
        if session <= 0:
            session += self.session
        return [
            e for e in self.entries
            if e[0] == session and e[1] >= start and (stop is None or e[1] < stop)
        ]

    def search(self, pattern: str, n: int | None, unique: bool) -> list[Entry]:
        found = [e for e in self.entries if fnmatch.fnmatchcase(e[2], pattern)]
        if unique:
            seen: set[str] = set()
            kept = []
            for e in reversed(found):
                if e[2] not in seen:
                    seen.add(e[2])
                    kept.append(e)
            found = kept[::-1]
        return found[-n:] if n else found


def _record(entry: Entry) -> str:
    session, line, text = entry
    return json.dumps({"session": session, "line": line, "input": text}) + "\n"
