"""`:time CODE` (one run: compile and run times apart) and `:timeit CODE`
(compiled once, run many times, as IPython's `%timeit`: live/timeit.py)."""

from __future__ import annotations

from ..live.timeit import Timings
from . import present, render
from .completion import code_argument
from .events import CommandOutput, Error, Timing
from .profiling import short_duration
from .registry import Command, failure


def _time(shell, arg: str) -> CommandOutput:
    if not arg:
        return failure("usage: :time CODE")
    events = shell.run_code(arg, "<:time>")
    timings = [e for e in events if isinstance(e, Timing)]
    wall = sum(t.seconds for t in timings)
    ran = sum(t.run_seconds for t in timings)
    note = render.styled(
        f"time: {present.duration(wall)} wall = compile {present.duration(wall - ran)} "
        f"(parse, check, LLVM) + run {present.duration(ran)}", render.DIM)
    ok = not any(isinstance(e, Error) for e in events)
    return CommandOutput(render.join([present.events(events), note]), ok=ok)


def summary(timings: Timings) -> str:
    """IPython's line, with the best run first."""
    runs = len(timings.per_loop)
    return (f"best {short_duration(timings.best)} per loop; "
            f"{short_duration(timings.mean)} ± {short_duration(timings.std)} per loop "
            f"(mean ± std. dev. of {runs} run{'s' if runs != 1 else ''}, "
            f"{timings.loops:,} loop{'s' if timings.loops != 1 else ''} each); "
            f"compiled once in {present.duration(timings.compile_seconds)}")


def _timeit(shell, arg: str) -> CommandOutput:
    if not arg:
        return failure("usage: :timeit CODE")
    timings = shell.session.timeit(arg)
    shell.sync_output()
    if timings.error is not None:
        return CommandOutput(render.error(timings.error), ok=False)
    return CommandOutput(render.plain(summary(timings)))


TIME = Command("time", "CODE", "run code once; its compile and run times apart", _time,
               complete=code_argument)
TIMEIT = Command(
    "timeit", "CODE",
    "compile code once and run it many times (on copies of the stack, which stays as it "
    "was); the best and the spread per loop", _timeit, complete=code_argument)
