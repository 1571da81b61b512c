"""`:timeit`: code compiled once, then run many times, as IPython's
`%timeit` does.

The code is compiled (against the current stack's types) with a loop
around it: each iteration copies the starting stack onto the strand's data
stack (a reference each), runs the code, and releases whatever it left.
So the stack the session shows is never changed, the code may consume and
produce values, and compiling is timed apart from running. The code polls
the interrupt flag at each iteration, so Ctrl-C stops a long measurement.
"""

from __future__ import annotations

import ctypes
import math
import time
from dataclasses import dataclass, field

from llvmlite import ir

from ..codegen.program import ProgramCompiler
from ..diagnostics import SeqError, Source
from ..runtime.irkit import for_range
from ..runtime.layout import I64, PTR, WORD_FN, const
from ..runtime.status import STRAND
from ..syntax.cell import parse_cell
from ..types.program import check_entry
from .scheduler import Failed, Failure
from .world import INTERRUPTED, Entry, EntryInterrupted, World

TARGET_SECONDS = 0.2  # a run (of `loops` iterations) lasts about this long
REPEATS = 7
LONG_RUN_SECONDS = 1.0  # code slower than this per run is measured fewer times
LONG_REPEATS = 3


@dataclass
class Timings:
    """What `:timeit` measured: seconds per loop in each run (best first
    is up to the reader), the loops each run made, and the compile time."""

    per_loop: list[float] = field(default_factory=list)
    loops: int = 0
    compile_seconds: float = 0.0
    error: SeqError | None = None

    @property
    def best(self) -> float:
        return min(self.per_loop)

    @property
    def mean(self) -> float:
        return sum(self.per_loop) / len(self.per_loop)

    @property
    def std(self) -> float:
        mean = self.mean
        return math.sqrt(sum((t - mean) ** 2 for t in self.per_loop) / len(self.per_loop))


def timeit(world: World, text: str, entry: Entry) -> Timings:
    """Compile `text` (code only) once and time it (on the engine thread)."""
    number = next(world.counter)
    started = time.perf_counter()
    try:
        with entry:
            loop = _compile(world, Source("<:timeit>", text), number)
    except EntryInterrupted:
        return Timings(error=SeqError("runtime error", INTERRUPTED))
    except SeqError as e:
        return Timings(error=e)
    timings = Timings(compile_seconds=time.perf_counter() - started)
    try:
        # Grow the loop count 1, 2, 5, 10, 20, 50... until a run lasts long enough.
        count, seconds = 1, 0.0
        for scale in (10**i for i in range(10)):
            for step in (1, 2, 5):
                count = step * scale
                seconds = _run(world, loop, count, entry)
                if seconds >= TARGET_SECONDS:
                    break
            else:
                continue
            break
        repeats = LONG_REPEATS if seconds >= LONG_RUN_SECONDS else REPEATS
        timings.loops = count
        timings.per_loop = [seconds / count]
        timings.per_loop += [_run(world, loop, count, entry) / count
                             for _ in range(repeats - 1)]
    except SeqError as e:
        timings.error = e
    return timings


@dataclass
class Loop:
    """The compiled loop around the code."""

    code: int  # its address
    loops: ctypes.c_int64  # how many iterations the next run makes
    start: ctypes.Array  # the stack each iteration starts from


def _compile(world: World, source: Source, number: int) -> Loop:
    cell = parse_cell(source)
    if cell.module.words or cell.module.unions or cell.module.includes:
        raise SeqError("error", ":timeit times code; define words in an entry of their own first")
    checked = check_entry(world.program, cell.code, world.types)
    compiler = ProgramCompiler(world.program, f"seq_timeit_{number}", only=[],
                               linked=world.linked, natives=world.natives)
    body = ir.Function(compiler.module, WORD_FN, name=f"seq.timeit.{number}")
    # Compiled as a quotation is, the code polls for Ctrl-C each time it starts.
    compiler.compile_function(body, "<quotation>", checked.code, checked.typing, None)
    loops = ir.GlobalVariable(compiler.module, I64, name=f"seq.timeit.{number}.loops")
    loops.initializer = const(0)
    symbol = f"seq.timeit.{number}.loop"
    start = _emit_loop(compiler, body, loops, symbol, world.values)
    ir_text = compiler.finish()
    if compiler.errors:
        raise compiler.errors[0]
    world.scheduler.code.load(world.engine, ir_text, compiler.debug.sites)
    return Loop(world.engine.address(symbol),
                ctypes.c_int64.from_address(world.engine.address(loops.name)), start)


def _emit_loop(compiler: ProgramCompiler, body: ir.Function, loops: ir.GlobalVariable,
               symbol: str, values: list[int]) -> ctypes.Array:
    """`symbol(sp)`: `loops` times, push a copy of `values` (the world's
    stack, which keeps them alive meanwhile), run `body`, release what it
    left. The array the code reads the values from comes back."""
    fn = ir.Function(compiler.module, WORD_FN, name=symbol)
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    (sp,) = fn.args
    incref, decref = compiler.helper("seq_incref"), compiler.helper("seq_decref")
    count = len(values)
    start = (ctypes.c_int64 * max(count, 1))(*values)
    saved = b.inttoptr(const(ctypes.addressof(start)), PTR)
    with for_range(b, const(0), b.load(loops, typ=I64)):
        for i in range(count):
            value = b.load(b.gep(saved, [const(i)], source_etype=I64), typ=I64)
            b.call(incref, [value])
            b.store(value, b.gep(sp, [const(i)], source_etype=I64))
        top = b.call(body, [b.gep(sp, [const(count)], source_etype=I64)])
        left = b.sdiv(b.sub(b.ptrtoint(top, I64), b.ptrtoint(sp, I64)), const(8))
        with for_range(b, const(0), left) as i:
            b.call(decref, [b.load(b.gep(sp, [i], source_etype=I64), typ=I64)])
    b.ret(sp)
    return start


def _run(world: World, loop: Loop, count: int, entry: Entry) -> float:
    """One run of `count` iterations, in seconds; a SeqError if it failed."""
    world.interrupt_flag.value = 0
    if entry.interrupted:
        raise SeqError("runtime error", INTERRUPTED)
    loop.loops.value = count
    scheduler = world.scheduler
    try:
        strand = scheduler.watched(scheduler.closure_at(loop.code), None, None)
    except Failed as failed:
        raise failed.failure.error() from None
    owner = int(STRAND.read(strand, "id"))
    STRAND.write(strand, "owner", owner)
    started = time.perf_counter()
    outcome = scheduler.run_entry(strand, world.report)
    seconds = time.perf_counter() - started
    world.flush()
    scheduler.kill_owned(owner)  # strands the code spawned do not outlive the measurement
    if isinstance(outcome, Failure):
        raise outcome.error()
    return seconds
