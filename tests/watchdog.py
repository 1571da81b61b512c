"""A bound on how long a test waits for a child process, where the read
that waits cannot take a timeout itself (a pipe's readline)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

WAIT = 120.0  # seconds: generous, so a loaded machine never trips it


@contextmanager
def kill_after(proc: subprocess.Popen, seconds: float = WAIT) -> Iterator[None]:
    """Kill `proc` if the block has not finished within `seconds`: a read
    from its pipes then sees end of file instead of waiting forever."""
    timer = threading.Timer(seconds, proc.kill)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@dataclass
class Interrupted:
    """What a script printed around a SIGINT (see interrupt_script)."""

    answer: str  # the first line after the signal
    rest: str  # what it printed after that, to its end
    err: str
    seconds: float  # from the signal to that first line


def interrupt_script(script: str, delay: float, env: dict[str, str] | None = None) -> Interrupted:
    """Run Python `script`, which prints "ready" when its entry starts;
    `delay` seconds later send it SIGINT and collect what it says."""
    # Unbuffered: communicate() reads the pipe itself, so whatever a
    # buffered readline had read past its line would be lost.
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, bufsize=0, env=env or dict(os.environ))
    assert proc.stdout is not None
    with kill_after(proc):
        assert proc.stdout.readline().decode().strip() == "ready"
        time.sleep(delay)
        sent = time.perf_counter()
        proc.send_signal(signal.SIGINT)
        answer = proc.stdout.readline().decode().strip()
        seconds = time.perf_counter() - sent
    rest, err = proc.communicate(timeout=WAIT)
    return Interrupted(answer, rest.decode(), err.decode(), seconds)
