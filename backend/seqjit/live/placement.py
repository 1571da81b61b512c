"""Where the workers run: each worker beside the host's on a CPU of its own,
none on the CPU the host's worker runs on when a run of the scheduler
starts (runtime/parallel.py).

Why: a worker roused from its nap (a futex wake) is queued by Linux on
some CPU. When that is the CPU of the worker that roused it, which goes on
computing, the roused one waits for the kernel to move one of them: a
tick or more, up to 3 ms here, during which two strands that could run
side by side take turns. Measured with 8 strands of `32 fib` from fresh
processes, 15 of each: the median of 2 workers went from 13.8 to 11.7 ms (1 worker:
21.8 ms).

The host's worker (the engine thread, which also runs Python) is never
bound: the kernel places it, and each run follows it. The others are
bound only when there is a CPU for each worker (SEQ_THREADS above the CPU
count leaves them all to the kernel), and never again once the kernel
refuses (a CPU set that changed, a sandbox), nor in a forked child.
"""

from __future__ import annotations

import ctypes
import os
import threading

_sched_getcpu = getattr(ctypes.CDLL(None), "sched_getcpu", None)  # (glibc's; Linux only)
if _sched_getcpu is not None:
    _sched_getcpu.restype = ctypes.c_int
    _sched_getcpu.argtypes = []


def current_cpu() -> int:
    """The CPU the calling thread runs on (-1 if unknown)."""
    return int(_sched_getcpu()) if _sched_getcpu is not None else -1


class Placement:
    """The native thread ids of the workers beside the host's, and the CPU
    their binding was made for."""

    def __init__(self, workers: int) -> None:
        # (several workers run only on Linux: runtime/threads.py)
        self.cpus = sorted(os.sched_getaffinity(0)) if workers > 1 else []
        self.threads: list[int | None] = [None] * max(0, workers - 1)  # worker k at k - 1
        self.binds = 0 < len(self.threads) and workers <= len(self.cpus)
        self.host_cpu = -1  # what the current binding keeps clear
        self.lock = threading.Lock()
        self.process = os.getpid()  # (a forked child has none of these threads)

    def started(self, index: int) -> None:
        """On worker `index`'s own thread, as it starts: it may be bound."""
        with self.lock:
            self.threads[index - 1] = threading.get_native_id()
            self.host_cpu = -1  # bind it at the next run

    def follow(self) -> None:
        """On the host's worker, as a run of the scheduler starts: bind the
        other workers to the CPUs after the one it runs on, in turn, unless
        they are bound so already."""
        if not self.binds or os.getpid() != self.process:
            return
        cpu = current_cpu()
        if cpu == self.host_cpu or cpu not in self.cpus:
            return
        with self.lock:
            at = self.cpus.index(cpu)
            try:
                for k, thread in enumerate(self.threads, start=1):
                    if thread is not None:
                        os.sched_setaffinity(thread, {self.cpus[(at + k) % len(self.cpus)]})
            except OSError:
                self.unbind()
                return
            self.host_cpu = cpu if None not in self.threads else -1

    def unbind(self) -> None:
        """The kernel refused a binding: it places every worker from now on."""
        self.binds = False
        for thread in self.threads:
            if thread is not None:
                try:
                    os.sched_setaffinity(thread, self.cpus)
                except OSError:
                    pass  # (a thread gone)
