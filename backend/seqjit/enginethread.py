"""The engine thread: all JIT'd Seq code runs on one thread that is not
Python's main thread.

Python runs its SIGINT handler only on the main thread, between bytecodes;
while compiled code runs there, no bytecode runs. So the main thread hands
work to this thread and waits in Python, where Ctrl-C arrives as
KeyboardInterrupt; it then asks the running code to stop (it polls a flag)
and keeps waiting for it to unwind.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

POLL_SECONDS = 0.02


class EngineThread:
    def __init__(self) -> None:
        self.jobs: queue.Queue[tuple[Callable[[], Any], queue.Queue]] = queue.Queue()
        self.thread = threading.Thread(target=self._serve, name="seq-engine", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            job, reply = self.jobs.get()
            try:
                reply.put((True, job()))
            except BaseException as e:  # handed back to the waiting thread
                reply.put((False, e))

    def call(self, job: Callable[[], Any], on_interrupt: Callable[[], None]) -> Any:
        """Run `job` on the engine thread and wait for it. Ctrl-C while
        waiting calls `on_interrupt` (which makes the job stop soon)."""
        reply: queue.Queue = queue.Queue(maxsize=1)
        self.jobs.put((job, reply))
        while True:
            try:
                ok, value = reply.get(timeout=POLL_SECONDS)
                break
            except queue.Empty:
                continue
            except KeyboardInterrupt:
                on_interrupt()
        if not ok:
            raise value
        return value
