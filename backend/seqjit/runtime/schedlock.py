"""The scheduler lock: with several workers, what the scheduler shares (the
run queue, the sleepers, channels, the strand registry, the stack pool,
I/O waits, the output buffer, the spare blocks) is touched only by the
worker holding it. With one worker none of this is emitted.

A lock, not a lock-free structure: every holder is brief (a queue
operation, a channel operation), and the lock is a word, so taking it
uncontended is one compare-and-swap. Off a strand (a worker's system
stack, the host) it is re-entrant, counted in the worker's `lock_depth`.

On a strand it sticks: an operation takes it (a load and a compare when
this worker holds it already, a compare-and-swap otherwise) and its drop
keeps it, nothing counted. No operation runs Seq code, so none polls:
a strand's poll (seq_rt_attention, which a worker wanting the lock asks
for by poking the holder's guard) is between operations, and hands the
lock over there (seq_sched_lock_unstick), as does a call into C
(seq_rt_ffi_enter). So strands passing values on one worker pay no atomic
instruction and no count for the lock.

A strand that waits (runtime/strands.py, seq_sched_switch) switches
holding the lock, after putting itself in the queue that will wake it. So
no other worker can wake and run the strand while it is still on its own
stack (Go's gopark with an unlock function). The lock is handed over, not
let go and taken again: to the strand it switches to straight away
(seq_sched_handoff), or to the system stack, which goes on holding it
(counted once) to pick the next strand and switches into that strand
holding it. So a switch costs no compare-and-swap.

A worker that wants the lock writes its mark in the wanted word and pokes
the holder (its guard to all-ones, as a preemption does): the holder's
strand hands the lock to it at its next poll, or, off a strand, its last
drop does (the lock word set to the asker's mark, not to 0). Handed, not
let go: a holder that let go would take it again at its strand's next
channel operation, before a worker spinning (and yielding the CPU) for it
looks, over and over, and that worker would spin for as long as strands
pass values (benchmarks/threads.md, "Handed over").
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
    not_null,
    runtime_fn,
    runtime_global,
    store_atomic,
)
from .worker import running, worker_numbered

# The lock word (its first) alone in its cache lines: a worker waiting for
# it reads it over and over, which must not take from the holder the lines
# of what it changes meanwhile (the run queue, counts).
LINES = 128
LOCK = runtime_global(
    "seq_sched_lock", ir.ArrayType(I64, LINES // 8),
    "The scheduler lock (its first word): 0 when free, else 1 + its holder's index.",
    align=LINES,
)
SPINS = 64  # compare-and-swaps tried before yielding the CPU to the holder (a power of 2)
WANTED = runtime_global(
    "seq_sched_lock_wanted", ir.ArrayType(I64, LINES // 8),
    "Its first word is the mark (1 + its index) of a worker waiting for the scheduler lock, "
    "else 0 (a line of its own: every drop reads it).", align=LINES,
)

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
        seen = b.load_atomic(f.glob(LOCK), "acquire", 8, typ=I64)
        trying.exit_if(b.icmp_unsigned("==", seen, me))  # handed over (seq_sched_lock_drop)
        with b.if_then(b.icmp_unsigned("==", seen, const(0)), likely=True):
            swapped = b.cmpxchg(f.glob(LOCK), const(0), me, "acquire", "monotonic")
            trying.exit_if(b.extract_value(swapped, 1))
        # Held: ask for it, now and then (the holder may change).
        every = b.icmp_unsigned("==", b.and_(tries.get(), const(SPINS - 1)), const(0))
        with b.if_then(b.and_(every, b.icmp_unsigned("!=", seen, const(0)))):
            want(f, seen)
        n = b.add(tries.get(), const(1))
        tries.set(n)
        with b.if_then(b.icmp_unsigned(">", n, const(SPINS))):
            f.call("sched_yield")
    taken(f, depth)


def taken(f: Fn, depth: ir.Value) -> None:
    """This worker has just taken the lock, to hold it `depth` times: no
    longer wanted (a worker still waiting asks again)."""
    b = f.b
    store_atomic(b, const(0), f.glob(WANTED), "monotonic")
    worker = running(b)
    worker.lock_depth = depth
    worker.lock_takes = b.add(worker.lock_takes, const(1))  # (runtime/parallel.py)


def wanted_word(f: Fn) -> ir.Value:
    """The wanted word (the mark of a worker waiting for the lock, else 0)."""
    return f.b.load_atomic(f.glob(WANTED), "monotonic", 8, typ=I64)


def want(f: Fn, holder: ir.Value) -> None:
    """Ask `holder` (a lock word: 1 + a worker's index) to hand the lock
    over: the wanted word set to this worker's mark (unless another asked
    first), the holder's guard all-ones. This worker then waits for the
    lock (seq_sched_lock_at), which may come to it at any time."""
    b = f.b
    with b.if_then(b.icmp_signed("==", wanted_word(f), const(0))):
        store_atomic(b, owner(f), f.glob(WANTED), "monotonic")
    index = b.sub(holder, const(1))
    store_atomic(b, const(-1), worker_numbered(f, index).addr("guard"), "monotonic")


@runtime_fn("seq_sched_lock_take", VOID, [], internal=True)
def take(f: Fn) -> None:
    """Take the scheduler lock, or, if this worker holds it (or was handed
    it after asking: its depth is then 0), count it taken once more; on a
    strand, where it sticks, nothing is counted (see drop)."""
    b = f.b
    worker = running(b)
    on_strand = not_null(b, worker.current)
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("==", holder, owner(f)), likely=True):
        with b.if_then(b.not_(on_strand)):
            worker.lock_depth = b.add(worker.lock_depth, const(1))
        b.ret_void()
    f.call("seq_sched_lock_at", b.select(on_strand, worker.lock_depth, const(1)))


@runtime_fn("seq_sched_lock_try", I64, [], internal=True)
def try_(f: Fn) -> ir.Value:
    """Off a strand: returns 1 if this worker holds the scheduler lock
    (still, or taken now with one compare-and-swap: it was free), else 0
    (and the holder is asked to let go)."""
    b = f.b
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("==", holder, owner(f))):
        worker = running(b)
        worker.lock_depth = b.select(b.icmp_signed("<", worker.lock_depth, const(1)), const(1),
                                     worker.lock_depth)
        b.ret(const(1))
    with b.if_then(b.icmp_unsigned("!=", holder, const(0))):
        want(f, holder)
        b.ret(const(0))
    swapped = b.cmpxchg(f.glob(LOCK), const(0), owner(f), "acquire", "monotonic")
    with b.if_then(b.not_(b.extract_value(swapped, 1))):
        b.ret(const(0))
    taken(f, const(1))
    return const(1)


def hold(f: Fn) -> None:
    """In a worker's loop: hold the lock from here on. It is still held
    after a strand switched back (runtime/strands.py, seq_sched_execute).
    An idle worker comes here only to look for work it has seen, or to nap
    (runtime/idle.py): it asks the holder and spins for the lock (yielding
    the CPU after a few tries, as the holder may share its core); polling
    it now and then would lose it, over and over, to a holder passing
    values between strands."""
    b = f.b
    with b.if_then(b.icmp_signed("==", f.call("seq_sched_lock_try"), const(0))):
        f.call("seq_sched_lock_take")


@runtime_fn("seq_sched_lock_drop", VOID, [], internal=True)
def drop(f: Fn) -> None:
    """Undo one `seq_sched_lock_take`. On a strand the lock sticks: its
    operations (which never run Seq code, so never poll) hold it from
    their take to the strand's next poll, where it is handed to a worker
    that asked (seq_sched_lock_unstick), so a channel operation counts
    nothing and its drop is one test. Off a strand, the last drop hands
    the lock to the worker that asked for it, else lets it go."""
    b = f.b
    worker = running(b)
    with b.if_then(not_null(b, worker.current), likely=True):
        b.ret_void()
    depth = b.sub(worker.lock_depth, const(1))
    worker.lock_depth = depth
    with b.if_then(b.icmp_signed("<=", depth, const(0))):
        let_go(f)


@runtime_fn("seq_sched_lock_unstick", VOID, [], internal=True)
def unstick(f: Fn) -> None:
    """A strand's poll found its guard all-ones (seq_rt_attention), or
    compiled code calls C (seq_rt_ffi_enter): if the lock only sticks here
    (on a strand, between operations; off one, held but not taken), hand
    it to the worker that asked for it, or let it go."""
    b = f.b
    worker = running(b)
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    mine = b.icmp_unsigned("==", holder, owner(f))
    loose = b.or_(not_null(b, worker.current), b.icmp_signed("<=", worker.lock_depth, const(0)))
    with b.if_then(b.and_(mine, loose)):
        let_go(f)


def let_go(f: Fn) -> None:
    """Holding the lock no longer (depth 0): hand it to the worker that
    asked for it, else let it go."""
    b = f.b
    asker = wanted_word(f)
    with b.if_else(b.icmp_signed("!=", asker, const(0))) as (asked, free):
        with asked:
            store_atomic(b, const(0), f.glob(WANTED), "monotonic")
            store_atomic(b, asker, f.glob(LOCK), "release")
        with free:
            store_atomic(b, const(0), f.glob(LOCK), "release")


@runtime_fn("seq_sched_lock_release", VOID, [], internal=True)
def release(f: Fn) -> None:
    """Give the lock up if this worker holds it, however many times (on the
    system stack after a strand switched out holding it, and after a
    panic): handed to a worker that asked, as any last drop does."""
    b = f.b
    holder = b.load_atomic(f.glob(LOCK), "monotonic", 8, typ=I64)
    with b.if_then(b.icmp_unsigned("==", holder, owner(f))):
        running(b).lock_depth = const(0)
        let_go(f)
