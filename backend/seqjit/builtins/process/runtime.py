"""The process around a program: its arguments, exit, clocks."""

from __future__ import annotations

from llvmlite import ir

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

CLOCK_REALTIME, CLOCK_MONOTONIC = 0, 1

ARGC = runtime_global("seq_argc", I64, "How many program arguments (set by the host).")
ARGV = runtime_global(
    "seq_argv", PTR, "The program arguments: an array of String values the host keeps alive."
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


@runtime_fn("seq_rt_exit")
def exit_(f: Fn, status: ir.Value) -> None:
    """Flushes pending output and ends the process with the untagged
    `status` (its low 32 bits). Does not return."""
    f.call("seq_rt_flush")
    f.call("exit", f.b.trunc(status, I32))
    f.b.unreachable()
