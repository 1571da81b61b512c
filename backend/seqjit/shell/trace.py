"""`:trace` and `:step`: code run a word at a time (shell/stepper.py), and
each step shown as a row: the word (indented by how deep it ran), where it
is, its effect and the stack after it with each value's type, the slots it
changed marked. Plain and ANSI text for terminals; an HTML table for
notebooks (render.table), in the theme's colours.

`:trace [depth=N] CODE` runs CODE to its end, entering words and the
quotations combinators run down to N levels (default 1). `:step CODE` is
interactive in the REPL (seqrepl/stepping.py); elsewhere it runs as
`:trace`. Both run on snapshots of the stack: the world's stack changes
only when the code has run to its end; an error or Ctrl-C in a trace
leaves it as it was before the command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar
from weakref import WeakKeyDictionary

from ..diagnostics import SeqError, Span
from ..live.values import Shown
from . import render
from .catalog import short_effect
from .completion import code_argument
from .events import CommandOutput
from .registry import Command, failure
from .stepper import Step, StepCache, StepFailed, Stepper, checked_code

if TYPE_CHECKING:
    from ..live.session import Session
    from ..live.world import Entry, World

T = TypeVar("T")
DEFAULT_DEPTH = 1  # words and quotations the code calls are entered; theirs are not
MAX_ROWS = 2000  # a longer trace runs to its end but shows only its first rows
SHOWN_SLOTS = 8  # the top of a deeper stack is shown
SOURCE_NAME = "<trace>"
STACK_HEAD = "stack after, bottom to top (* changed)"

_caches: WeakKeyDictionary[World, StepCache] = WeakKeyDictionary()


def step_cache(world: World) -> StepCache:
    """The world's compiled steps, kept from one trace to the next."""
    cache = _caches.get(world)
    if cache is None:
        cache = _caches[world] = StepCache()
    return cache


# --- running --------------------------------------------------------------------------------


class Stepping:
    """A stepper on a session, each move a job on the engine thread (where
    Ctrl-C interrupts it). Made by `start`; `close` it when done."""

    def __init__(self, session: Session, stepper: Stepper) -> None:
        self.session = session
        self.stepper = stepper

    @classmethod
    def start(cls, session: Session, code: str, keep: int = 0) -> Stepping:
        """Check `code` against the stack; SeqError if it does not check."""
        def begin(entry: Entry) -> Stepper:
            world = session.world
            return Stepper(world, checked_code(world, code, SOURCE_NAME), step_cache(world),
                           entry, keep)

        return cls(session, session.run_job(begin))

    def run(self, move: Callable[[Stepper], T]) -> T:
        """`move` on the engine thread; StepFailed if it failed or was
        interrupted (the stepper is then at its last completed step)."""
        def job(entry: Entry) -> T:
            self.stepper.entry = entry
            return move(self.stepper)

        return self.session.run_job(job)

    @property
    def done(self) -> bool:
        return self.stepper.done

    def finish(self) -> None:
        """The code ran to its end: the world takes the stack it left."""
        self.run(lambda s: s.finish())

    def close(self) -> None:
        """Give up: the world's stack stays as it was."""
        self.run(lambda s: s.close())


def trace(session: Session, code: str, depth: int) -> tuple[list[Step], int, SeqError | None]:
    """Run `code` to its end entering bodies `depth` levels deep: the steps
    (the first MAX_ROWS), how many more there were, and the error that
    stopped it (then the world is as it was)."""
    stepping = Stepping.start(session, code)
    rows: list[Step] = []
    hidden = 0

    def run_all(stepper: Stepper) -> None:
        nonlocal hidden
        for step in stepper.run(depth):
            if step.kind == "leave" and not step.changed:
                continue  # the indentation shows a body ended
            if len(rows) < MAX_ROWS:
                rows.append(step)
            else:
                hidden += 1
        stepper.finish()

    try:
        stepping.run(run_all)
    except StepFailed as failed:
        stepping.close()
        return rows, hidden, failed.error
    return rows, hidden, None


# --- rendering ------------------------------------------------------------------------------

def location(step: Step) -> str:
    return short_location(step.span)


def short_location(span: Span | None) -> str:
    """Where a word is: line:col in the traced code, else file:line:col."""
    if span is None:
        return ""
    where = span.location
    prefix = SOURCE_NAME + ":"
    return where[len(prefix):] if where.startswith(prefix) else where


def shown_slots(step: Step) -> tuple[int, Sequence[Shown]]:
    """The index of the first slot shown, and the slots: the top SHOWN_SLOTS."""
    first = max(0, len(step.stack) - SHOWN_SLOTS)
    return first, step.stack[first:]


