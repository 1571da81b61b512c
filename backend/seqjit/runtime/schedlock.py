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

LOCK = runtime_global(
    "seq_sched_lock", I64, "The scheduler lock: 0 when free, else 1 + its holder's index."
)
SPINS = 64  # compare-and-swaps tried before yielding the CPU to the holder

extern("sched_yield", I32, [], "libc")


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
    running(b).lock_depth = depth


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


@runtime_fn("seq_sched_lock_hold", VOID, [], internal=True)
def hold(f: Fn) -> None:
    """Take the scheduler lock unless this worker holds it already (a
    worker's loop, which may still hold it from the strand that switched
    back); either way it is held from here on."""
    b = f.b
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("!=", holder, owner(f))):
        f.call("seq_sched_lock_at", const(1))


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
