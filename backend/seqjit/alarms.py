"""Alarms: a callback run once, a given time from now, on one timer thread
the whole process shares (started at the first alarm, started again if it
is gone: after a fork, a child has only the thread that forked, and none
of the parent's alarms).

A thread started for each timeout cannot start once strands hold the
address space (issue 16): the REPL's entry timeout, the settle run after
an entry and the progress line each took one per entry. Callbacks run on
the alarm thread one after another, so they must be quick (set a flag, ask
the scheduler for control); one that raises is reported on stderr and the
thread goes on.

    alarm = after(0.5, scheduler.ask_for_control)
    ...
    alarm.cancel()

`after` raises `NoAlarms` when the thread is not running and cannot be
started; each caller decides what to do without it.
"""

from __future__ import annotations

import heapq
import itertools
import os
import threading
import time
from collections.abc import Callable


class NoAlarms(RuntimeError):
    """No thread could be started to ring alarms (the address space is full)."""


class Alarm:
    """One callback, due at `due` (time.monotonic()), until it rings or is cancelled."""

    def __init__(self, due: float, callback: Callable[[], object]) -> None:
        self.due = due
        self.callback: Callable[[], object] | None = callback

    def cancel(self) -> bool:
        """Stop it ringing; False if it has rung (or is ringing) already."""
        return _clock.cancel(self)


class _Clock:
    """The pending alarms, soonest first, and the thread that rings them."""

    def __init__(self) -> None:
        self.condition = threading.Condition()
        self.pending: list[tuple[float, int, Alarm]] = []  # a heap
        self.order = itertools.count()  # alarms due at once ring in the order they were set
        self.thread: threading.Thread | None = None
        os.register_at_fork(before=self._before_fork, after_in_parent=self._after_in_parent,
                            after_in_child=self._after_in_child)

    def after(self, seconds: float, callback: Callable[[], object]) -> Alarm:
        alarm = Alarm(time.monotonic() + seconds, callback)
        with self.condition:
            self._running()
            heapq.heappush(self.pending, (alarm.due, next(self.order), alarm))
            self.condition.notify()
        return alarm

    def cancel(self, alarm: Alarm) -> bool:
        with self.condition:
            if alarm.callback is None:
                return False
            alarm.callback = None
            # A few alarms are pending at a time: dropping one at once keeps
            # a long timeout cancelled each entry from piling up.
            self.pending = [item for item in self.pending if item[2] is not alarm]
            heapq.heapify(self.pending)
            return True

    def _running(self) -> None:
        """Start the thread unless it runs (the condition held)."""
        if self.thread is not None and self.thread.is_alive():
            return
        thread = threading.Thread(target=self._ring, name="seq-alarms", daemon=True)
        try:
            thread.start()
        except RuntimeError as e:  # "can't start new thread"
            raise NoAlarms(str(e)) from None
        self.thread = thread

    def _ring(self) -> None:
        while True:
            with self.condition:
                while not self.pending or self.pending[0][0] > time.monotonic():
                    self.condition.wait(self.pending[0][0] - time.monotonic()
                                        if self.pending else None)
                alarm = heapq.heappop(self.pending)[2]
                callback, alarm.callback = alarm.callback, None
            assert callback is not None  # a cancelled alarm is no longer pending
            try:
                callback()
            except Exception as e:  # a bug of ours: say so, keep ringing the others
                os.write(2, f"internal error in an alarm: {type(e).__name__}: {e}\n".encode())

    # A fork must not copy the condition's lock held by another thread: the
    # child could never take it. Alarms pending in the parent are the
    # parent's (as threading.Timer's: its thread is not in the child).
    def _before_fork(self) -> None:
        self.condition.acquire()

    def _after_in_parent(self) -> None:
        self.condition.release()

    def _after_in_child(self) -> None:
        self.condition = threading.Condition()
        self.thread = None
        for _, _, alarm in self.pending:
            alarm.callback = None
        self.pending = []


_clock = _Clock()


def after(seconds: float, callback: Callable[[], object]) -> Alarm:
    """Run `callback` once, on the alarm thread, `seconds` from now (unless
    cancelled first). Raises NoAlarms if no thread can ring it."""
    return _clock.after(seconds, callback)
