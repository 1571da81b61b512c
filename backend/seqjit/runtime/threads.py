"""How many worker threads run Seq code (SEQ_THREADS), decided once per
process: the runtime module and every program module are compiled for it.

The default is one worker per CPU the process may use (as Go's
GOMAXPROCS). With one worker (SEQ_THREADS=1, or a machine without %gs
workers) the runtime is exactly the single-threaded one: no lock, plain
reference counts. With more, the scheduler takes its lock
(runtime/schedlock.py) and the reference counts of objects strands share
are updated atomically (runtime/layout.py, runtime/sharing.py), both
chosen when the IR is made.
"""

from __future__ import annotations

import os

from .segment import GS_WORKERS

MAX_THREADS = 64  # runtime/interface.py: MAX_WORKERS


def worker_count() -> int:
    """SEQ_THREADS when it is a number from 1 to MAX_THREADS; unset or 0:
    the CPUs this process may use (at most MAX_THREADS); anything else: 1.
    Workers beyond the first need %gs (runtime/segment.py)."""
    text = os.environ.get("SEQ_THREADS", "0").strip()
    if not text.isdigit() or not GS_WORKERS:
        return 1
    wanted = int(text) or len(os.sched_getaffinity(0))
    return max(1, min(wanted, MAX_THREADS))


WORKERS = worker_count()
THREADED = WORKERS > 1
