"""A bound on how long a test waits for a child process, where the read
that waits cannot take a timeout itself (a pipe's readline)."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager

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
