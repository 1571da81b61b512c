"""The engine thread: all JIT'd Seq code runs on one thread that is not
Python's main thread.

Python runs its SIGINT handler only on the main thread, between bytecodes;
while compiled code runs there, no bytecode runs. So the main thread hands
work to this thread and waits in Python. While it does, Ctrl-C asks the
job to stop (compiled code polls a flag) instead of raising
KeyboardInterrupt, which could land between queueing the job and waiting
for it and so leave the job running with nobody to stop it.
"""

from __future__ import annotations

import queue
import signal
import threading
from collections.abc import Callable
from typing import Any

POLL_SECONDS = 0.02


class EngineThread:
    """Runs jobs; between jobs runs `idle` (strands left running), which
    returns how long until it wants to run again (None: not until a job).
    A new job calls `wake` so a long idle run hands the thread back."""

    def __init__(
        self,
        idle: Callable[[], float | None] | None = None,
        wake: Callable[[], None] | None = None,
    ) -> None:
        self.jobs: queue.Queue[tuple[Callable[[], Any], queue.Queue]] = queue.Queue()
        self.idle = idle
        self.wake = wake
        self.thread = threading.Thread(target=self._serve, name="seq-engine", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        wait: float | None = None
        while True:
            try:
                job, reply = self.jobs.get(timeout=wait)
            except queue.Empty:
                wait = self.idle() if self.idle is not None else None
                continue
            try:
                reply.put((True, job()))
            except BaseException as e:  # handed back to the waiting thread
                reply.put((False, e))
            wait = 0.0 if self.idle is not None else None

    def call(self, job: Callable[[], Any], on_interrupt: Callable[[], None]) -> Any:
        """Run `job` on the engine thread and wait for it. Ctrl-C while
        waiting calls `on_interrupt` (which makes the job stop soon)."""
        reply: queue.Queue = queue.Queue(maxsize=1)
        main = threading.current_thread() is threading.main_thread()
        previous = signal.getsignal(signal.SIGINT) if main else None
        try:
            if previous is not None:
                signal.signal(signal.SIGINT, lambda signum, frame: on_interrupt())
            self.jobs.put((job, reply))
            if self.wake is not None:
                self.wake()
            while True:
                try:
                    ok, value = reply.get(timeout=POLL_SECONDS)
                    break
                except queue.Empty:
                    continue
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        if not ok:
            raise value
        return value
