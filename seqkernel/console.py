"""The strand console in a notebook: `:top` as a display that keeps
updating in place (`update_display_data`) while strands run in the
background between cells, and the graph of a deadlock (its cycle in red)
shown under the cell that deadlocked.

A `:top` display refreshes a few times a second until no strand is left,
or a newer `:top` takes over, or LIFETIME has passed.
"""

from __future__ import annotations

import itertools
import threading
import time

from seqjit.live.observe import Snapshot
from seqjit.shell import render
from seqjit.shell.console import (
    channels_table,
    graph_output,
    strands_table,
    totals_line,
    waits_lines,
)
from seqjit.shell.events import CommandOutput
from seqjit.shell.registry import Command

REFRESH_SECONDS = 0.5
LIFETIME = 600.0  # seconds a live display goes on at most


def top_bundle(snap: Snapshot, live: bool) -> dict[str, object]:
    """The view as text and HTML (JupyterLab's theme colours, light and dark)."""
    status = "live" if live else "final"
    parts = [render.styled(f"seq top ({status}) — {totals_line(snap.totals)}", render.BOLD)]
    if snap.strands:
        parts.append(strands_table(snap))
    if snap.channels:
        parts.append(channels_table(snap))
    waits = waits_lines(snap)
    if waits:
        parts.append(render.plain("\n".join(waits)))
    out = render.block_html(render.join(parts))
    return {"text/plain": out.text, "text/html": out.html}


class LiveTop:
    """The `:top` displays of one kernel: the newest one updates."""

    def __init__(self, kernel) -> None:
        self.kernel = kernel
        self.numbers = itertools.count(1)
        self.current = 0  # the display that updates; older ones stop

    def command(self, shell, arg: str) -> CommandOutput:
        number = next(self.numbers)
        self.current = number
        display_id = f"seq-top-{number}"
        parent = self.kernel.stream_parent or self.kernel.last_parent
        snap = shell.session.snapshot()
        self._send("display_data", display_id, parent, snap, live=bool(snap.strands))
        if snap.strands:
            threading.Thread(target=self._follow, args=(number, display_id, parent),
                             name="seq-top", daemon=True).start()
        return CommandOutput(render.plain(""))

    def _follow(self, number: int, display_id: str, parent: dict) -> None:
        ends = time.monotonic() + LIFETIME
        while number == self.current and time.monotonic() < ends:
            time.sleep(REFRESH_SECONDS)
            snap = self.kernel.seq.snapshot()
            live = bool(snap.strands) and number == self.current
            self._send("update_display_data", display_id, parent, snap, live)
            if not live:
                return

    def _send(self, kind: str, display_id: str, parent: dict, snap: Snapshot,
              live: bool) -> None:
        self.kernel.publish_to(parent, kind, {
            "data": top_bundle(snap, live), "metadata": {},
            "transient": {"display_id": display_id}})


def top_command(kernel) -> Command:
    return Command("top", "", "the strands and channels, live: a display that updates in "
                   "place while strands run", LiveTop(kernel).command)


def deadlock_graph(snap: Snapshot) -> dict[str, object] | None:
    """The graph of a deadlocked cell's strands (the cycle in red), as a
    display bundle; None without Graphviz."""
    shown = graph_output(snap)
    if not shown.data:
        return None
    return {"text/plain": shown.text, **shown.data}
