"""Script mode's runtime diagnostics, as the reference's OBSERVABILITY
guide names them: `kill -QUIT PID` prints a dump of the strands, channels
and memory to stderr and the program goes on; the watchdog
(`SEQ_WATCHDOG_SECS`, `SEQ_WATCHDOG_INTERVAL`, `SEQ_WATCHDOG_ACTION=warn|exit`)
warns about, or ends the program for, a strand that has run longer than
the limit without waiting of its own accord (seqjit preempts busy strands
so that others run, but that is not the strand waiting).

Both read a snapshot on the engine thread between two runs of the
scheduler (Scheduler.request), so what they print is consistent.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..live.observe import Snapshot, doing, made_at, spawned_from

if TYPE_CHECKING:
    from ..live.session import Session

SHOWN_STRANDS = 20  # the reference's display limit


def format_bytes(count: int) -> str:
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if count >= scale:
            return f"{count / scale:.2f} {unit}"
    return f"{count} B"


def dump(snap: Snapshot) -> str:
    """The reference's diagnostic dump, with what seqjit knows besides
    (each strand's state and where it was spawned, the channels). `main`
    counts among the strands, as the reference counts it."""
    t = snap.totals.counting_main()
    import datetime  # only when a dump is asked for

    stamp = datetime.datetime.fromtimestamp(snap.taken).isoformat(timespec="seconds")
    lines = ["", "=== Seq Runtime Diagnostics ===", f"Timestamp: {stamp}", "", "[Strands]",
             f"  Active:    {t.live}", f"  Spawned:   {t.spawned} (total)",
             f"  Completed: {t.completed} (total)", f"  Failed:    {t.failed} (total)",
             f"  Peak:      {t.peak} (high-water mark)", "", "[Active Strand Details]"]
    strands = sorted(snap.strands, key=lambda s: s.id)
    if not strands:
        lines.append("  (no active strands in registry)")
    else:
        lines.append(f"  {len(strands)} strand(s) tracked:")
        for i, s in enumerate(strands[:SHOWN_STRANDS], 1):
            lines.append(f"    [{i:2}] Strand #{s.id:<8} {doing(s)} for {s.seconds:.1f}s "
                         f"({spawned_from(s)}; sent {s.sent}, received {s.received})")
        if len(strands) > SHOWN_STRANDS:
            lines.append(f"    ... and {len(strands) - SHOWN_STRANDS} more strands")
    lines += ["", "[Channels]"]
    if not snap.channels:
        lines.append("  (no live channels)")
    for c in sorted(snap.channels, key=lambda c: c.id):
        waiting = ", ".join(f"#{w}" for w in c.waiters) or "none"
        lines.append(f"  Channel #{c.id:<6} depth {c.queued}, receivers waiting: {waiting}, "
                     f"sent {c.sent}, received {c.received}{', closed' if c.closed else ''} "
                     f"(made in {made_at(c)})")
    lines += ["", "[Memory]", f"  Stack pool:      {format_bytes(t.pool_bytes)}",
              f"  Messages:        {t.messages_sent} sent, {t.messages_received} received",
              "", "=== End Diagnostics ===", ""]
    return "\n".join(lines) + "\n"


def on_engine(session: Session, work: Callable[[Snapshot], None]) -> None:
    """Have the engine thread call `work` with a snapshot, soon."""
    session.scheduler.request(lambda: work(session.snapshot_here()))


def write(text: str) -> None:
    sys.stdout.flush()
    sys.stderr.write(text)
    sys.stderr.flush()


def install_dump(session: Session) -> None:
    """`kill -QUIT` prints the dump to stderr; the program goes on."""
    signal.signal(signal.SIGQUIT, lambda signum, frame: on_engine(
        session, lambda snap: write(dump(snap))))


# --- the watchdog ----------------------------------------------------------------------


@dataclass(frozen=True)
class Watchdog:
    threshold: float  # seconds; 0: off
    interval: float = 5.0
    exit: bool = False

    @staticmethod
    def from_env(environ: Mapping[str, str]) -> Watchdog:
        return Watchdog(_seconds(environ.get("SEQ_WATCHDOG_SECS"), 0.0),
                        _seconds(environ.get("SEQ_WATCHDOG_INTERVAL"), 5.0) or 5.0,
                        environ.get("SEQ_WATCHDOG_ACTION", "warn").lower() == "exit")


def _seconds(text: str | None, default: float) -> float:
    try:
        return max(0.0, float(text)) if text else default
    except ValueError:
        return default


class WatchdogThread:
    """Every interval, looks for the strand that has run longest without
    waiting; past the threshold it warns (with the dump, once per strand)
    or ends the program."""

    def __init__(self, session: Session, config: Watchdog) -> None:
        self.session = session
        self.config = config
        self.last = 0  # the strand it warned about last
        self.thread = threading.Thread(target=self._loop, name="seq-watchdog", daemon=True)

    def start(self) -> None:
        action = "Exit" if self.config.exit else "Warn"
        write(f"[watchdog] Enabled: threshold={self.config.threshold:g}s, "
              f"interval={self.config.interval:g}s, action={action}\n")
        self.thread.start()

    def _loop(self) -> None:
        stop = threading.Event()
        while not stop.wait(self.config.interval):
            on_engine(self.session, self.check)

    def check(self, snap: Snapshot) -> None:
        busy = [s for s in snap.strands if s.state in ("running", "ready")
                and s.busy > self.config.threshold]
        if not busy:
            return
        worst = max(busy, key=lambda s: s.busy)
        lines = ["", f"WATCHDOG: Strand #{worst.id} running for {worst.busy:.0f}s "
                     f"(threshold: {self.config.threshold:g}s)"]
        new = worst.id != self.last
        self.last = worst.id
        text = "\n".join(lines) + "\n" + (dump(snap) if new else "")
        if self.config.exit:
            write(text + "    Exiting due to SEQ_WATCHDOG_ACTION=exit\n")
            os._exit(1)
        if not new:
            text += "    (strand still stuck, diagnostics suppressed)\n"
        write(text)


def install_watchdog(session: Session, environ: Mapping[str, str]) -> None:
    config = Watchdog.from_env(environ)
    if config.threshold > 0:
        WatchdogThread(session, config).start()