def stack_out(step: Step) -> render.Out:
    """The stack after a step, `10:Int 3:Int*`: changed slots marked `*`."""
    if not step.stack:
        return render.styled("(empty)", render.DIM)
    first, slots = shown_slots(step)
    parts = [render.styled(f"…{first} below", render.DIM)] if first else []
    for i, shown in enumerate(slots, first):
        value = render.value(shown) + render.styled(f":{shown.type}", render.DIM)
        if i in step.changed:
            value = value + render.styled("*", render.BOLD)
        parts.append(value)
    return render.join(parts, " ")


def word_text(step: Step) -> str:
    return "  " * step.depth + step.text + (" ↘" if step.kind == "enter" else "")


def word_out(step: Step) -> render.Out:
    """The word indented, bold where it enters a body, dim where one ends."""
    style = (render.DIM if step.kind == "leave" else render.BOLD if step.kind == "enter"
             else None)
    word = word_text(step)
    return render.styled(word, style) if style else render.plain(word)


def rows_text(steps: Iterable[Step], header: bool = True) -> render.Out:
    """Steps as aligned rows of text: word, position, effect, stack after."""
    steps = list(steps)
    if not steps:
        return render.styled("(no words ran)", render.DIM)
    width = min(28, max(len(word_text(s)) for s in steps))
    where = min(18, max(len(location(s)) for s in steps))
    effect = min(30, max(len(effect_text(s)) for s in steps))
    head = render.styled(f"{'word':<{width}}  {'at':<{where}}  {'effect':<{effect}}  "
                         + STACK_HEAD, render.DIM)
    lines = [head] if header else []
    for s in steps:
        word = word_out(s)
        pad = render.plain(" " * max(2, width - len(word.text) + 2))
        lines.append(word + pad + render.styled(f"{location(s):<{where}}  ", render.DIM)
                     + render.plain(f"{effect_text(s):<{effect}}  ") + stack_out(s))
    return render.lines(lines)


def effect_text(step: Step) -> str:
    return short_effect(step.effect) if step.effect else ""


def rows_table(steps: list[Step]) -> render.Out:
    """Steps as a table, one row per step: as text, `rows_text`."""
    rows = [[word_out(s), render.styled(location(s), render.DIM), render.plain(effect_text(s)),
             stack_out(s)] for s in steps]
    return render.table(["word", "at", "effect", STACK_HEAD], rows, text=rows_text(steps),
                        name="seq-trace")


def trace_out(steps: list[Step], hidden: int, error: SeqError | None) -> render.Out:
    """A trace as text and as a table, with what stopped it (if anything)."""
    out = rows_table(steps) if steps else rows_text(steps)
    notes = []
    if hidden:
        notes.append(render.styled(f"… {hidden} more steps ran (not shown)", render.DIM))
    if error is not None:
        notes += [render.error(error),
                  render.styled("The stack is as it was before the trace.", render.DIM)]
    return render.join([out, *notes]) if notes else out


# --- the commands ---------------------------------------------------------------------------


def parse_depth(arg: str) -> tuple[int, str]:
    """`depth=N CODE` as (N, CODE); CODE alone with the default depth.
    ValueError when N is not a number."""
    head, _, rest = arg.partition(" ")
    if head.startswith("depth="):
        value = head[len("depth="):]
        depth = 10**6 if value == "all" else int(value)
        if depth < 0:
            raise ValueError(value)
        return depth, rest.strip()
    return DEFAULT_DEPTH, arg


def run_trace(shell, arg: str, note: str = "") -> CommandOutput:
    try:
        depth, code = parse_depth(arg)
    except ValueError:
        return failure("usage: :trace [depth=N] CODE (N: how many levels of words and "
                       "quotations to enter, or all)")
    if not code.strip():
        return failure("usage: :trace [depth=N] CODE")
    try:
        steps, hidden, error = trace(shell.session, code, depth)
    except SeqError as e:
        return CommandOutput(render.error(e), ok=False)
    out = trace_out(steps, hidden, error)
    if note:
        out = render.join([render.styled(note, render.DIM), out])
    return CommandOutput(out, ok=error is None)


def _trace(shell, arg: str) -> CommandOutput:
    return run_trace(shell, arg)


def _step(shell, arg: str) -> CommandOutput:
    """Where nobody can press keys between steps, a step-by-step run is a trace."""
    return run_trace(shell, arg, ":step is interactive in the REPL; here it runs as :trace.")


TRACE = Command("trace", "[depth=N] CODE",
                "run code a word at a time and show each word, its effect and the stack after "
                f"it (entering words and quotations N levels deep, default {DEFAULT_DEPTH})",
                _trace, complete=code_argument)
STEP = Command("step", "CODE", "step through code a word at a time (keys: n over, s into, "
               "o out, c continue, b back, q quit)", _step, complete=code_argument)
