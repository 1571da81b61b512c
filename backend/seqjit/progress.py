"""Long work says what it is doing and how far it is: the first start
compiling the runtime, `:load` of a large file, `seqrepl test` over many
files, `make bench`. Work that takes longer than `DELAY` seconds shows a
status line (`label: step [3/40]`) on stderr when it is a terminal, or
whatever a front end installs instead (`set_reporter`: a notebook updates
a display in place). Quick work shows nothing. Nothing here catches
Ctrl-C: the work stays interruptible as it was.

    with task("seqrepl test", total=len(files)) as t:
        for f in files:
            t.step(str(f))
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from . import alarms

DELAY = 1.0  # seconds before work counts as long and shows


class Reporter(Protocol):
    def show(self, task: Task) -> None: ...
    def done(self, task: Task) -> None: ...


class Task:
    def __init__(self, label: str, total: int | None, reporter: Reporter) -> None:
        self.label, self.total, self.reporter = label, total, reporter
        self.done_count = 0
        self.what = ""
        self.started = time.monotonic()
        self.shown = False
        self._lock = threading.Lock()
        try:
            self._alarm: alarms.Alarm | None = alarms.after(DELAY, self._show)
        except alarms.NoAlarms:  # the work goes on, only unseen
            self._alarm = None

    def step(self, what: str = "") -> None:
        """The next piece of work starts (`done_count` pieces are done)."""
        with self._lock:
            if self.what:
                self.done_count += 1
            self.what = what
            shown = self.shown
        if shown:
            self.reporter.show(self)

    def clear(self) -> None:
        """Out of the way of output about to be printed (the next step
        shows it again)."""
        if self.shown:
            self.reporter.done(self)

    def text(self) -> str:
        count = f" [{min(self.done_count + 1, self.total)}/{self.total}]" if self.total else ""
        seconds = f" {time.monotonic() - self.started:.0f}s"
        return f"{self.label}: {self.what}{count}{seconds}" if self.what else self.label + seconds

    def _show(self) -> None:
        with self._lock:
            self.shown = True
        self.reporter.show(self)

    def finish(self) -> None:
        if self._alarm is not None:
            self._alarm.cancel()
        if self.shown:
            self.reporter.done(self)


class StatusLine:
    """A status line on stderr, redrawn in place, erased when done."""

    def show(self, task: Task) -> None:
        if sys.stderr.isatty():
            os.write(2, f"\r\x1b[K{task.text()}"[:300].encode())

    def done(self, task: Task) -> None:
        if sys.stderr.isatty():
            os.write(2, b"\r\x1b[K")


_reporter: list[Reporter] = [StatusLine()]


def set_reporter(reporter: Reporter) -> None:
    _reporter[0] = reporter


@contextmanager
def task(label: str, total: int | None = None) -> Iterator[Task]:
    """Long work called `label` (`total` steps, if known)."""
    t = Task(label, total, _reporter[0])
    try:
        yield t
    finally:
        t.finish()
