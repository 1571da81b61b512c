"""The strand console's views, for both front ends: `:strands` and
`:channels` as tables, `:tree` (the spawn hierarchy), `:watch ID` /
`:unwatch [ID]`, and `:graph` (strands and channels laid out by Graphviz:
SVG in a notebook, its edges as text in a terminal). Each view is made from
a Snapshot (live/observe.py); seqrepl/top.py and seqkernel/console.py show
the same views live.
"""

from __future__ import annotations

import shutil
import subprocess

from ..live.observe import (
    Snapshot,
    Totals,
    children,
    cycle,
    doing,
    edges,
    made_at,
    node_name,
    spawned_from,
)
from ..live.scheduler import ChannelInfo, StrandInfo
from . import render
from .events import CommandOutput
from .registry import Command, failure, say
from .render import Out

STRAND_HEADINGS = ("id", "parent", "state", "for", "sent", "recv", "spawned from")
CHANNEL_HEADINGS = ("id", "depth", "receivers waiting", "sent", "recv", "closed", "made at")
NUMERIC = {"id", "parent", "for", "sent", "recv", "depth"}
SORT_KEYS = ("id", "state", "for", "sent", "recv")


def age(seconds: float) -> str:
    """A time in a state, short: `0.4s`, `12s`, `3m05s`."""
    if seconds < 10:
        return f"{seconds:.1f}s"
    if seconds < 60:
        return f"{seconds:.0f}s"
    return f"{int(seconds // 60)}m{int(seconds % 60):02d}s"


def strand_row(s: StrandInfo) -> tuple[str, ...]:
    return (str(s.id), str(s.parent or "-"), doing(s), age(s.seconds), str(s.sent),
            str(s.received), spawned_from(s))


def channel_row(c: ChannelInfo) -> tuple[str, ...]:
    waiting = ", ".join(str(w) for w in c.waiters) or "-"
    watched = " (watched)" if c.watched else ""
    return (str(c.id), str(c.queued), waiting, str(c.sent), str(c.received),
            "yes" if c.closed else "no", made_at(c) + watched)


def sorted_strands(strands: list[StrandInfo], key: str = "id") -> list[StrandInfo]:
    """By id, or the busiest first (`for`, `sent`, `recv`), or by state."""
    match key:
        case "state":
            return sorted(strands, key=lambda s: (doing(s), s.id))
        case "for":
            return sorted(strands, key=lambda s: (-s.seconds, s.id))
        case "sent":
            return sorted(strands, key=lambda s: (-s.sent, s.id))
        case "recv":
            return sorted(strands, key=lambda s: (-s.received, s.id))
    return sorted(strands, key=lambda s: s.id)


def totals_line(t: Totals) -> str:
    return (f"strands: {t.live} live, {t.spawned} spawned, {t.completed} done, "
            f"{t.failed} failed, peak {t.peak}   entries run: {t.entries}   "
            f"channels: {t.channels}   "
            f"messages: {t.messages_sent} sent, {t.messages_received} received   "
            f"stacks: {t.pool_bytes / 2**20:.1f} MiB")


