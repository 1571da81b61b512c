"""The REPL's bottom toolbar: the editing mode (NORMAL/INSERT with vi keys)
and, as you type, what the entry would do: its effect on any stack and the
types it would leave on this one, or the error Enter would meet, with the
failing word named here and underlined in the entry (`ErrorMark`).

The checker runs a moment after the last key (`DELAY`, a timer of the
prompt's event loop) on a thread of the toolbar's own that stays for the
REPL's life: typing never waits for it, and starts no thread (one could
not start once strands hold the address space, issue 16). A result for
text that has changed since is dropped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from prompt_toolkit.application.current import get_app
from prompt_toolkit.enums import EditingMode
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding.vi_state import InputMode
from prompt_toolkit.layout.processors import Processor, Transformation, TransformationInput
from prompt_toolkit.layout.utils import explode_text_fragments

from seqjit.shell.catalog import span_text
from seqjit.shell.preview import Preview, preview
from seqjit.shell.shell import Shell

DELAY = 0.12  # seconds after the last key before the entry is checked
WIDEST = 200  # characters of an error message the toolbar shows


class Toolbar:
    def __init__(self, shell: Callable[[], Shell | None]) -> None:
        self.shell = shell
        self.checked: tuple[str, Preview | None] = ("", None)  # text, what it would do
        self._pending: asyncio.TimerHandle | None = None
        # (Not the loop's default executor: each prompt has a loop of its own.)
        self._checker = ThreadPoolExecutor(1, thread_name_prefix="seqrepl-toolbar")

    def changed(self, buffer) -> None:
        """The entry changed: check it once typing pauses (on the prompt's
        event loop, which runs this)."""
        if self._pending is not None:
            self._pending.cancel()
        app = get_app()
        if app.loop is not None:  # (no prompt running: no toolbar to show it)
            self._pending = app.loop.call_later(DELAY, self._start_check, buffer.text, app)

    def _start_check(self, text: str, app) -> None:
        try:
            self._checker.submit(self._check, text, app)
        except RuntimeError:  # no thread could start: the toolbar shows no check
            pass

    def _check(self, text: str, app) -> None:
        shell = self.shell()
        if shell is None or shell.commands.claims(text):
            found = None
        else:
            try:
                found = preview(shell.session, text)
            except Exception:  # a checker bug must not reach the prompt
                found = None
        if app.current_buffer.text == text:
            self.checked = (text, found)
            app.invalidate()

    def current(self, text: str) -> Preview | None:
        """What the entry `text` would do, if it has been checked yet."""
        checked_text, found = self.checked
        return found if checked_text == text and text.strip() else None

    def __call__(self) -> StyleAndTextTuples:
        app = get_app()
        parts: StyleAndTextTuples = []
        if app.editing_mode == EditingMode.VI:
            normal = app.vi_state.input_mode == InputMode.NAVIGATION
            parts.append(("class:toolbar.mode", " NORMAL " if normal else " INSERT "))
            parts.append(("", " "))
        found = self.current(app.current_buffer.text)
        if found is None:
            return parts
        if found.error is not None:
            error = found.error
            word = span_text(error.span).split("\n")[0] if error.span is not None else ""
            message = error.message.removeprefix(f"{word}: ")
            at = f"{word}: " if word else ""
            parts.append(("class:toolbar.error", f"✗ {at}{message}"[:WIDEST]))
            return parts
        if found.effect is not None:
            parts.append(("class:toolbar.effect", found.effect))
        if found.after is not None:
            leaves = " ".join(found.after) if found.after else "(empty)"
            parts.append(("class:toolbar.stack", f"   stack after: {leaves}"))
        return parts


class ErrorMark(Processor):
    """Underlines, in the entry, the word the toolbar's error is about."""

    def __init__(self, toolbar: Toolbar) -> None:
        self.toolbar = toolbar

    def apply_transformation(self, ti: TransformationInput) -> Transformation:
        found = self.toolbar.current(ti.document.text)
        span = found.error.span if found is not None and found.error is not None else None
        if span is None or not span.line - 1 <= ti.lineno <= span.end_line - 1:
            return Transformation(ti.fragments)
        fragments = explode_text_fragments(ti.fragments)
        line = ti.document.lines[ti.lineno]
        first = span.col - 1 if ti.lineno == span.line - 1 else 0
        last = span.end_col - 1 if ti.lineno == span.end_line - 1 else len(line)
        for i in range(first, min(last, len(fragments))):
            fragment = fragments[i]
            fragments[i] = (f"{fragment[0]} class:error-word", fragment[1])
        return Transformation(fragments)
