"""The workers other than the host's: threads that run strands beside it
while it runs the scheduler (SEQ_THREADS > 1, runtime/threads.py).

Worker 0 is the host's (the engine thread): it alone returns to the host
and calls Python. The others (threads the host starts, live/scheduler.py)
each loop in `seq_worker_run`: take a READY strand off the shared run
queue under the scheduler lock (runtime/schedlock.py), run it until it
switches back, repeat. What only the host's worker may do reaches it
through two queues it empties every round (`seq_sched_inbox`): host calls
(a strand's Python call, made on worker 0, then the strand runs again on
any worker) and failures (a strand's runtime error, unwound to its
worker's loop). A watched strand that finishes anywhere is told to the
host by worker 0 (`seq_watched_pending`).

The world stops whenever the host's worker leaves seq_sched_run
(`seq_world_stop`): `seq_workers_go` goes to 0, every other worker is asked
to preempt its strand, and the host waits until none is busy. So between
two runs of the scheduler, as with one worker, no strand runs: the host
may free, kill, patch code and read strands as before.
"""

from __future__ import annotations

from llvmlite import ir

from .core import JMP_BUF_WORDS
from .irkit import (
    I32,
    I64,
    PTR,
    VOID,
    Fn,
    Layout,
    call_ptr,
    const,
    extern,
    is_null,
    loop,
    not_null,
    runtime_fn,
    runtime_global,
    stack_struct,
)
from .schedlock import hold
from .status import STRAND, State
from .strands import enter_state, forget_running
from .threads import THREADED, WORKERS
from .waitq import WAITABLE, WAITQ
from .worker import (
    GO,
    RUNNING_STRANDS,
    WATCHED_PENDING,
    field_address,
    running,
    worker_numbered,
)

BUSY = runtime_global("seq_workers_busy", I64, "How many other workers are not parked (atomic).")
QUIT = runtime_global(
    "seq_workers_quit", I64, "Set by the host when its scheduler goes: parked workers return."
)
HOST_CALLS = runtime_global(
    "seq_host_calls", WAITABLE.type, "Strands whose host call another worker handed to worker "
    "0: BLOCKED on it, so that :kill takes one out as from a channel."
)
FAILURES = runtime_global(
    "seq_failures", WAITQ.type, "Strands that failed on another worker, for the host."
)
GO_ON = -1  # runtime/strands.py
PARKED_WAIT_NS = 100_000_000  # the longest a parked worker sleeps before it looks again
BUSY_TAKES = 16  # lock takes between two looks that say a worker is not computing
SYS_FUTEX, FUTEX_WAIT_PRIVATE, FUTEX_WAKE_PRIVATE = 202, 128, 129
TIMESPEC = Layout("timespec", [("seconds", I64), ("nanoseconds", I64)])

extern("syscall", I64, [I64], "libc", var_arg=True)
extern("__sigsetjmp", I32, [PTR, I32], "libc's sigsetjmp (returns twice).")

NULL = ir.Constant(PTR, None)


@runtime_fn("seq_world_start", VOID, [], internal=True)
def world_start(f: Fn) -> None:
    """The host's worker runs the scheduler: wake the other workers."""
    b = f.b
    f.call("seq_sched_timer_slack")  # (runtime/idle.py)
    b.atomic_rmw("xchg", f.glob(GO), const(1), "seq_cst")
    f.call("syscall", const(SYS_FUTEX), f.glob(GO), const(FUTEX_WAKE_PRIVATE), const(WORKERS))


@runtime_fn("seq_world_stop", VOID, [], internal=True)
def world_stop(f: Fn) -> None:
    """The host's worker returns to the host: every other worker's strand
    is preempted and the workers park; returns once none is busy."""
    b = f.b
    b.atomic_rmw("xchg", f.glob(GO), const(0), "seq_cst")
    f.call("seq_sched_rouse_all")  # (runtime/idle.py)
    for k in range(1, WORKERS):
        other = worker_numbered(f, k)
        b.atomic_rmw("xchg", other.addr("preempt"), const(1), "seq_cst")
        b.atomic_rmw("xchg", other.addr("guard"), const(-1), "seq_cst")
    with loop(b) as waiting:
        busy = b.load_atomic(f.glob(BUSY), "seq_cst", 8, typ=I64)
        waiting.exit_if(b.icmp_signed("==", busy, const(0)))
        f.call("sched_yield")
    f.call("seq_sched_lock_take")
    gather(f)
    f.call("seq_sched_idle_reset")
    f.call("seq_sched_lock_drop")


