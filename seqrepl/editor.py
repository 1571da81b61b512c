"""`:edit [WORD]`: open $VISUAL or $EDITOR (default vi) on a word's source,
or on a blank entry, and run what was saved as an entry."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from seqjit.shell import commands


def editor_command() -> list[str]:
    return shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")


def edit(repl, word: str) -> bool:
    try:
        initial = commands.edit_text(repl.session, word)
    except KeyError:
        repl.printer.error(f"unknown word '{word}': :edit WORD edits a word defined here")
        return False
    fd, name = tempfile.mkstemp(prefix="seqrepl-", suffix=".seq")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(initial)
        try:
            status = subprocess.call([*editor_command(), str(path)])
        except OSError as e:
            repl.printer.error(f"cannot run the editor {editor_command()[0]!r}: {e.strerror}")
            return False
        text = path.read_text(encoding="utf-8")
    finally:
        path.unlink(missing_ok=True)
    if status != 0:
        repl.printer.error(f"the editor exited with status {status}; nothing was run")
        return False
    if not text.strip() or text == initial:
        repl.printer.write("Nothing changed.")
        return True
    if repl.prompt is not None:
        repl.prompt.history.append_string(text.rstrip("\n"))
    return repl.handle(text)
