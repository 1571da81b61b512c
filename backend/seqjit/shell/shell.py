"""The shell both front ends stand on: a `Shell` owns a Session, the
registry of commands its front end offers, and the front end's settings
(`Options`). `run_cell` splits a cell into commands and code, once, runs
them in order and returns what happened as events (shell/events.py); the
REPL renders them as ANSI text, the kernel as Jupyter messages.

Events are also handed to `listener` as they happen: program output
captured by the shell (Options.capture_output) arrives while a cell runs,
and between cells from strands living on in the background.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..syntax.cell import is_complete
from . import catalog
from .capture import FdCapture
from .commands import SHARED, has_code
from .completion import Candidate, complete
from .displays import install_sink
from .events import (
    CommandOutput,
    Defined,
    Error,
    Event,
    Output,
    Stack,
    StrandFailed,
    Timing,
)
from .journal import Journal
from .lint import lint_entry
from .registry import Registry

if TYPE_CHECKING:  # the session loads LLVM: front ends import the shell first
    from ..live.session import Session
    from ..live.world import EntryResult


@dataclass
class Options:
    """A front end's settings, in one place."""

    color: bool = True  # ANSI colour (the REPL on a terminal)
    keys: str = "emacs"  # the REPL's editing keys: "emacs" or "vi" (`:set`)
    # How commands sit in a cell. True (notebooks): a command is one line,
    # between runs of code. False (the REPL's entries): an entry that
    # starts with a command is that command, its argument running on.
    line_commands: bool = True
    unbuffered: bool = True  # program output written at once, not at the end
    capture_output: bool = False  # program output (fd 1) comes back as Output events
    journal: bool = False  # journal each accepted entry's definitions (shell/journal.py)
    lint: bool = True  # lint warnings after each entry that ran (shell/lint.py, `:lint`)


@dataclass(frozen=True)
class Segment:
    kind: str  # "code" or "command"
    text: str
    line: int  # where it starts in the cell, 0-based


def split_cell(text: str, commands: Registry, line_commands: bool = True) -> list[Segment]:
    """A cell as runs of Seq code and command lines (`:stack`, `:help`...).
    A line is a command only outside an open definition or quotation, so a
    symbol at the start of a line inside a word body stays code."""
    if not line_commands:
        if commands.claims(text):
            return [Segment("command", text.strip(), 0)]
        return [Segment("code", text, 0)] if text.strip() else []
    segments: list[Segment] = []
    lines = text.split("\n")
    start = 0
    run: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped and commands.claims(stripped) and is_complete("\n".join(run)):
            if "".join(run).strip():
                segments.append(Segment("code", "\n".join(run), start))
            segments.append(Segment("command", stripped, i))
            start, run = i + 1, []
        else:
            run.append(line)
    if "".join(run).strip():
        segments.append(Segment("code", "\n".join(run), start))
    return segments