@runtime_fn("seq_sched_inbox", I64, [], internal=True)
def inbox(f: Fn) -> ir.Value:
    """On the host's worker, holding the lock: make the host calls other
    workers handed over (letting the lock go meanwhile), then return
    PANICKED for a strand that failed elsewhere (in seq_failed_strand), or
    WATCHED_FINISHED for a watched strand that finished elsewhere, else
    GO_ON."""
    b = f.b
    with loop(b) as calls:
        s = f.call("seq_waitq_dequeue", f.address(HOST_CALLS))
        calls.exit_if(is_null(b, s))
        strand = STRAND(b, s)
        strand.waiting_on = NULL
        strand.state = const(State.RUNNING)  # in its host call, as with one worker
        f.call("seq_sched_lock_drop")
        f.call("seq_trace_restore", s)  # (a test's failed assertion reads it)
        call_ptr(b, strand.host_thunk, ir.FunctionType(VOID, [PTR]), [strand.host_block])
        f.call("seq_sched_lock_take")
        f.call("seq_sched_push_front", s)
    failed = f.call("seq_waitq_dequeue", f.address(FAILURES))
    with b.if_then(not_null(b, failed), likely=False):
        f.store("seq_failed_strand", failed)
        f.store("seq_panic_message", STRAND(b, failed).failure)
        f.call("seq_trace_restore", failed)
        b.ret(const(3))  # Run.PANICKED
    with b.if_then(b.icmp_signed("!=", f.load(WATCHED_PENDING), const(0))):
        f.store(WATCHED_PENDING, const(0))
        b.ret(const(2))  # Run.WATCHED_FINISHED
    return const(GO_ON)


@runtime_fn("seq_sched_hand_to_host", VOID, [PTR], internal=True)
def hand_to_host(f: Fn, s: ir.Value) -> None:
    """Borrows `s`, which asked this worker (not the host's) for a host call:
    worker 0 makes it (seq_sched_inbox)."""
    b = f.b
    worker, strand = running(b), STRAND(b, s)
    strand.host_thunk = worker.host_thunk
    strand.host_block = worker.host_block
    f.call("seq_trace_keep", s, NULL)
    f.call("seq_sched_lock_take")
    enter_state(f, s, const(State.BLOCKED))
    strand.waiting_on = f.address(HOST_CALLS)
    f.call("seq_waitq_enqueue", f.address(HOST_CALLS), s)
    f.call("seq_sched_rouse", const(0))
    f.call("seq_sched_lock_drop")


def park(f: Fn) -> None:
    """Until the host's worker runs the scheduler: this worker is not busy.
    Returns from the worker's loop once the host quits (its engine, whose
    code this is, may go)."""
    b = f.b
    with loop(b) as parked:
        with b.if_then(b.icmp_signed("!=", f.load(QUIT), const(0)), likely=False):
            b.ret_void()
        b.atomic_rmw("add", f.glob(BUSY), const(1), "seq_cst")
        go = b.load_atomic(f.glob(GO), "seq_cst", 8, typ=I64)
        parked.exit_if(b.icmp_signed("!=", go, const(0)))
        b.atomic_rmw("sub", f.glob(BUSY), const(1), "seq_cst")
        wait = stack_struct(b, TIMESPEC)
        timeout = TIMESPEC(b, wait)
        timeout.seconds = const(0)
        timeout.nanoseconds = const(PARKED_WAIT_NS)
        f.call("syscall", const(SYS_FUTEX), f.glob(GO), const(FUTEX_WAIT_PRIVATE), const(0),
               wait)


def land(f: Fn) -> None:
    """After a panic unwound to this worker's loop: the strand that failed
    goes to the host's worker (seq_failures)."""
    b = f.b
    worker = running(b)
    s = worker.current
    worker.current = NULL
    worker.guard = const(0)
    worker.ds_limit = const(-1)
    worker.releasing = const(0)
    f.call("seq_sched_lock_release")
    b.atomic_rmw("sub", f.glob(BUSY), const(1), "seq_cst")  # busy again in park()
    with b.if_then(not_null(b, s)):
        f.call("seq_trace_keep", s, STRAND(b, s).failure)
        f.call("seq_sched_lock_take")
        forget_running(f, s)
        # Ended: no :strands shows it, no :kill frees it before the host has it.
        enter_state(f, s, const(State.DONE))
        f.call("seq_waitq_enqueue", f.address(FAILURES), s)
        f.call("seq_sched_rouse", const(0))
        f.call("seq_sched_lock_drop")



@runtime_fn("seq_worker_run")
def worker_run(f: Fn, index: ir.Value) -> None:
    """The loop of worker `index` (not 0), on a thread of its own whose
    %gs points at it: runs READY strands while the host's worker runs the
    scheduler, parks otherwise, until the host quits (seq_workers_quit)."""
    b = f.b
    f.fn.attributes.add("noinline")
    point = b.alloca(ir.ArrayType(I64, JMP_BUF_WORDS))
    setjmp = f.callee("__sigsetjmp")
    setjmp.attributes.add("returns_twice")
    running(b).unwind_point = b.bitcast(point, PTR)
    f.call("seq_sched_timer_slack")
    started = b.icmp_signed("==", b.call(setjmp, [point, I32(1)]), I32(0))
    with b.if_then(b.not_(started), likely=False):
        land(f)
    with loop(b):
        park(f)
        with loop(b) as rounds:
            go = b.load_atomic(f.glob(GO), "seq_cst", 8, typ=I64)
            rounds.exit_if(b.icmp_signed("==", go, const(0)))
            # Spinning with nothing in sight: no look (runtime/idle.py).
            rounds.next_if(b.icmp_signed("!=", f.call("seq_sched_idle_skip"), const(0)))
            hold(f)
            sleepers = f.address("seq_sleepers")
            with b.if_then(not_null(b, WAITQ(b, sleepers).first)):
                f.call("seq_sched_wake_due", f.call("seq_rt_nanos"))
            s = f.call("seq_sched_next")
            with b.if_else(is_null(b, s)) as (nothing, something):
                with nothing:
                    f.call("seq_sched_idle_nothing", const(0))  # spin or nap (runtime/idle.py)
                with something:
                    f.call("seq_sched_idle_found")
                    f.call("seq_sched_execute", s)
        f.call("seq_sched_lock_release")
        b.atomic_rmw("sub", f.glob(BUSY), const(1), "seq_cst")


