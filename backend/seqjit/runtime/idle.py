"""Idle workers: spin a little, then nap (several workers; runtime/parallel.py).

Go's model. A worker that finds nothing to run (seq_sched_next) looks
again SPIN_LOOKS times, IDLE_POLL_US apart, counted in
seq_workers_spinning: long enough to see another worker computing, which
it may then steal from. It takes the lock for a look only when something
is in sight, read without the lock (seq_sched_idle_skip). Then it naps
on a futex, its worker's `napping` word, until a waker clears the word
or a timeout passes: the next sleeper's wake time, I/O polling (the
host's worker), HOST_NAP_NS for the host's worker (which also answers
the host: seq_host_wants), and, while some worker's local queue holds
strands it could not steal (its owner was not computing), RETRY_NS
doubling up to MAX_RETRY_NS.

Wakers, holding the scheduler lock where the work is made: a strand put
on the shared run queue, or on a local queue (a spawn, a woken strand
pushed out of runnext; not while the last napper found such work
unstealable), rouses one napping worker unless one spins already, and
counts it spinning. The host's worker is roused for what only it does: a
host call or a failure handed over, a watched strand finished, no strand
left running elsewhere. Stopping the world rouses them all.

No lost wake-up: a worker sets its word while still holding the lock
under which it found nothing, and a waker reads the word under the lock
after making the work. So the worker holding a sticky lock is poked only
when another has work in sight or is about to nap, not ten thousand
times a second.
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
    not_null,
    runtime_fn,
    runtime_global,
    stack_struct,
)
from .parallel import FUTEX_WAIT_PRIVATE, FUTEX_WAKE_PRIVATE, PARKED_WAIT_NS, SYS_FUTEX, TIMESPEC
from .status import STRAND
from .strands import IO_POLL_US
from .threads import WORKERS
from .waitq import WAITQ
from .worker import GO, RUNNING_STRANDS, field_address, running, worker_numbered

SPINNING = runtime_global(
    "seq_workers_spinning", I64, "How many idle workers are looking for work (atomic).")
NAPPERS = runtime_global("seq_workers_napping", I64, "How many idle workers nap (atomic).")
HOPELESS = runtime_global(
    "seq_steal_hopeless", I64, "1 while the last worker to nap saw strands in local queues that "
    "it could not steal: spawns do not rouse another (under the scheduler lock).")

IDLE_POLL_US = 50  # between two looks of a spinning worker
SPIN_LOOKS = 6  # looks before napping (two, IDLE_POLL_US apart, see a worker computing)
RETRY_LOOKS = 2  # looks after a nap that timed out
RETRY_NS = 1_000_000  # the first nap while unstealable strands wait...
MAX_RETRY_NS = 8_000_000  # ...doubling up to this
HOST_NAP_NS = 10_000_000  # the longest the host's worker naps (it answers the host)
LONG_NAP_NS = PARKED_WAIT_NS  # the longest any other worker naps
PR_SET_TIMERSLACK, TIMER_SLACK_NS = 29, 1_000

extern("prctl", I32, [I32], "libc", var_arg=True)


def atomic_add(f: Fn, name: str, delta: int) -> None:
    f.b.atomic_rmw("add", f.glob(name), const(delta), "seq_cst")


def atomic_load(f: Fn, name: str) -> ir.Value:
    return f.b.load_atomic(f.glob(name), "monotonic", 8, typ=I64)


@runtime_fn("seq_sched_timer_slack", VOID, [], internal=True)
def timer_slack(f: Fn) -> None:
    """This thread's sleeps end when asked (Linux adds 50 us by default): a
    spinning worker's two looks IDLE_POLL_US apart, which tell it another
    worker is computing, then take about that long, not twice."""
    f.call("prctl", I32(PR_SET_TIMERSLACK), const(TIMER_SLACK_NS))


@runtime_fn("seq_sched_rouse", I64, [I64], internal=True)
def rouse(f: Fn, index: ir.Value) -> ir.Value:
    """Wake worker `index` if it naps, counting it spinning: returns 1, else 0."""
    b = f.b
    word = worker_numbered(f, index).addr("napping")
    swapped = b.cmpxchg(word, const(1), const(0), "seq_cst", "seq_cst")
    with b.if_then(b.not_(b.extract_value(swapped, 1)), likely=True):
        b.ret(const(0))
    atomic_add(f, NAPPERS, -1)
    atomic_add(f, SPINNING, 1)
    f.call("syscall", const(SYS_FUTEX), word, const(FUTEX_WAKE_PRIVATE), const(1))
    return const(1)


@runtime_fn("seq_sched_rouse_all", VOID, [], internal=True)
def rouse_all(f: Fn) -> None:
    """The world stops: every napping worker wakes (and sees it)."""
    for k in range(WORKERS):
        f.call("seq_sched_rouse", const(k))


@runtime_fn("seq_sched_wake_idle", VOID, [I64], internal=True)
def wake_idle(f: Fn, local: ir.Value) -> None:
    """Holding the lock, having just made work another worker could take
    (on a local queue if `local`, else on the shared run queue): rouse a
    napping worker, the host's last, unless one spins already (it will
    find the work), or, for a local queue, the last to nap found such work
    unstealable, or, for the shared queue, this worker takes it next."""
    b = f.b
    with b.if_then(b.icmp_signed("!=", atomic_load(f, SPINNING), const(0)), likely=True):
        b.ret_void()
    with b.if_then(b.icmp_signed("==", atomic_load(f, NAPPERS), const(0)), likely=True):
        b.ret_void()
    on_local = b.icmp_signed("!=", local, const(0))
    hopeless = b.icmp_signed("!=", f.load(HOPELESS), const(0))
    with b.if_then(b.and_(on_local, hopeless)):
        b.ret_void()
    # This worker runs one strand next: one alone on the shared queue (a
    # strand preempted, a sleeper due) is for no other.
    me, runq = running(b), WAITQ(b, f.address("seq_runq"))
    more = b.or_(b.icmp_unsigned("!=", runq.first, runq.last),
                 b.or_(not_null(b, me.local_last), not_null(b, me.runnext)))
    with b.if_then(b.not_(b.or_(on_local, more))):
        b.ret_void()
    for k in [*range(1, WORKERS), 0]:
        roused = f.call("seq_sched_rouse", const(k))
        with b.if_then(b.icmp_signed("!=", roused, const(0))):
            b.ret_void()


@runtime_fn("seq_sched_idle_skip", I64, [], internal=True)
def skip(f: Fn) -> ir.Value:
    """An idle worker at the start of a round, before taking the lock:
    returns 1 if it spins on without looking, having waited IDLE_POLL_US,
    as nothing it could take or must answer is in sight (read without the
    lock); 0 if it takes the lock and looks (it ran a strand last, or it
    is time to nap, or something is in sight). So a spinning worker takes
    the lock from a busy one only for work."""
    b = f.b
    me = running(b)
    looks = me.idle_looks
    spinning = b.and_(b.icmp_signed(">", looks, const(0)),
                      b.icmp_signed("<", looks, const(SPIN_LOOKS)))
    with b.if_then(b.not_(spinning)):
        b.ret(const(0))
    runq = WAITQ(b, f.address("seq_runq"))
    seen = in_sight(b, runq.addr("first"))
    elsewhere = ir.Constant(ir.IntType(1), 0)  # a strand waits in some runnext (not for this one)
    for k in range(WORKERS):
        other = worker_numbered(f, k)
        seen = b.or_(seen, in_sight(b, other.addr("local_last")))
        elsewhere = b.or_(elsewhere, in_sight(b, other.addr("runnext")))
    # The host's worker also answers host calls and failures handed over,
    # finished entries, I/O, and decides when nothing runs any more.
    host = b.icmp_signed("==", me.index, const(0))
    for queue in ("seq_host_calls", "seq_failures"):
        seen = b.or_(seen, b.and_(host, in_sight(b, WAITQ(b, f.address(queue)).addr("first"))))
    running_none = b.icmp_signed("==", b.load_atomic(f.glob(RUNNING_STRANDS), "monotonic", 8,
                                                     typ=I64), const(0))
    answers = (in_sight(b, f.glob("seq_watched_pending")), in_sight(b, f.glob("seq_io_waiters")),
               b.and_(running_none, b.not_(elsewhere)))
    for answer in answers:
        seen = b.or_(seen, b.and_(host, answer))
    with b.if_then(seen):
        b.ret(const(0))
    me.idle_looks = b.add(looks, const(1))
    f.call("usleep", I32(IDLE_POLL_US))
    return const(1)


def in_sight(b: ir.IRBuilder, address: ir.Value) -> ir.Value:
    """Whether the word at `address` (a queue's end, a flag) is nonzero,
    read without the lock (what it says may change at once)."""
    return not_null(b, b.load_atomic(address, "monotonic", 8, typ=I64))


@runtime_fn("seq_sched_idle_found", VOID, [], internal=True)
def found(f: Fn) -> None:
    """Holding the lock, about to run a strand it found: this worker is
    idle no longer. The last spinner to find work rouses another if more
    waits on the shared run queue."""
    b = f.b
    me = running(b)
    me.idle_looks = const(0)
    me.retry_ns = const(0)
    with b.if_then(b.icmp_signed("!=", me.spinning, const(0)), likely=False):
        me.spinning = const(0)
        b.atomic_rmw("sub", f.glob(SPINNING), const(1), "seq_cst")
        with b.if_then(not_null(b, WAITQ(b, f.address("seq_runq")).first)):
            f.call("seq_sched_wake_idle", const(0))


@runtime_fn("seq_sched_idle_nothing", VOID, [I64], internal=True)
def nothing(f: Fn, io_live: ir.Value) -> None:
    """Holding the lock, having found nothing to run (strands may still run
    elsewhere; `io_live`: strands wait on I/O, which the host's worker
    polls): look again soon (spinning), or nap. Lets the lock go."""
    b = f.b
    me = running(b)
    looks = me.idle_looks
    is_host = b.icmp_signed("==", me.index, const(0))
    first_look = b.icmp_signed("==", looks, const(0))
    none_running = b.icmp_signed("==", f.load(RUNNING_STRANDS), const(0))
    with b.if_then(b.and_(b.and_(b.not_(is_host), first_look), none_running)):
        f.call("seq_sched_rouse", const(0))  # it may have to tell the host: nothing left
    with b.if_then(b.icmp_signed("<", looks, const(SPIN_LOOKS))):
        me.idle_looks = b.add(looks, const(1))
        with b.if_then(b.icmp_signed("==", me.spinning, const(0))):
            me.spinning = const(1)
            atomic_add(f, SPINNING, 1)
        f.call("seq_sched_lock_drop")
        f.call("usleep", I32(IDLE_POLL_US))
        b.ret_void()
    with b.if_then(b.icmp_signed("!=", me.spinning, const(0))):
        me.spinning = const(0)
        atomic_add(f, SPINNING, -1)
    waiting = unstealable_work(f)
    timeout = Var(b, I64, nap_length(f, is_host, waiting))
    first = WAITQ(b, f.address("seq_sleepers")).first
    with b.if_then(not_null(b, first)):
        due = b.sub(STRAND(b, first).wake_at, f.call("seq_rt_nanos"))
        due = b.select(b.icmp_signed("<", due, const(10_000)), const(10_000), due)
        timeout.set(b.select(b.icmp_signed("<", due, timeout.get()), due, timeout.get()))
    with b.if_then(b.and_(is_host, b.icmp_signed("!=", io_live, const(0)))):
        io_ns = const(IO_POLL_US * 1000)
        timeout.set(b.select(b.icmp_signed("<", io_ns, timeout.get()), io_ns, timeout.get()))
    word = field_address(b, "napping")  # (a plain address, for the kernel)
    b.atomic_rmw("xchg", word, const(1), "seq_cst")
    atomic_add(f, NAPPERS, 1)
    go = b.load_atomic(f.glob(GO), "seq_cst", 8, typ=I64)  # (the world may be stopping)
    f.call("seq_sched_lock_drop")
    with b.if_then(b.icmp_signed("!=", go, const(0))):
        wait = stack_struct(b, TIMESPEC)
        span = TIMESPEC(b, wait)
        span.seconds = b.sdiv(timeout.get(), const(1_000_000_000))
        span.nanoseconds = b.srem(timeout.get(), const(1_000_000_000))
        f.call("syscall", const(SYS_FUTEX), word, const(FUTEX_WAIT_PRIVATE), const(1), wait)
    swapped = b.cmpxchg(word, const(1), const(0), "seq_cst", "seq_cst")
    with b.if_else(b.extract_value(swapped, 1)) as (timed_out, woken):
        with timed_out:
            # Looks again before the next nap only for the strands it saw
            # and could not steal: their worker may be computing now.
            atomic_add(f, NAPPERS, -1)
            me.idle_looks = b.select(waiting, const(SPIN_LOOKS - RETRY_LOOKS), const(SPIN_LOOKS))
        with woken:
            me.spinning = const(1)  # (its waker counted it)
            me.idle_looks = const(0)


def unstealable_work(f: Fn) -> ir.Value:
    """Holding the lock, having found nothing to run: whether some worker's
    local queue holds strands all the same (not stolen: that worker was not
    computing). Spawns rouse no one while it is so (seq_steal_hopeless)."""
    b = f.b
    waiting = const(0)
    for k in range(WORKERS):
        waiting = b.or_(waiting, b.zext(not_null(b, worker_numbered(f, k).local_last), I64))
    f.store(HOPELESS, waiting)
    return b.icmp_signed("!=", waiting, const(0))


def nap_length(f: Fn, is_host: ir.Value, waiting: ir.Value) -> ir.Value:
    """How long this worker naps at most: while strands it could not steal
    wait (`waiting`), a retry doubling from RETRY_NS."""
    b = f.b
    me = running(b)
    retry = me.retry_ns
    retry = b.select(b.icmp_signed("<", retry, const(RETRY_NS)), const(RETRY_NS), retry)
    doubled = b.shl(retry, const(1))
    with b.if_then(waiting):
        me.retry_ns = b.select(b.icmp_signed(">", doubled, const(MAX_RETRY_NS)),
                               const(MAX_RETRY_NS), doubled)
    longest = b.select(is_host, const(HOST_NAP_NS), const(LONG_NAP_NS))
    return b.select(b.and_(waiting, b.icmp_signed("<", retry, longest)), retry, longest)


@runtime_fn("seq_sched_idle_reset", VOID, [], internal=True)
def reset(f: Fn) -> None:
    """Holding the lock, every other worker parked (the world stopped):
    no worker spins or naps, and the next run starts afresh."""
    f.store(SPINNING, const(0))
    f.store(NAPPERS, const(0))
    f.store(HOPELESS, const(0))
    for k in range(WORKERS):
        worker = worker_numbered(f, k)
        worker.napping = const(0)
        worker.spinning = const(0)
        worker.idle_looks = const(0)
        worker.retry_ns = const(0)

