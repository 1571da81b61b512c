"""Long work shows what it does and how far (seqjit.progress); quick work
shows nothing."""

from __future__ import annotations

import threading

from seqjit import progress


class Recorder:
    def __init__(self) -> None:
        self.seen: list[str] = []
        self.shown = threading.Event()

    def show(self, task) -> None:
        self.seen.append(task.text())
        self.shown.set()

    def done(self, task) -> None:
        self.seen.append("done")


def test_quick_work_shows_nothing(monkeypatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(progress, "_reporter", [recorder])
    with progress.task("quick", total=2) as t:
        t.step("one")
        t.step("two")
    assert recorder.seen == []


def test_long_work_says_what_and_how_far(monkeypatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(progress, "_reporter", [recorder])
    monkeypatch.setattr(progress, "DELAY", 0.01)
    with progress.task("seqrepl test", total=3) as t:
        t.step("a.seq")
        assert recorder.shown.wait(30)
        t.step("b.seq")
        t.clear()
        t.step("c.seq")
    assert recorder.seen[0].startswith("seqrepl test: a.seq [1/3]")
    assert recorder.seen[1].startswith("seqrepl test: b.seq [2/3]")
    assert recorder.seen[2:] == ["done", recorder.seen[3], "done"]
    assert recorder.seen[3].startswith("seqrepl test: c.seq [3/3]")
