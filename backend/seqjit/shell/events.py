"""What running a cell produces, as data: each front end renders these
events its own way (the REPL as ANSI text, the kernel as Jupyter messages),
and nothing is parsed back out of rendered text.

A code segment that runs gives `Defined` (when it defined words), `Stack`
and `Timing`; one that fails gives an `Error` per error. A command gives
its `CommandOutput`. `Output` is what the program printed, when the shell
captures it (shell/capture.py); otherwise it goes straight to fd 1. With
a listener, `StrandFailed` tells it of a failure in a background strand
(otherwise that goes to stderr).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import SeqError
from ..live.values import Shown
from .render import Out, block_html


@dataclass(frozen=True)
class Output:
    """Text the program printed."""

    text: str


@dataclass(frozen=True)
class Defined:
    """Words a code segment defined and redefined."""

    defined: tuple[str, ...]
    redefined: tuple[str, ...]


@dataclass(frozen=True)
class Stack:
    """The stack after a code segment ran, bottom first, each value with its type."""

    values: tuple[Shown, ...]
    ran_code: bool  # the segment ran code (rather than only defining words)
    midline: bool  # what the program printed did not end its line


@dataclass(frozen=True)
class Error:
    """A code segment failed; the world is as it was before it."""

    error: SeqError


@dataclass(frozen=True)
class StrandFailed:
    """A strand not the cell's own failed (while a cell ran, or between
    cells); shown where the program's output goes."""

    message: str  # "strand N failed: ..."


@dataclass(frozen=True)
class Timing:
    """Wall time a code segment took, compiling included."""

    seconds: float
    run_seconds: float = 0.0  # of which its code ran (the rest: parsing, checking, compiling)


@dataclass(frozen=True)
class CommandOutput:
    """What a `:command` answered, in its text, ANSI and HTML forms."""

    out: Out
    ok: bool = True
    quit: bool = False  # the front end should leave
    # Rich forms beside the text (MIME type -> content: a chart's Vega-Lite,
    # a display's HTML), for front ends that show them (shell/displays.py).
    data: dict[str, object] | None = None

    @property
    def text(self) -> str:
        return self.out.text

    @property
    def ansi(self) -> str:
        return self.out.ansi

    @property
    def html(self) -> str | None:
        """The HTML in a <pre> (None when there is nothing to show)."""
        return block_html(self.out).html if self.out.text else None


Event = Output | Defined | Stack | Error | StrandFailed | Timing | CommandOutput


def succeeded(events: list[Event]) -> bool:
    """No error and no failed command among `events`."""
    return not any(isinstance(e, Error) or (isinstance(e, CommandOutput) and not e.ok)
                   for e in events)
