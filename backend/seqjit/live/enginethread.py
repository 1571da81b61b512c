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
import sys
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
        self.jobs: queue.Queue[tuple[Callable[[], Any], queue.SimpleQueue, bool]] = queue.Queue()
        self.idle = idle
        self.wake = wake
        self.caller: queue.SimpleQueue | None = None  # the running job's caller, if it runs errands
        self.in_errand = False
        self.thread = threading.Thread(target=self._serve, name="seq-engine", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        wait: float | None = None
        while True:
            try:
                job, reply, errands = self.jobs.get(timeout=wait)
            except queue.Empty:
                wait = self._idle()
                continue
            self.caller = reply if errands else None
            try:
                reply.put(("done", True, job()))
            except BaseException as e:  # handed back to the waiting thread
                reply.put(("done", False, e))
            finally:
                self.caller = None
            wait = 0.0 if self.idle is not None else None

    def _idle(self) -> float | None:
        """Run `idle`. Should it fail, this thread must not end (every later
        job would wait for it forever): say so, and wait for the next job."""
        if self.idle is None:
            return None
        try:
            return self.idle()
        except Exception as e:
            sys.stderr.write(f"internal error in the background: {type(e).__name__}: {e}\n")
            return None

    def call(self, job: Callable[[], Any], on_interrupt: Callable[[], None]) -> Any:
        """Run `job` on the engine thread and wait for it. Ctrl-C while
        waiting calls `on_interrupt` (which makes the job stop soon), and
        ends an errand the job gave this thread (see run_on_caller)."""
        reply: queue.SimpleQueue = queue.SimpleQueue()
        main = threading.current_thread() is threading.main_thread()
        previous = signal.getsignal(signal.SIGINT) if main else None

        def interrupted(signum: int, frame: object) -> None:
            on_interrupt()
            if self.in_errand:
                raise KeyboardInterrupt

        try:
            if previous is not None:
                signal.signal(signal.SIGINT, interrupted)
            self.jobs.put((job, reply, previous is not None))
            if self.wake is not None:
                self.wake()
            while True:
                try:
                    message = reply.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    continue
                if message[0] == "done":
                    _, ok, value = message
                    break
                _, errand, answer = message
                answer.put(self._errand(errand))
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
        if not ok:
            raise value
        return value

    def _errand(self, work: Callable[[], Any]) -> tuple[bool, Any]:
        try:
            self.in_errand = True
            return True, work()
        except BaseException as e:  # KeyboardInterrupt too: handed back to the engine thread
            return False, e
        finally:
            self.in_errand = False

    def run_on_caller(self, work: Callable[[], Any]) -> Any:
        """From a job: run `work` on the main thread that waits for the job,
        where Python notices Ctrl-C even inside a long C call (re's
        matching checks for signals, but only there), raising
        KeyboardInterrupt here; elsewhere it runs here."""
        caller = self.caller
        if caller is None or threading.current_thread() is not self.thread:
            return work()
        answer: queue.SimpleQueue = queue.SimpleQueue()
        caller.put(("errand", work, answer))
        ok, value = answer.get()
        if not ok:
            raise value
        return value