def text_table(headings: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """Columns padded to their widest cell (numbers to the right)."""
    widths = [max(len(r[i]) for r in [headings, *rows]) for i in range(len(headings))]
    return ["  " + "  ".join(
        cell.rjust(widths[i]) if headings[i] in NUMERIC else cell.ljust(widths[i])
        for i, cell in enumerate(r)).rstrip() for r in [headings, *rows]]


def table(headings: tuple[str, ...], rows: list[tuple[str, ...]], caption: str,
          name: str) -> Out:
    lines = text_table(headings, rows)
    text = render.join([render.styled(caption, render.DIM), render.styled(lines[0], render.BOLD),
                        *(render.plain(line) for line in lines[1:])])
    return render.table(headings, [[render.plain(c) for c in r] for r in rows], text=text,
                        numeric=[i for i, h in enumerate(headings) if h in NUMERIC],
                        caption=caption, name=name)


def strands_table(snap: Snapshot, key: str = "id") -> Out:
    rows = [strand_row(s) for s in sorted_strands(snap.strands, key)]
    return table(STRAND_HEADINGS, rows, totals_line(snap.totals), "seq-strands")


def channels_table(snap: Snapshot) -> Out:
    rows = [channel_row(c) for c in sorted(snap.channels, key=lambda c: c.id)]
    return table(CHANNEL_HEADINGS, rows, f"channels: {len(rows)} live", "seq-channels")


def tree_lines(snap: Snapshot) -> list[str]:
    """The spawn hierarchy, one strand a line, children indented below their parent."""
    tree = children(snap.strands)
    lines: list[str] = []

    def walk(parent: int, indent: str) -> None:
        kids = tree.get(parent, [])
        for i, s in enumerate(kids):
            last = i == len(kids) - 1
            lines.append(f"{indent}{'└─ ' if last else '├─ '}strand {s.id}  {doing(s)}  "
                         f"({spawned_from(s)})")
            walk(s.id, indent + ("   " if last else "│  "))

    walk(0, "")
    return lines


def waits_lines(snap: Snapshot) -> list[str]:
    """Who waits on whom: each blocked strand, its channel, who fed it last."""
    lines = []
    for s in sorted(snap.strands, key=lambda s: s.id):
        channel = snap.channel(s.waiting_on) if s.waiting_on is not None else None
        if channel is not None:
            fed = f", last fed by strand {channel.last_sender}" if channel.last_sender else ""
            lines.append(f"strand {s.id} waits on channel {channel.id}{fed}")
    found = cycle(snap)
    if found:
        lines.append("cycle: " + " -> ".join(node_name(n) for n in [*found, found[0]]))
    return lines


# --- the graph ------------------------------------------------------------------------
# Colours readable on a light and a dark background alike: filled nodes
# with dark text, mid-grey edges, a transparent page (an SVG in a notebook
# is shown as an image, out of reach of the theme's CSS variables).

STRAND_FILL = {"running": "#9be9a8", "ready": "#c6e6ff", "blocked": "#ffd8a8",
               "sleeping": "#e0d4ff", "parked": "#e8e8e8", "new": "#c6e6ff"}
EDGE_GREY = "#8c959f"
CYCLE_RED = "#e5534b"


def dot_source(snap: Snapshot) -> str:
    """The graph in Graphviz's language: strands (boxes) and channels
    (ellipses); `waits` edges strand -> channel, `sent` edges strand ->
    channel (dashed), the deadlock cycle in red."""
    found = cycle(snap)
    in_cycle = {(a, b) for a, b in zip(found, found[1:] + found[:1], strict=True)}
    out = ['digraph strands {', '  bgcolor="transparent"; rankdir=LR;',
           f'  node [fontname="Helvetica", fontsize=11, style=filled, fontcolor="#1f2328", '
           f'color="{EDGE_GREY}"];',
           f'  edge [fontname="Helvetica", fontsize=9, color="{EDGE_GREY}", '
           f'fontcolor="{EDGE_GREY}"];']
    for s in snap.strands:
        fill = STRAND_FILL.get(s.state, "#e8e8e8")
        pen = f', color="{CYCLE_RED}", penwidth=2' if f"s{s.id}" in found else ""
        out.append(f'  s{s.id} [shape=box, fillcolor="{fill}", '
                   f'label="strand {s.id}\\n{_dot(doing(s))}"{pen}];')
    for c in snap.channels:
        pen = f', color="{CYCLE_RED}", penwidth=2' if f"c{c.id}" in found else ""
        out.append(f'  c{c.id} [shape=ellipse, fillcolor="#fff2b3", '
                   f'label="channel {c.id}\\ndepth {c.queued}"{pen}];')
    for e in edges(snap):
        red = (e.source, e.target) in in_cycle or (e.target, e.source) in in_cycle
        style = "" if e.kind == "waits" else ", style=dashed"
        colour = f', color="{CYCLE_RED}", fontcolor="{CYCLE_RED}", penwidth=2' if red else ""
        label = "waits on" if e.kind == "waits" else "sent to"
        out.append(f'  {e.source} -> {e.target} [label="{label}"{style}{colour}];')
    out.append("}")
    return "\n".join(out)


def _dot(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def graph_svg(snap: Snapshot) -> str | None:
    """The graph laid out by Graphviz's `dot`, as SVG; None without Graphviz."""
    dot = shutil.which("dot")
    if dot is None:
        return None
    done = subprocess.run([dot, "-Tsvg"], input=dot_source(snap), capture_output=True,
                          text=True, timeout=30, check=False)
    if done.returncode != 0:
        return None
    svg = done.stdout
    return svg[svg.find("<svg"):]  # without the XML prologue and DOCTYPE


def graph_output(snap: Snapshot) -> CommandOutput:
    lines = [f"{node_name(e.source)} {'waits on' if e.kind == 'waits' else 'sent to'} "
             f"{node_name(e.target)}" for e in edges(snap)]
    found = cycle(snap)
    if found:
        lines.append("cycle: " + " -> ".join(node_name(n) for n in [*found, found[0]]))
    text = "\n".join(lines) or "no strand waits on or has sent to a live channel"
    svg = graph_svg(snap)
    data: dict[str, object] | None = {"image/svg+xml": svg} if svg is not None else None
    return CommandOutput(render.plain(text), data=data)


# --- commands -------------------------------------------------------------------------


def _strands(shell, arg: str) -> CommandOutput:
    snap = shell.session.snapshot()
    if not snap.strands:
        return say("No strands running (strand.spawn starts one; it lives on between entries).\n"
                   + totals_line(snap.totals))
    key = arg.strip() or "id"
    if key not in SORT_KEYS:
        return failure(f"usage: :strands [{'|'.join(SORT_KEYS)}] (the column to sort by)")
    return _tabled(strands_table(snap, key))


def _channels(shell, arg: str) -> CommandOutput:
    snap = shell.session.snapshot()
    if not snap.channels:
        return say("No channels (chan.make makes one).")
    return _tabled(channels_table(snap))


def _tabled(out: Out) -> CommandOutput:
    return CommandOutput(out, data={"text/html": out.html})


def _tree(shell, arg: str) -> CommandOutput:
    snap = shell.session.snapshot()
    if not snap.strands:
        return say("No strands running.")
    lines = tree_lines(snap)
    return CommandOutput(render.plain("\n".join(["host (main or an entry)", *lines])))


def _graph(shell, arg: str) -> CommandOutput:
    return graph_output(shell.session.snapshot())


def _watch(shell, arg: str) -> CommandOutput:
    ident = arg.strip()
    if not ident.isdigit():
        return failure("usage: :watch ID (a channel's id, as :channels lists them)")
    if not shell.session.watch(int(ident)):
        return failure(f"no channel {ident} (:channels lists the live ones)")
    return say(f"Watching channel {ident}: each value sent into it is shown "
               f"(:unwatch {ident} stops).")


def _unwatch(shell, arg: str) -> CommandOutput:
    ident = arg.strip()
    watching = sorted(shell.session.watches.watching)
    targets = [int(ident)] if ident.isdigit() else watching
    if not targets:
        return say("No channel is watched.")
    for channel in targets:
        shell.session.watch(channel, on=False)
    return say(f"Stopped watching channel{'s' if len(targets) > 1 else ''} "
               f"{', '.join(map(str, targets))}.")


CONSOLE = (
    Command("strands", "[id|state|for|sent|recv]",
            "the live strands: parent, state (blocked on what), time in it, messages, "
            "where spawned; the totals (strands spawned by Seq code; the entries the "
            "REPL ran are counted apart)", _strands),
    Command("channels", "", "the live channels: depth, receivers waiting, totals, "
            "where made", _channels),
    Command("tree", "", "the spawn hierarchy of the live strands", _tree),
    Command("graph", "", "strands and channels as a graph (who waits on whom, who sent to "
            "what; a deadlock's cycle in red)", _graph),
    Command("watch", "ID", "show each value sent into channel ID from now on", _watch),
    Command("unwatch", "[ID]", "stop showing a channel's values (all of them without ID)",
            _unwatch),
)