@dataclass
class Shell:
    session: Session
    commands: Registry = SHARED
    options: Options = field(default_factory=Options)
    listener: Callable[[Event], None] | None = None
    loaded: Path | None = None  # the last `:load`ed file
    loaded_files: set[Path] = field(default_factory=set)  # the files that load read

    def __post_init__(self) -> None:
        self.session.set_unbuffered(self.options.unbuffered)
        self.session.catch_exit()  # os.exit in an entry must not end the session
        self.journal = Journal() if self.options.journal else None
        self._cell: list[Event] | None = None  # the events of the cell running now
        self._lock = threading.Lock()
        self.capture: FdCapture | None = None
        if self.options.capture_output:
            self.capture = FdCapture(1, lambda text: self._emit(Output(text)))
            self.capture.start()
        if self.listener is not None:
            self.session.world.reporter = self._strand_failed
        install_sink(self)

    def close(self) -> None:
        """The session ends cleanly: give fd 1 back (when the shell captured
        it) and close the journal."""
        if self.journal is not None:
            self.journal.close()
        if self.capture is not None:
            self.capture.stop()
            self.capture = None

    def sync_output(self) -> None:
        """Hand on all program output written so far (as Output events)."""
        if self.capture is not None:
            self.capture.sync()

    # --- cells ------------------------------------------------------------------------

    def run_cell(self, text: str, name: str | None = None) -> list[Event]:
        """Run a cell's commands and code in order, up to the first that
        fails or quits; its events. Error lines count from the top of the
        cell. `name` names the cell in errors (default `<entry N>`)."""
        events: list[Event] = []
        with self._lock:
            # A command may run a cell of its own (the REPL's :edit runs what
            # was saved): that cell's events are its answer, not this cell's.
            outer, self._cell = self._cell, events
        try:
            for segment in split_cell(text, self.commands, self.options.line_commands):
                if segment.kind == "command":
                    answer = self.commands.run(self, segment.text)
                    self.sync_output()
                    self._emit(answer)
                    if not answer.ok or answer.quit:
                        break
                else:
                    ran = self.run_code("\n" * segment.line + segment.text, name)
                    self.sync_output()
                    for event in ran:
                        self._emit(event)
                    if any(isinstance(e, Error) for e in ran):
                        break
        finally:
            with self._lock:
                self._cell = outer
        return events

    def run_code(self, text: str, name: str | None = None, base_dir: Path | None = None,
                 run: Callable[[str, str | None, Path | None], EntryResult] | None = None,
                 ) -> list[Event]:
        """Run Seq code (definitions and code, no commands): an Error per
        error, or what it defined and the stack; then its Timing. `run`
        runs it instead of Session.eval (`:profile` does)."""
        started = time.perf_counter()
        result = (run or self.session.eval)(text, name, base_dir)
        timing = Timing(time.perf_counter() - started, result.run_seconds)
        if not result.ok:
            return [*(Error(e) for e in result.errors), timing]
        self.accepted(text, base_dir)
        world = self.session.world
        events: list[Event] = [*lint_entry(self, text, result.name or name)]
        if result.defined or result.redefined:
            events.append(Defined(tuple(result.defined), tuple(result.redefined)))
        stack = Stack(tuple(world.stack()), has_code(text), world.output_ended_midline())
        return [*events, stack, timing]

    def accepted(self, text: str, base_dir: Path | None = None) -> None:
        """An entry (or a loaded file) ran: journal its definitions, so a
        process that dies later loses none (shell/journal.py)."""
        if self.journal is not None:
            self.journal.record(text, base_dir)

    def run_command(self, line: str) -> CommandOutput:
        """Run one `:command` line (outside any cell)."""
        return self.commands.run(self, line)

    def _strand_failed(self, message: str) -> None:
        """A background strand failed (on the engine thread, during a cell
        or between cells): its output so far first, then the failure."""
        self.sync_output()
        self._emit(StrandFailed(message))

    def emit(self, event: Event) -> None:
        """An event of the cell running now (a program's display, say)."""
        self._emit(event)

    def _emit(self, event: Event) -> None:
        with self._lock:
            if self._cell is not None:
                self._cell.append(event)
        if self.listener is not None:
            self.listener(event)

    # --- the session ------------------------------------------------------------------

    def reset(self) -> int:
        """`:reset`: end the strands, start a fresh world and forget the
        loaded file; how many strands ended."""
        session = self.session
        killed = [s.id for s in session.strands() if session.kill(s.id)]
        session.reset()
        self.loaded, self.loaded_files = None, set()
        if self.journal is not None:
            self.journal.reset()
        return len(killed)

    # --- words ------------------------------------------------------------------------

    def complete(self, text: str, cursor: int) -> list[Candidate]:
        """What could finish the word (or command, or argument) at `cursor`."""
        return complete(self.session, text, cursor, self.commands)

    def inspect(self, name: str) -> catalog.Entry | None:
        """The catalog's entry for the word (or union) `name`."""
        return catalog.lookup(self.session.world.program, name)
