"""`:top`: the strand console full screen. The strands (sortable), the
channels and who waits on whom, refreshed several times a second while the
strands go on running in the background; `s` changes the sort, `q` (or
Ctrl-C, Esc) leaves, and the REPL is back where it was, its stack intact.
Without a terminal (piped input) it shows one snapshot.
"""

from __future__ import annotations

import asyncio
import sys

from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl

from seqjit.live.observe import Snapshot
from seqjit.shell.console import (
    SORT_KEYS,
    channels_table,
    strands_table,
    totals_line,
    waits_lines,
)
from seqjit.shell.events import CommandOutput
from seqjit.shell.registry import Command
from seqjit.shell.render import join, plain

REFRESH_SECONDS = 0.25
STYLE_HEAD = "bold"
STYLE_DIM = "#888888"


class Top:
    def __init__(self, session) -> None:
        self.session = session
        self.sort = 0  # index into SORT_KEYS
        self.snap: Snapshot = session.snapshot()
        self.refreshes = 0

    def text(self) -> FormattedText:
        snap = self.snap
        key = SORT_KEYS[self.sort]
        parts: list[tuple[str, str]] = [
            (STYLE_HEAD, f"seq top — {totals_line(snap.totals)}\n"),
            (STYLE_DIM, f"sorted by {key} (s: sort, q: quit)\n\n"),
        ]
        strands = strands_table(snap, key).text.split("\n")[1:] if snap.strands else [
            "  no strands running"]
        parts.append((STYLE_HEAD, strands[0] + "\n"))
        parts.append(("", "\n".join(strands[1:]) + "\n\n"))
        if snap.channels:
            channels = channels_table(snap).text.split("\n")[1:]
            parts.append((STYLE_HEAD, channels[0] + "\n"))
            parts.append(("", "\n".join(channels[1:]) + "\n\n"))
        waits = waits_lines(snap)
        if waits:
            parts.append((STYLE_HEAD, "who waits on whom\n"))
            parts.append(("", "\n".join(f"  {line}" for line in waits) + "\n"))
        return FormattedText(parts)

    async def refresh(self, app: Application) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            # On the engine thread, which pauses the strands for the moment it takes.
            self.snap = await loop.run_in_executor(None, self.session.snapshot)
            self.refreshes += 1
            app.invalidate()

    def run(self) -> None:
        keys = KeyBindings()

        @keys.add("q")
        @keys.add("escape")
        @keys.add("c-c")
        def _leave(event) -> None:
            event.app.exit()

        @keys.add("s")
        def _sort(event) -> None:
            self.sort = (self.sort + 1) % len(SORT_KEYS)

        app: Application = Application(
            layout=Layout(HSplit([Window(FormattedTextControl(self.text), wrap_lines=False)])),
            key_bindings=keys, full_screen=True, refresh_interval=REFRESH_SECONDS)

        async def main() -> None:
            task = asyncio.ensure_future(self.refresh(app))
            try:
                await app.run_async()
            finally:
                task.cancel()

        asyncio.run(main())


def _top(shell, arg: str) -> CommandOutput:
    snap = shell.session.snapshot()
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        parts = [strands_table(snap).text if snap.strands else totals_line(snap.totals)]
        if snap.channels:
            parts.append(channels_table(snap).text)
        parts += waits_lines(snap)
        return CommandOutput(join([plain(p) for p in parts]))
    Top(shell.session).run()
    return CommandOutput(plain(""))


TOP = Command("top", "", "the strands and channels full screen, live (s: sort, q: leave)", _top)
