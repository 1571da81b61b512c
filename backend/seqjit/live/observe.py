"""The strand console's reading of the runtime: a snapshot of every live
strand and channel with their records (runtime/status.py, runtime/channels.py)
and the process's totals, and what follows from it: the spawn tree, who
waits on whom, and a deadlock explained (each strand, what it waits on,
where that channel was made, the cycle).

A snapshot is taken on the engine thread (Session.snapshot), between two
runs of the scheduler, so what it reads is consistent. Nothing here runs
while strands run: the records are kept by the runtime as it goes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..runtime.bindings import global_word
from ..runtime.channels import CHANNEL_OBJ, ChannelWatch
from ..runtime.host import HostContext
from ..runtime.strands import DATA_STACK_SLOTS, PAGE
from .engine import Engine
from .scheduler import ChannelInfo, Scheduler, StrandInfo
from .values import show


@dataclass(frozen=True)
class Site:
    """Where a strand.spawn or chan.make is written."""

    word: str  # the word (or quotation) it is in; "" for an entry's code
    location: str  # file:line:col

    @staticmethod
    def parse(text: str) -> Site | None:
        word, _, location = text.partition("\t")
        return Site(word, location) if text else None

    def __str__(self) -> str:
        return f"{self.word} at {self.location}" if self.word else self.location


@dataclass(frozen=True)
class Totals:
    """The process's figures (the at-exit report's and :top's header).
    `spawned` and `completed` count the strands Seq code made (strand.spawn,
    strand.weave); the strands the host ran (main, REPL entries, notebook
    cells) are `entries`, apart: a user who spawned one strand sees 1."""

    spawned: int
    completed: int
    failed: int
    live: int
    peak: int  # the most spawned strands live at once
    channels: int
    messages_sent: int
    messages_received: int
    pool_bytes: int  # strand regions mapped (native stack, data stack, guards)
    entries: int = 0  # strands the host ran and waited for
    entries_done: int = 0  # of which finished
    entries_failed: int = 0  # of which ended with a runtime error (or an interrupt)
    peak_with_entries: int = 0  # the most strands live at once, the host's among them

    def counting_main(self) -> Totals:
        """The figures as the reference counts them in script mode, where
        `main` is a strand like the others (a program that spawns nothing
        reports 1 spawned)."""
        return replace(self, spawned=self.spawned + self.entries,
                       completed=self.completed + self.entries_done,
                       failed=self.failed + self.entries_failed,
                       peak=self.peak_with_entries)


@dataclass(frozen=True)
class Snapshot:
    strands: list[StrandInfo]
    channels: list[ChannelInfo]
    totals: Totals
    taken: float = field(default_factory=time.time)

    def strand(self, ident: int) -> StrandInfo | None:
        return next((s for s in self.strands if s.id == ident), None)

    def channel(self, ident: int) -> ChannelInfo | None:
        return next((c for c in self.channels if c.id == ident), None)

    @property
    def all_waiting(self) -> bool:
        """Strands are left and every one waits on a channel."""
        return bool(self.strands) and all(s.waiting_on is not None for s in self.strands)


def snapshot(engine: Engine, scheduler: Scheduler) -> Snapshot:
    """What runs now; call on the engine thread (or with the scheduler still)."""
    strands = scheduler.strands()
    channels = scheduler.channels()
    word = lambda name: int(global_word(engine, name).value or 0)  # noqa: E731
    region = word("seq_native_stack_size") + 3 * PAGE + 8 * DATA_STACK_SLOTS
    entries, entries_done = word("seq_entry_strands"), word("seq_entry_strands_done")
    totals = Totals(
        spawned=word("seq_next_strand_id") - 1 - entries,
        completed=word("seq_finished_count") - entries_done,
        failed=scheduler.failures,
        live=len(strands),
        peak=word("seq_peak_spawned"),
        channels=len(channels),
        messages_sent=word("seq_messages_sent") + sum(c.sent for c in channels),
        messages_received=word("seq_messages_received") + sum(c.received for c in channels),
        pool_bytes=word("seq_regions_mapped") * region,
        entries=entries,
        entries_done=entries_done,
        entries_failed=scheduler.entry_failures,
        peak_with_entries=word("seq_peak_strands"),
    )
    return Snapshot(strands, channels, totals)


# --- what a strand does --------------------------------------------------------------


def doing(s: StrandInfo) -> str:
    """Its state as the console says it: `blocked on channel 3`, `blocked
    on I/O`, `sleeping`, `parked (weave)`, `ready`..."""
    if s.state == "blocked":
        return f"blocked on channel {s.waiting_on}" if s.waiting_on else "blocked on I/O"
    if s.state == "parked":
        return "parked (weave)"
    return s.state


def spawned_from(s: StrandInfo) -> str:
    """Where it comes from: the strand.spawn's word and position, or what
    the host runs (main, a REPL entry), or a weave."""
    site = Site.parse(s.site)
    if site is not None:
        return str(site)
    return "main or an entry" if s.parent == 0 else "a weave"


def made_at(c: ChannelInfo) -> str:
    site = Site.parse(c.site)
    return str(site) if site is not None else "?"


def children(strands: list[StrandInfo]) -> dict[int, list[StrandInfo]]:
    """The spawn tree: parent id -> its live children, by id. A strand whose
    parent is gone hangs from 0 (the root)."""
    live = {s.id for s in strands}
    tree: dict[int, list[StrandInfo]] = {}
    for s in sorted(strands, key=lambda s: s.id):
        tree.setdefault(s.parent if s.parent in live else 0, []).append(s)
    return tree


# --- who waits on whom --------------------------------------------------------------


@dataclass(frozen=True)
class Edge:
    source: str  # "s3" a strand, "c2" a channel
    target: str
    kind: str  # "waits" (strand blocked on channel) or "sent" (strand sent last to channel)


def edges(snap: Snapshot) -> list[Edge]:
    """Blocked-on edges (strand -> channel) and sent-to edges (the strand
    that sent last -> channel), between live strands and channels."""
    found = [Edge(f"s{s.id}", f"c{s.waiting_on}", "waits")
             for s in snap.strands if s.waiting_on is not None]
    live = {s.id for s in snap.strands}
    found += [Edge(f"s{c.last_sender}", f"c{c.id}", "sent")
              for c in snap.channels if c.last_sender in live]
    return found


def cycle(snap: Snapshot) -> list[str]:
    """A wait cycle, as nodes ("s2", "c1", "s3", "c2"): each strand waits
    on the next channel, which the next strand sent to last, and so on back
    to the first. [] when there is none."""
    waits = {f"s{s.id}": f"c{s.waiting_on}" for s in snap.strands if s.waiting_on is not None}
    blocked = {int(node[1:]) for node in waits}
    feeds = {f"c{c.id}": f"s{c.last_sender}" for c in snap.channels
             if c.last_sender in blocked}
    for start in sorted(waits):
        path, node = [start], start
        while True:
            channel = waits.get(node)
            sender = feeds.get(channel) if channel else None
            if channel is None or sender is None:
                break
            path.append(channel)
            if sender in path:
                return path[path.index(sender):]
            path.append(sender)
            node = sender
    return []


def node_name(node: str) -> str:
    return f"{'strand' if node[0] == 's' else 'channel'} {node[1:]}"


def explain_deadlock(snap: Snapshot) -> list[str]:
    """Each waiting strand, what it waits on, where that channel was made;
    then the cycle, when the records show one."""
    lines = []
    for s in sorted(snap.strands, key=lambda s: s.id):
        what = doing(s)
        channel = snap.channel(s.waiting_on) if s.waiting_on is not None else None
        if channel is not None:
            sender = f"strand {channel.last_sender}" if channel.last_sender else "no strand yet"
            what += f" (made in {made_at(channel)}; last sent to by {sender})"
        origin = f"spawned in {spawned_from(s)}" if s.site else spawned_from(s)
        lines.append(f"  strand {s.id} ({origin}) is {what}")
    found = cycle(snap)
    if found:
        lines.append("  cycle: " + " -> ".join(node_name(n) for n in [*found, found[0]]))
    return lines


# --- :watch ---------------------------------------------------------------------------


class Watches:
    """The channels `:watch` shows: each value sent into one is rendered as
    the REPL renders values and handed to `report` (on the engine thread)."""

    def __init__(self, host: HostContext, report: Callable[[str], None]) -> None:
        self.watching: set[int] = set()
        self.report = report
        host.state(ChannelWatch, ChannelWatch).sink = self._sent

    def _sent(self, ident: int, value: int) -> None:
        self.report(f"channel {ident} <- {show(value).text}")

    def set(self, scheduler: Scheduler, ident: int, on: bool) -> bool:
        """Watch channel `ident` (or stop); False when no such channel lives."""
        address = scheduler.channel_address(ident)
        if not address:
            return False
        CHANNEL_OBJ.write(address, "watched", int(on))
        (self.watching.add if on else self.watching.discard)(ident)
        return True
