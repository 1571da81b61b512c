"""How many workers a process runs (runtime/threads.py): by default one per
CPU it may use, as Go's GOMAXPROCS; SEQ_THREADS sets another number."""

from __future__ import annotations

import os

import pytest

from seqjit.runtime.segment import GS_WORKERS
from seqjit.runtime.threads import MAX_THREADS, worker_count

CPUS = min(len(os.sched_getaffinity(0)), MAX_THREADS)


@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
@pytest.mark.parametrize(("setting", "workers"), [
    (None, CPUS), ("0", CPUS), ("1", 1), ("3", 3), (" 2 ", 2), ("500", MAX_THREADS),
    ("many", 1), ("-2", 1), ("", 1),
])
def test_seq_threads_chooses_the_workers(monkeypatch: pytest.MonkeyPatch, setting: str | None,
                                         workers: int) -> None:
    if setting is None:
        monkeypatch.delenv("SEQ_THREADS", raising=False)
    else:
        monkeypatch.setenv("SEQ_THREADS", setting)
    assert worker_count() == workers
