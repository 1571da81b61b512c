"""The engine thread outlives a failure of its idle work (issue 16: a
background run that could not start its preemption thread ended the engine
thread, and every later job waited for it forever)."""

from __future__ import annotations

import threading

import pytest

from seqjit.live.enginethread import EngineThread


def test_a_failed_idle_run_leaves_the_thread_serving_jobs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    failed = threading.Event()

    def failing_idle() -> float | None:
        failed.set()
        raise RuntimeError("can't start new thread")

    engine = EngineThread(idle=failing_idle)
    assert engine.call(lambda: 1, lambda: None) == 1  # then idle runs, and fails
    assert failed.wait(timeout=60)
    answers: list[int] = []
    caller = threading.Thread(target=lambda: answers.append(engine.call(lambda: 2, lambda: None)),
                              daemon=True)
    caller.start()
    caller.join(timeout=60)
    assert answers == [2]
    assert "internal error in the background: RuntimeError" in capsys.readouterr().err