# --- where READY strands wait (several workers) -------------------------------------------


@runtime_fn("seq_sched_wake", VOID, [PTR], internal=True)
def wake(f: Fn, s: ir.Value) -> None:
    """Borrows `s`, in no queue, which the running strand just woke (a
    channel handover): it is READY and, with several workers, runs next on
    this one, where what it was sent is (the strand woken before it, if
    still waiting, goes to the front of the local queue). So two strands
    passing values back and forth stay on one worker."""
    b = f.b
    worker = running(b)
    if not THREADED:
        f.call("seq_sched_push_front", s)
        return
    with b.if_then(is_null(b, worker.current)):
        f.call("seq_sched_push_front", s)
        b.ret_void()
    enter_state(f, s, const(State.READY))
    before = worker.runnext
    with b.if_then(not_null(b, before)):
        f.call("seq_waitq_push", field_address(b, "local_first"), before)
        f.call("seq_sched_wake_idle", const(1))
    worker.runnext = s


@runtime_fn("seq_sched_next", PTR, [], internal=True)
def next_strand(f: Fn) -> ir.Value:
    """Holding the lock: the READY strand this worker runs next (taken out of
    its queue), or null: its runnext, its local queue's first, the shared
    run queue's first, else the last (oldest) of another worker's local
    queue (stolen) if that worker is computing: it has switched into no
    strand and taken the lock fewer than BUSY_TAKES times since an idle
    worker last looked (runtime/idle.py: IDLE_POLL_US or more ago). A worker going through
    short strands or channel operations is left alone: strands that pass
    values to each other run fastest on one worker, where the lock and
    their values stay in its cache, and taking them would only make both
    workers queue for the lock."""
    b = f.b
    worker = running(b)
    s = worker.runnext
    with b.if_then(not_null(b, s), likely=True):
        worker.runnext = NULL
        b.ret(s)
    for queue in (field_address(b, "local_first"), f.address("seq_runq")):
        s = f.call("seq_waitq_dequeue", queue)
        with b.if_then(not_null(b, s)):
            b.ret(s)
    for k in range(WORKERS):
        victim = worker_numbered(f, k)
        last = victim.local_last
        other = b.icmp_signed("!=", worker.index, const(k))
        with b.if_then(b.and_(other, not_null(b, last))):
            ran, takes = victim.strands_run, victim.lock_takes
            computing = b.and_(b.icmp_signed("==", ran, victim.looked_at),
                               b.icmp_signed("<", b.sub(takes, victim.looked_takes),
                                             const(BUSY_TAKES)))
            victim.looked_at = ran
            victim.looked_takes = takes
            with b.if_then(computing):
                f.call("seq_waitq_remove", victim.addr("local_first"), last)
                b.ret(last)
    return NULL


@runtime_fn("seq_sched_busy_elsewhere", I64, [], internal=True)
def busy_elsewhere(f: Fn) -> ir.Value:
    """Holding the lock: 1 when a strand runs on some worker or waits in a
    worker's runnext or local queue (which seq_sched_next may not take
    yet), else 0: then no READY strand is out of the host's worker's
    sight."""
    b = f.b
    busy = b.icmp_signed(">", f.load(RUNNING_STRANDS), const(0))
    for k in range(WORKERS):
        victim = worker_numbered(f, k)
        busy = b.or_(busy, b.or_(not_null(b, victim.runnext), not_null(b, victim.local_last)))
    return b.zext(busy, I64)


def gather(f: Fn) -> None:
    """Holding the lock, every worker parked: every READY strand goes back
    into the shared run queue (runnexts first), so that between two runs of
    the scheduler they are where one worker keeps them."""
    b = f.b
    runq = f.address("seq_runq")
    for k in range(WORKERS):
        victim = worker_numbered(f, k)
        with loop(b) as draining:
            last = victim.local_last
            draining.exit_if(is_null(b, last))
            f.call("seq_waitq_remove", victim.addr("local_first"), last)
            f.call("seq_waitq_push", runq, last)
    for k in range(WORKERS):
        victim = worker_numbered(f, k)
        s = victim.runnext
        with b.if_then(not_null(b, s)):
            victim.runnext = NULL
            f.call("seq_waitq_push", runq, s)
