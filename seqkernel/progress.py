"""Long work in a notebook (seqjit.progress): a display in the cell that
runs, updated in place (`update_display_data`) as the work goes on, and
left saying how long it took."""

from __future__ import annotations

import time

from seqjit.progress import Task


class NotebookProgress:
    def __init__(self, kernel) -> None:
        self.kernel = kernel
        self.started: set[int] = set()  # the tasks with a display already

    def _send(self, task: Task, text: str) -> None:
        kind = "update_display_data" if id(task) in self.started else "display_data"
        self.started.add(id(task))
        self.kernel.publish_progress(kind, {
            "data": {"text/plain": text}, "metadata": {},
            "transient": {"display_id": f"seq-progress-{id(task)}"}})

    def show(self, task: Task) -> None:
        self._send(task, task.text())

    def done(self, task: Task) -> None:
        if id(task) in self.started:
            seconds = time.monotonic() - task.started
            self._send(task, f"{task.label}: done in {seconds:.1f}s")
            self.started.discard(id(task))
