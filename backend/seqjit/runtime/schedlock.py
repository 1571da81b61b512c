"""The scheduler lock: with several workers, what the scheduler shares (the
run queue, the sleepers, channels, the strand registry, the stack pool,
I/O waits, the output buffer, the spare blocks) is touched only by the
worker holding it. With one worker none of this is emitted.

A lock, not a lock-free structure: every holder is brief (a queue
operation, a channel operation), and the lock is a word, so taking it
uncontended is one compare-and-swap. It is re-entrant per worker (a
channel released inside a send takes it again), counted in the worker's
`lock_depth`.

A strand that waits (runtime/strands.py, seq_sched_switch) switches to
its worker's system stack holding the lock, after putting itself in the
queue that will wake it. So no other worker can wake and run the strand
while it is still on its own stack (Go's gopark with an unlock function).
The lock is handed over, not let go and taken again: the system stack goes
on holding it to pick the next strand, and switches into that strand
holding it; the strand counts it held at the depth it had when it switched
out, and lets it go as it returns from what it was doing (a channel
operation, a sleep). A strand's first switch lands in seq_strand_entry,
which lets it go. So a switch costs no compare-and-swap.
"""

from __future__ import annotations

from llvmlite import ir

from .irkit import (
    I32,
    I64,
    VOID,
    Fn,
    Var,
    const,
    extern,
    loop,
    runtime_fn,
    runtime_global,
    store_atomic,
)
from .worker import running

# The lock word (its first) alone in its cache lines: a worker waiting for
# it reads it over and over, which must not take from the holder the lines
# of what it changes meanwhile (the run queue, counts).
LINES = 128
LOCK = runtime_global(
    "seq_sched_lock", ir.ArrayType(I64, LINES // 8),
    "The scheduler lock (its first word): 0 when free, else 1 + its holder's index.",
    align=LINES,
)
SPINS = 64  # compare-and-swaps tried before yielding the CPU to the holder

extern("sched_yield", I32, [], "libc")
extern("usleep", I32, [I32], "libc")


def owner(f: Fn) -> ir.Value:
    """This worker's mark in the lock word."""
    return f.b.add(running(f.b).index, const(1))


@runtime_fn("seq_sched_lock_at", VOID, [I64], internal=True)
def take_at(f: Fn, depth: ir.Value) -> None:
    """Take the lock, which this worker does not hold, and count it held
    `depth` times (a strand running again holds it as it did when it
    switched out)."""
    b = f.b
    me = owner(f)
    tries = Var(b, I64, const(0))
    with loop(b) as trying:
        seen = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
        with b.if_then(b.icmp_unsigned("==", seen, const(0)), likely=True):
            swapped = b.cmpxchg(f.glob(LOCK), const(0), me, "acquire", "monotonic")
            trying.exit_if(b.extract_value(swapped, 1))
        n = b.add(tries.get(), const(1))
        tries.set(n)
        with b.if_then(b.icmp_unsigned(">", n, const(SPINS))):
            f.call("sched_yield")
    worker = running(b)
    worker.lock_depth = depth
    worker.lock_takes = b.add(worker.lock_takes, const(1))  # (runtime/parallel.py)


@runtime_fn("seq_sched_lock_take", VOID, [], internal=True)
def take(f: Fn) -> None:
    """Take the scheduler lock, or count it taken once more if this worker
    holds it."""
    b = f.b
    worker = running(b)
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("==", holder, owner(f))):
        worker.lock_depth = b.add(worker.lock_depth, const(1))
        b.ret_void()
    f.call("seq_sched_lock_at", const(1))


@runtime_fn("seq_sched_lock_try", I64, [], internal=True)
def try_(f: Fn) -> ir.Value:
    """Returns 1 if this worker holds the scheduler lock (still, or taken
    now with one compare-and-swap: it was free), else 0."""
    b = f.b
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("==", holder, owner(f))):
        b.ret(const(1))
    with b.if_then(b.icmp_unsigned("!=", holder, const(0))):
        b.ret(const(0))
    swapped = b.cmpxchg(f.glob(LOCK), const(0), owner(f), "acquire", "monotonic")
    with b.if_then(b.not_(b.extract_value(swapped, 1))):
        b.ret(const(0))
    worker = running(b)
    worker.lock_depth = const(1)
    worker.lock_takes = b.add(worker.lock_takes, const(1))
    return const(1)


def hold(f: Fn, poll_us: int) -> None:
    """In a worker's loop: hold the lock from here on. It is still held
    after a strand switched back (runtime/strands.py, seq_sched_execute),
    so a worker that must take it has nothing to do: it never spins, but
    looks again after `poll_us` while another worker holds it. A spinning
    idle worker would take the CPU from the holder (both may share one
    core) and keep its cache line moving."""
    b = f.b
    with loop(b) as waiting:
        waiting.exit_if(b.icmp_signed("!=", f.call("seq_sched_lock_try"), const(0)))
        f.call("usleep", I32(poll_us))


@runtime_fn("seq_sched_lock_drop", VOID, [], internal=True)
def drop(f: Fn) -> None:
    """Undo one `seq_sched_lock_take`: the last one lets the lock go."""
    b = f.b
    worker = running(b)
    depth = b.sub(worker.lock_depth, const(1))
    worker.lock_depth = depth
    with b.if_then(b.icmp_signed("<=", depth, const(0))):
        store_atomic(b, const(0), f.glob(LOCK), "release")


@runtime_fn("seq_sched_lock_release", VOID, [], internal=True)
def release(f: Fn) -> None:
    """Let the lock go if this worker holds it, however many times (on the
    system stack after a strand switched out holding it, and after a
    panic)."""
    b = f.b
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("==", holder, owner(f))):
        running(b).lock_depth = const(0)
        store_atomic(b, const(0), f.glob(LOCK), "release")
