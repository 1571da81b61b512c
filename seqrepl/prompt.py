"""The line editor: a prompt_toolkit PromptSession with Seq highlighting,
multi-line entries, history, completion and Emacs or vi keys.

Enter runs the entry once it is complete (no definition, quotation, `if`,
`match` or string left open) and otherwise starts a new line; Alt-Enter
(Esc Enter) always starts a new line. History lives in
$XDG_DATA_HOME/seqjit/history (default ~/.local/share); Ctrl-R searches it
and its entries are offered as grey suggestions (→ takes one).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.application.current import get_app
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.enums import DEFAULT_BUFFER, EditingMode
from prompt_toolkit.filters import Condition, has_focus
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.lexers import PygmentsLexer
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Style

from seqjit.shell.commands import SHARED
from seqjit.shell.highlight import SeqLexer
from seqjit.shell.registry import Registry
from seqjit.shell.shell import Shell
from seqjit.syntax.cell import is_complete

from .toolbar import ErrorMark, Toolbar

PROMPT = "seq> "
CONTINUATION = "...  "
STYLE = Style.from_dict({
    "prompt": "ansigreen bold",
    "continuation": "ansibrightblack",
    "bottom-toolbar": "noreverse bg:default",
    "toolbar.mode": "reverse bold",
    "toolbar.effect": "ansicyan",
    "toolbar.stack": "ansibrightblack",
    "toolbar.error": "ansired",
    "error-word": "underline ansired",
})


def history_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "seqjit" / "history"


def open_history() -> History:
    """The history file, or one kept in memory when it cannot be written."""
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    except OSError:
        return InMemoryHistory()
    return FileHistory(str(path))


def entry_done(text: str, commands: Registry = SHARED) -> bool:
    """Whether Enter should run `text` now rather than start a new line."""
    return not text.strip() or commands.claims(text) or is_complete(text)


class SeqCompleter(Completer):
    """The shell's completion, each word's effect beside it."""

    def __init__(self, shell: Callable[[], Shell | None]) -> None:
        self.shell = shell

    def get_completions(self, document, complete_event):
        shell = self.shell()
        if shell is None:
            return
        cursor = document.cursor_position
        for c in shell.complete(document.text, cursor):
            yield Completion(c.text, start_position=c.start - cursor, display_meta=c.meta)


def key_bindings(shell: Callable[[], Shell | None]) -> KeyBindings:
    kb = KeyBindings()
    editing = has_focus(DEFAULT_BUFFER)  # not while searching history (Ctrl-R)

    @kb.add("enter", filter=editing)
    def _enter(event) -> None:
        buffer = event.current_buffer
        state = buffer.complete_state
        if state is not None and state.current_completion is not None:
            buffer.apply_completion(state.current_completion)
            return
        # A complete entry runs wherever the cursor is (as in a shell, and
        # after a history search leaves it mid-line); Alt-Enter splits a line.
        current = shell()
        if entry_done(buffer.text, current.commands if current is not None else SHARED):
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n" + _indent(buffer.document.current_line_before_cursor))

    @Condition
    def at_indentation() -> bool:
        buffer = get_app().current_buffer
        return not buffer.document.current_line_before_cursor.strip()

    @kb.add("tab", filter=editing & at_indentation)
    def _indent_line(event) -> None:
        event.current_buffer.insert_text("  ")  # Tab indents; after a word it completes

    @kb.add("escape", "enter", filter=editing)
    def _newline(event) -> None:
        event.current_buffer.insert_text("\n")

    return kb


def _indent(line: str) -> str:
    """Keep the current line's indentation; indent under a `: name` line."""
    indent = line[: len(line) - len(line.lstrip())]
    stripped = line.strip()
    if stripped.startswith(": ") or stripped.endswith(("[", "match", "->")):
        return indent + "  "
    return indent


def make_prompt(
    shell: Callable[[], Shell | None],
    color: bool = True,
    vi: bool = False,
    history: History | None = None,
    input=None,
    output=None,
) -> PromptSession:
    toolbar = Toolbar(shell)
    prompt: PromptSession = PromptSession(
        message=[("class:prompt", PROMPT)],
        multiline=True,
        prompt_continuation=lambda width, line, soft: [("class:continuation", CONTINUATION)],
        key_bindings=key_bindings(shell),
        lexer=PygmentsLexer(SeqLexer) if color else None,
        style=STYLE,
        include_default_pygments_style=True,
        color_depth=None if color else ColorDepth.MONOCHROME,
        completer=SeqCompleter(shell),
        complete_while_typing=False,
        auto_suggest=AutoSuggestFromHistory(),
        history=history if history is not None else open_history(),
        editing_mode=EditingMode.VI if vi else EditingMode.EMACS,
        enable_history_search=False,
        input=input,
        output=output,
        bottom_toolbar=toolbar,
        input_processors=[ErrorMark(toolbar)],
    )
    prompt.default_buffer.on_text_changed += toolbar.changed
    return prompt


def set_editing_mode(prompt: PromptSession, mode: str) -> bool:
    """`:set vi` / `:set emacs`; False for an unknown mode."""
    modes = {"vi": EditingMode.VI, "emacs": EditingMode.EMACS}
    if mode not in modes:
        return False
    prompt.editing_mode = modes[mode]
    return True
