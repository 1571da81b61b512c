"""`:edit [WORD]`: open $VISUAL or $EDITOR (default vi) on a word's source,
or on a blank entry, and run what was saved as an entry."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from seqjit.shell import catalog, present
from seqjit.shell.catalog import Union, UserWord
from seqjit.shell.events import CommandOutput, succeeded
from seqjit.shell.registry import failure, say


def editor_command() -> list[str]:
    return shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")


def edit_text(program, name: str) -> str:
    """What `:edit WORD` puts in the editor: the word's source (a union's
    for the words it generates); empty for a new entry. KeyError: no word
    of the session (nor union) is called `name`."""
    if not name:
        return ""
    word = catalog.lookup(program, name)
    if word is None or not isinstance(word.origin, UserWord | Union) or word.source is None:
        raise KeyError(name)
    return word.source + "\n"


def edit(repl, word: str) -> CommandOutput:
    """`:edit [WORD]`: what running the saved text did."""
    if repl.prompt is None:
        # Input is piped: an editor would read the entries that follow as
        # its keys (and wait for a terminal that is not there).
        return failure(":edit opens $EDITOR, so it needs the REPL on a terminal; "
                       "here input is piped")
    try:
        initial = edit_text(repl.session.world.program, word)
    except KeyError:
        return failure(f"unknown word '{word}': :edit WORD edits a word defined here")
    fd, name = tempfile.mkstemp(prefix="seqrepl-", suffix=".seq")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(initial)
        try:
            status = subprocess.call([*editor_command(), str(path)])
        except OSError as e:
            return failure(f"cannot run the editor {editor_command()[0]!r}: {e.strerror}")
        text = path.read_text(encoding="utf-8")
    finally:
        path.unlink(missing_ok=True)
    if status != 0:
        return failure(f"the editor exited with status {status}; nothing was run")
    if not text.strip() or text == initial:
        return say("Nothing changed.")
    if repl.prompt is not None:
        repl.prompt.history.append_string(text.rstrip("\n"))
    events = repl.shell.run_cell(text)
    quit = any(isinstance(e, CommandOutput) and e.quit for e in events)
    return CommandOutput(present.events(events), succeeded(events), quit)
