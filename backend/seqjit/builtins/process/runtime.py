"""The process around a program: its arguments, exit, clocks."""

from __future__ import annotations

from llvmlite import ir

from ...runtime.core import panic_format
from ...runtime.irkit import (
    I32,
    I64,
    PTR,
    VOID,
    Fn,
    Layout,
    alloca_once,
    const,
    extern,
    runtime_fn,
    runtime_global,
)
from ...runtime.strands import NEVER
from ..strings.runtime import empty_string

CLOCK_REALTIME, CLOCK_MONOTONIC = 0, 1
NANOS_PER_MS = 1_000_000

ARGC = runtime_global("seq_argc", I64, "How many program arguments (set by the host).")
ARGV = runtime_global(
    "seq_argv", PTR, "The program arguments: an array of String values the host keeps alive."
)

EXIT_CAUGHT = runtime_global(
    "seq_exit_caught", I64, "Nonzero (a REPL or notebook, set by the host): os.exit ends the "
    "running entry with a runtime error instead of the process, as IPython catches sys.exit."
)

# libc's struct timespec on 64-bit targets.
TIMESPEC = Layout("timespec", [("seconds", I64), ("nanos", I64)])

extern("clock_gettime", I32, [I32, PTR], "libc: read clock `id` into a timespec.")
extern("exit", VOID, [I32], "libc: end the process with a status.")


def nanos_of(f: Fn, clock_id: int) -> ir.Value:
    """Clock `clock_id`'s reading in nanoseconds."""
    b = f.b
    ts = TIMESPEC(b, alloca_once(b, ir.ArrayType(I64, 2)))
    f.call("clock_gettime", ir.Constant(I32, clock_id), ts.ptr)
    return b.add(b.mul(ts.seconds, const(1_000_000_000)), ts.nanos)


@runtime_fn("seq_rt_nanos")
def nanos(f: Fn) -> ir.Value:
    """Returns the monotonic clock in nanoseconds."""
    return nanos_of(f, CLOCK_MONOTONIC)


@runtime_fn("seq_rt_micros_since_epoch")
def micros_since_epoch(f: Fn) -> ir.Value:
    """Returns the wall clock in microseconds since the Unix epoch."""
    return f.b.sdiv(nanos_of(f, CLOCK_REALTIME), const(1000))


@runtime_fn("seq_rt_arg_at")
def arg_at(f: Fn, index: ir.Value) -> ir.Value:
    """`args.at`: returns the program argument at the untagged `index` (a
    new reference), "" past the last one, as the reference does; a negative
    index is a runtime error. Nothing is read outside the arguments (a
    session with none has no array at all)."""
    b = f.b
    with b.if_then(b.icmp_signed("<", index, const(0)), likely=False):
        panic_format(f, "args.at: index must be non-negative, got %lld", index)
    with b.if_then(b.icmp_signed(">=", index, f.load(ARGC))):
        b.ret(empty_string(f))
    arg = b.load(b.gep(f.load(ARGV), [index], source_etype=I64), typ=I64)
    f.call("seq_incref", arg)
    return arg


@runtime_fn("seq_rt_sleep_ms")
def sleep_ms(f: Fn, ms: ir.Value) -> None:
    """`time.sleep-ms`: the running strand sleeps for the untagged `ms`
    milliseconds; a negative duration is a runtime error. A wake time past
    what the clock can count saturates (the strand sleeps for good) rather
    than wrapping into the past."""
    b = f.b
    with b.if_then(b.icmp_signed("<", ms, const(0)), likely=False):
        panic_format(f, "time.sleep-ms: duration must be non-negative, got %lld", ms)
    now = f.call("seq_rt_nanos")
    room = b.sdiv(b.sub(const(NEVER), now), const(NANOS_PER_MS))
    until = b.add(now, b.mul(ms, const(NANOS_PER_MS)))
    f.call("seq_rt_sleep_until", b.select(b.icmp_signed(">=", ms, room), const(NEVER), until))


@runtime_fn("seq_rt_exit")
def exit_(f: Fn, status: ir.Value) -> None:
    """Flushes pending output and ends the process with the untagged
    `status` (its low 32 bits); in an interactive session (seq_exit_caught)
    it raises a runtime error saying so instead, which ends only the entry
    (or the strand) that called it. Does not return."""
    b = f.b
    f.call("seq_rt_flush")
    with b.if_then(b.icmp_signed("!=", f.load(EXIT_CAUGHT), const(0))):
        panic_format(f, "os.exit %d caught: the session goes on (:quit leaves it)",
                     b.trunc(status, I32))
    f.call("exit", b.trunc(status, I32))
    b.unreachable()
