"""Strands and the scheduler, as IR.

Invariants (stated first, as Go's proc.go does):
- Workers run Seq code: the host's (worker 0, the engine thread) and, with
  SEQ_THREADS=N (runtime/threads.py), N-1 threads beside it, which run
  strands only while worker 0 is inside seq_sched_run (runtime/parallel.py:
  the world stops whenever it returns; by default one worker per CPU).
  With one worker (SEQ_THREADS=1) none of the lock, atomic or parallel
  code below is emitted. Each worker runs its scheduler on its thread's
  own stack (the "system stack"); every strand, `main` included, runs on
  a native stack from the pool. Python is only ever called on worker 0,
  from its system stack
  (`seq_rt_on_system_stack`; other workers hand host calls to it).
- What belongs to one worker is its Worker struct (runtime/worker.py),
  reached through %gs: the running strand (`current`, null on the system
  stack), the system stack pointer, the stack limits compiled code polls,
  the switch reason, a host call's thunk, the release worklist, its local
  run queue and runnext. A host thread touches a worker only to ask for
  attention (its `guard` set to all-ones, `preempt` set).
- Every other global here (the run queue, sleepers, registry, stack pool,
  finished log, ids) and every channel, I/O wait record and the output
  buffer are touched only by the worker holding the scheduler lock
  (runtime/schedlock.py; `locked=True` functions take it). A strand that
  waits switches out holding it; its worker's system stack keeps it to
  pick the next strand and hands it to that one. Between operations it
  sticks to a worker running strands until another worker asks for it.
  The host touches them only between runs (no worker runs then).
- A strand is in at most one wait queue at a time (runtime/waitq.py),
  linked through its `next` field: the run queue (READY), the sleepers
  (SLEEPING, ordered by wake time), or the queue of the Waitable its
  `waiting_on` points at (BLOCKED: a channel, an I/O wait record of
  runtime/iowait.py, whose only waiter it is, or, with several workers,
  the queue of host calls worker 0 makes: runtime/parallel.py). A running or parked (weave)
  strand is in none. So `seq_strand_kill` finds any strand that is not
  running by looking in those three queues.
- Each round of `seq_sched_run` calls `seq_io_service` (runtime/iowait.py),
  which polls the descriptors strands wait on and wakes those that are
  ready: at most once a millisecond without waiting while strands are
  runnable; when none is, waiting until the next sleeper is due (in short
  slices). Strands waiting on I/O are live: the scheduler never reports
  "nothing left" while one waits.
- A strand's native stack is taken from the pool when it first runs and
  given back when it finishes; a strand that never ran costs only its
  struct and the values it will start with. Fresh regions are mapped up to
  `seq_region_budget` (what vm.max_map_count leaves the host, runtime/host.py);
  a strand that cannot have one fails with a runtime error of its own, and
  `strand.spawn` maps the next region while the spawner can still be told.
- Newly spawned and newly woken strands go to the front of the run queue
  (so a tree of spawns runs depth-first, keeping few strands started);
  strands that yield or are preempted go to the back (so none starves).
  With several workers, a strand spawned by a strand goes to the front of
  its worker's local queue, one woken by a send to the sender's worker's
  runnext; idle workers take from the shared queue, then steal the oldest
  of another's local queue if that worker is computing (it neither
  switched nor took the lock more than a few times since an idle worker
  last looked); when the world stops, all go back to the shared queue.
  A worker with nothing to run looks a few times, then naps on a futex;
  whoever puts a strand where another worker could take it rouses one
  (runtime/idle.py).
- A strand that blocks or sleeps switches straight to the strand the
  system stack's round would run next (seq_sched_handoff), at most
  HANDOFFS times in a row: only a round serves the host, I/O, sleepers and
  what other workers hand to worker 0. Whatever switches into a strand
  (a round, a handoff, a weave) does so through run_strand.
- Functions that can loop start by comparing the native stack pointer with
  its worker's `guard`. The guard is the current strand's stack limit; the host
  sets it to all-ones to ask for attention (an interrupt, a preemption), so
  one compare serves stack overflow, Ctrl-C and fairness.
- The strand console's records (runtime/status.py) cost nothing per
  message. A send, or a receive of a queued value, adds one to its
  worker's `sent_now` or `received_now` (runtime/worker.py), which count
  for whichever strand runs there (a value handed to a blocked receiver is counted on its record,
  which the send has at hand); every store of
  the worker's `current` that ends a strand's turn (seq_sched_execute when it
  switches back, a weave's resume or yield, a panic) first credits them to
  that strand's record and zeroes them (credit_messages), so a record is
  exact whenever anything else can read it: the host looks only while no
  strand runs (between runs of the scheduler, or in a host call, which
  switched back first). A send records its channel's last sender from
  the worker's `current_id`, set with `current`. Stamps load `seq_clock` once when
  a strand becomes READY (its `since` and, unless preempted or back from a
  host call, its `ran_since`) and once when it waits; a RUNNING strand
  keeps its READY stamp (never seen: the host does not look while it runs).
- Strands the host waits for (main, REPL entries, cells) are counted apart
  (`seq_entry_strands`, their own peak): spawned, done and peak count what
  Seq code spawned.

The strand struct and the status codes are declared in runtime/status.py.
"""

from __future__ import annotations

from llvmlite import ir

from .context import FRAMES, architecture
from .core import OUT_USED, checked, out_of_memory
from .irkit import (
    I32,
    I64,
    PTR,
    VOID,
    Fn,
    Layout,
    Var,
    const,
    extern,
    is_null,
    loop,
    not_null,
    runtime_fn,
    runtime_global,
    while_,
)
from .layout import CLOSURE_OBJ, WEAVE_OBJ, WORD_FN, call_ptr, emit_closure_enter
from .schedlock import hold
from .sharing import share, share_values
from .spares import RECORDS
from .status import STRAND, Flag, Run, State, Switch
from .threads import THREADED
from .unwind import INTERRUPT_FLAG, INTERRUPT_OWNER, INTERRUPT_PASSED, INTERRUPT_PATIENCE
from .waitq import WAITQ, registry_push, registry_remove
from .worker import GO, RUNNING_STRANDS, WATCHED_PENDING, field_address, running

PAGE = 4096
GUARD_MARGIN = 32 * 1024  # room below the guard for runtime and libc frames
DATA_STACK_SLOTS = 1 << 20  # 8 MiB reserved; only the pages used are touched
DATA_MARGIN = 8 * 1024  # slots past the limit a straight-line word may still push
FINISHED_LOG = 64  # finished strand ids remembered for :strands
NEVER = 2**63 - 1  # a wake time no strand reaches
SLEEP_SLICE_US = 100_000  # the longest the thread sleeps at once (then looks again)
GO_ON = -1  # what the parts of seq_sched_run return when the loop goes on (else a Run)
IO_POLL_US = 500  # how often the host's worker polls I/O when it may wait (several workers)
HANDOFFS = 32  # strands switched to straight from a blocking one between two rounds

# A strand's region, taken from the pool when it first runs (one mmap, reused):
#   guard page | native stack (grows down) | guard page | data stack (grows up) | guard page
# A region in the pool links to the next free one from its first writable word.
FREE_REGION = Layout("Free region", [("next_free", PTR)], start=PAGE)
PROT_READ_WRITE, PROT_NONE = 3, 0
MMAP_FLAGS = 0x02 | 0x20 | 0x4000  # MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
MAP_FAILED = -1
WATCHED_EXTRA = 64  # regions past the budget for strands the host waits for
NO_REGION = "out of memory: no room for the stacks of another strand"

RUNQ = runtime_global("seq_runq", WAITQ.type, "The READY strands (a wait queue).")
SLEEPERS = runtime_global("seq_sleepers", WAITQ.type, "The SLEEPING strands, by wake time.")
POOL = runtime_global("seq_stack_pool", PTR, "Regions of finished strands, for reuse.")
REGIONS_MAPPED = runtime_global("seq_regions_mapped", I64, "How many regions were mapped.")
REGION_BUDGET = runtime_global(
    "seq_region_budget", I64, "How many regions may be mapped, set by the host from the "
    "process's budget of memory mappings (-1: no limit).", init=-1
)
REGISTRY = runtime_global("seq_strands", PTR, "Every live strand (through all_next).")
NEXT_ID = runtime_global("seq_next_strand_id", I64, "The id the next strand gets.", init=1)
LIVE = runtime_global("seq_live_strands", I64, "How many strands are in the registry.")
STACK_SIZE = runtime_global(
    "seq_native_stack_size", I64, "Bytes of each native stack (SEQ_STACK_SIZE).", init=128 * 1024
)
NEXT_WAKE = runtime_global("seq_next_wake", I64, "ONLY_SLEEPERS: when the next strand wakes.")
WATCHED_DONE = runtime_global("seq_watched_done", I64, "WATCHED_FINISHED: that strand.")
HOST_WANTS = runtime_global(
    "seq_host_wants_control", I64, "Set by the host: seq_sched_run returns HOST_ASKED."
)
FINISHED_IDS = runtime_global(
    "seq_finished_ids", ir.ArrayType(I64, FINISHED_LOG), "The last finished ids (a ring)."
)
FINISHED_COUNT = runtime_global("seq_finished_count", I64, "How many strands finished.")
CLOCK = runtime_global(
    "seq_clock", I64, "A coarse monotonic clock (ns) the host's ticker advances while strands "
    "run: what a strand's record stamps, one load instead of a clock call."
)
PEAK = runtime_global("seq_peak_strands", I64, "The most strands live at once.")
# The strands the host makes to wait for (main, REPL entries, cells) are
# counted apart from those Seq code spawned, which is what a user counts.
ENTRIES = runtime_global("seq_entry_strands", I64, "Strands the host made to wait for.")
ENTRIES_DONE = runtime_global("seq_entry_strands_done", I64, "How many of those finished.")
ENTRIES_LIVE = runtime_global("seq_entry_strands_live", I64, "How many of those are live.")
PEAK_SPAWNED = runtime_global(
    "seq_peak_spawned", I64, "The most strands Seq code spawned live at once."
)
extern("malloc", PTR, [I64], "libc")
extern("free", VOID, [PTR], "libc")
extern("memcpy", PTR, [PTR, PTR, I64], "libc")
extern("memset", PTR, [PTR, I32, I64], "libc")
extern("mmap", PTR, [PTR, I64, I32, I32, I32, I64], "libc")
extern("mprotect", I32, [PTR, I64, I32], "libc")
extern("munmap", I32, [PTR, I64], "libc")
extern("usleep", I32, [I32], "libc")
extern("llvm.stacksave.p0", PTR, [], "The native stack pointer.")

NULL = ir.Constant(PTR, None)


# --- small pieces the functions below share ----------------------------------------------


def field_or(f: Fn, s: ir.Value, name: str, default: ir.Value) -> ir.Value:
    """`s.name`, or `default` when the strand `s` is null."""
    b = f.b
    result = Var(b, default.type, default)
    with b.if_then(not_null(b, s)):
        result.set(getattr(STRAND(b, s), name))
    return result.get()


def adopt_limits(f: Fn, s: ir.Value) -> None:
    """The live stack limits become those of `s`, which runs from here on."""
    strand = STRAND(f.b, s)
    running(f.b).guard = strand.guard
    running(f.b).ds_limit = strand.ds_limit


def enter_state(f: Fn, s: ir.Value, state: ir.Value) -> ir.Value:
    """`s` is in `state` from now on (its record says since when, which is
    returned)."""
    strand = STRAND(f.b, s)
    strand.state = state
    now = f.load(CLOCK)
    strand.since = now
    return now


def make_ready(f: Fn, s: ir.Value) -> None:
    """`s` is READY from now on, and ends a wait of its own accord (it was
    spawned, woken or yielded): its busy stretch starts (`ran_since`, what
    the watchdog reads). A strand preempted or back from a host call keeps
    its stretch (keep_busy_stretch)."""
    STRAND(f.b, s).ran_since = enter_state(f, s, const(State.READY))


def keep_busy_stretch(f: Fn, s: ir.Value, requeue: str) -> None:
    """Put `s` back in the run queue (`requeue`, a push function) without
    ending its busy stretch: it did not wait of its own accord."""
    strand = STRAND(f.b, s)
    stretch = strand.ran_since
    f.call(requeue, s)
    strand.ran_since = stretch


def run_strand(f: Fn, s: ir.Value) -> None:
    """`s` becomes the running strand (the caller switches to it next). Its
    `since` stays when it became READY (or PARKED): the host reads records
    only while no strand runs, so a RUNNING stamp would never be seen."""
    STRAND(f.b, s).state = const(State.RUNNING)
    worker = running(f.b)
    worker.current = s
    worker.current_id = STRAND(f.b, s).id
    adopt_limits(f, s)


def bump(f: Fn, address: ir.Value, by: ir.Value | None = None) -> None:
    """Add `by` (one unless given) to the i64 at `address` (a pointer to a
    field or a global)."""
    f.b.store(f.b.add(f.b.load(address, typ=I64), by or const(1)), address)


def forget_messages(f: Fn) -> None:
    """Nothing is counted for the running strand: there is none (the host
    may have sent off every strand, before a run of the scheduler or in a
    host call). The next run_strand sets the worker's current_id again."""
    worker = running(f.b)
    worker.sent_now = const(0)
    worker.received_now = const(0)
    worker.current_id = const(0)


def credit_messages(f: Fn, s: ir.Value) -> None:
    """`s`, which ran until now, stops running: what it sent and received
    meanwhile goes into its record. Every store of seq_current that ends a
    strand's turn comes with this, so the records are exact whenever the
    host (or a weave's other strand) can look."""
    strand, worker = STRAND(f.b, s), running(f.b)
    bump(f, strand.addr("sent"), worker.sent_now)
    bump(f, strand.addr("received"), worker.received_now)
    worker.sent_now = const(0)
    worker.received_now = const(0)


def is_watched(f: Fn, s: ir.Value) -> ir.Value:
    """Whether the host waits for `s` (main, a REPL entry)."""
    b = f.b
    return b.icmp_unsigned("!=", b.and_(STRAND(b, s).flags, const(Flag.WATCHED)), const(0))


def region_bytes(f: Fn) -> ir.Value:
    """The size of a strand's region (see the picture above)."""
    return f.b.add(f.load(STACK_SIZE), const(3 * PAGE + 8 * DATA_STACK_SLOTS))


def sleep_until(f: Fn, when: ir.Value) -> None:
    """Block the whole thread towards the monotonic time `when` (ns), if it
    is still to come: for at most SLEEP_SLICE_US, since usleep takes no more
    (and `when` may be NEVER); callers wanting all of it loop."""
    b = f.b
    delay = b.sdiv(b.sub(when, f.call("seq_rt_nanos")), const(1000))
    with b.if_then(b.icmp_signed(">", delay, const(0))):
        slice_us = b.select(b.icmp_signed(">", delay, const(SLEEP_SLICE_US)),
                            const(SLEEP_SLICE_US), delay)
        f.call("usleep", b.trunc(slice_us, I32))


def data_stack_count(f: Fn, base: ir.Value, end: ir.Value) -> ir.Value:
    """How many values lie in [base, end) (addresses as i64 or ptr)."""
    b = f.b
    base, end = (b.ptrtoint(v, I64) if v.type == PTR else v for v in (base, end))
    return b.sdiv(b.sub(end, base), const(8))


# --- the run queue ----------------------------------------------------------------------


@runtime_fn("seq_sched_push_front")
def push_front(f: Fn, s: ir.Value) -> None:
    """Borrows `s`, in no queue: it is READY and runs next (a strand just
    spawned or woken)."""
    make_ready(f, s)
    if THREADED:
        # Spawned by a strand: on its worker's local queue (runtime/parallel.py).
        b = f.b
        with b.if_then(not_null(b, running(b).current)):
            f.call("seq_waitq_push", field_address(b, "local_first"), s)
            f.call("seq_sched_wake_idle", const(1))  # (runtime/idle.py)
            b.ret_void()
    f.call("seq_waitq_push", f.address(RUNQ), s)
    if THREADED:
        f.call("seq_sched_wake_idle", const(0))


@runtime_fn("seq_sched_push_back")
def push_back(f: Fn, s: ir.Value) -> None:
    """Borrows `s`, in no queue: it is READY and runs after every strand
    ready now (a strand that yields or is preempted)."""
    make_ready(f, s)
    f.call("seq_waitq_enqueue", f.address(RUNQ), s)
    if THREADED:
        f.call("seq_sched_wake_idle", const(0))  # (runtime/idle.py)


# --- switching --------------------------------------------------------------------------


@runtime_fn("seq_sched_switch")
def switch(f: Fn, why: ir.Value) -> None:
    """Leave the running strand for the system stack, telling the scheduler
    why (a Switch). Returns when the scheduler (or a weave's resumer) runs
    this strand again. Pending output is written first: every wait (a
    channel, a sleep, I/O, a host call, the scheduler going idle) starts
    here, and output must never wait with it (runtime/core.py). The
    test stays inline: most switches have nothing to write."""
    b = f.b
    blocked = b.icmp_unsigned("==", why, const(Switch.BLOCKED))
    if THREADED:
        # Held across the switch, and handed back with the switch into this
        # strand on whichever worker (runtime/schedlock.py). A strand
        # blocks in an operation that holds it already.
        with b.if_then(b.not_(blocked)):
            f.call("seq_sched_lock_take")
    with b.if_then(b.icmp_signed("!=", f.load(OUT_USED), const(0)), likely=False):
        f.call("seq_rt_flush")
    worker = running(b)
    s = worker.current
    worker.switch_reason = why
    to = Var(b, PTR, worker.system_sp)
    with b.if_then(blocked):
        following = f.call("seq_sched_handoff")
        with b.if_then(not_null(b, following), likely=True):
            worker.handoffs = b.add(worker.handoffs, const(1))
            credit_messages(f, s)
            poked = b.icmp_signed("==", worker.guard, const(-1))  # (another worker asked)
            run_strand(f, following)
            with b.if_then(poked, likely=False):
                worker.guard = const(-1)  # still asked: `following` answers at its first poll
            switched_in(f)
            to.set(STRAND(b, following).saved_sp)
    f.call("seq_ctx_switch", STRAND(f.b, s).addr("saved_sp"), to.get())
    adopt_limits(f, s)  # back on this strand: its limits are the live ones again


@runtime_fn("seq_sched_handoff", PTR, [], internal=True)
def handoff(f: Fn) -> ir.Value:
    """Holding the lock (several workers), for the running strand about to
    block (already in the queue that will wake it): the READY strand it
    switches to straight away, taken out of its queue and with its region,
    or null (it switches to the system stack). So two strands passing
    values switch once per value, not twice, as Go's runnext inherits the
    time slice. The next is the one the system stack's round would pick:
    the front of the run queue (one worker), else this worker's runnext or
    local queue's front. Null after HANDOFFS in a row (the round also
    serves the host, I/O, sleepers and, on worker 0, what other workers
    handed over), when the strand was to be preempted anyway (the request
    is answered), on an interrupt, or when the host asks for control (on
    its worker). (If the world stops, the strand switched to stops at its
    first poll: switched_in.)"""
    b = f.b
    worker = running(b)
    preempted = b.icmp_signed("!=", worker.preempt, const(0))
    with b.if_then(preempted, likely=False):
        worker.preempt = const(0)  # answered: this strand stops running anyway
    host_asks = b.icmp_signed("!=", f.load(HOST_WANTS), const(0))
    if THREADED:
        # Only the host's worker answers it (the others' rounds would not).
        host_asks = b.and_(host_asks, b.icmp_signed("==", worker.index, const(0)))
    asked = b.or_(preempted, host_asks)
    asked = b.or_(asked, b.icmp_signed("!=", f.load(INTERRUPT_FLAG), const(0)))
    in_a_row = b.sub(worker.handoffs, worker.handoffs_then)
    with b.if_then(b.or_(asked, b.icmp_signed(">=", in_a_row, const(HANDOFFS))), likely=False):
        b.ret(NULL)
    queue = f.address(RUNQ)
    if THREADED:
        following = worker.runnext
        with b.if_then(not_null(b, following), likely=True):
            ready_to_run(f, following)
            worker.runnext = NULL
            b.ret(following)
        queue = field_address(b, "local_first")
    following = WAITQ(b, queue).first
    with b.if_then(is_null(b, following)):
        b.ret(NULL)
    ready_to_run(f, following)
    f.call("seq_waitq_dequeue", queue)
    return following


def ready_to_run(f: Fn, s: ir.Value) -> None:
    """In seq_sched_handoff: returns null unless `s` has its region (taken
    now if it never ran; if none can be had, the system stack's round
    fails it)."""
    b = f.b
    with b.if_then(is_null(b, STRAND(b, s).stack_mem), likely=False):
        prepared = f.call("seq_strand_prepare", s)
        with b.if_then(b.icmp_signed("==", prepared, const(0)), likely=False):
            b.ret(NULL)


@runtime_fn("seq_sched_block")
def block(f: Fn, state: ir.Value) -> None:
    """The running strand, already in the queue that will wake it, goes to
    sleep in `state` (BLOCKED or SLEEPING) until it is woken."""
    s = running(f.b).current
    enter_state(f, s, state)
    f.call("seq_sched_switch", const(Switch.BLOCKED))


@runtime_fn("seq_rt_yield", locked=True)
def yield_(f: Fn) -> None:
    """`chan.yield`: the running strand goes to the back of the run queue
    and the others get a turn. Off a strand, nothing."""
    b = f.b
    s = running(f.b).current
    with b.if_then(not_null(b, s)):
        f.call("seq_sched_push_back", s)
        f.call("seq_sched_switch", const(Switch.SWITCHED))


@runtime_fn("seq_rt_on_system_stack")
def on_system_stack(f: Fn, thunk: ir.Value, data: ir.Value) -> None:
    """Run `thunk(data)` where Python may run: right here off a strand, else
    on the system stack (the scheduler calls it and runs this strand next)."""
    b = f.b
    thunk_type = ir.FunctionType(VOID, [PTR])
    with b.if_else(is_null(b, running(f.b).current)) as (direct, bridged):
        with direct:
            call_ptr(b, thunk, thunk_type, [data])
        with bridged:
            running(f.b).host_thunk = thunk
            running(f.b).host_block = data
            f.call("seq_sched_switch", const(Switch.HOST_CALL))


# --- memory regions ---------------------------------------------------------------------


@runtime_fn("seq_region_take", PTR, [I64], internal=True)
def take_region(f: Fn, beyond_budget: ir.Value) -> ir.Value:
    """Returns a region for a strand about to run for the first time: one
    from the pool, else a fresh mapping with its three guard pages; null
    when none can be had (out of address space or of memory mappings, or
    seq_region_budget is spent, of which `beyond_budget` regions more may
    be mapped)."""
    b = f.b
    memory = f.load(POOL)
    with b.if_then(not_null(b, memory), likely=True):
        f.store(POOL, FREE_REGION(b, memory).next_free)
        b.ret(memory)
    budget = f.load(REGION_BUDGET)
    mapped_so_far = f.load(REGIONS_MAPPED)
    over_budget = b.and_(b.icmp_signed(">=", budget, const(0)),
                         b.icmp_signed(">=", mapped_so_far, b.add(budget, beyond_budget)))
    with b.if_then(over_budget, likely=False):
        b.ret(NULL)
    size = region_bytes(f)
    mapped = f.call("mmap", NULL, size, I32(PROT_READ_WRITE), I32(MMAP_FLAGS), I32(-1), const(0))
    start = b.ptrtoint(mapped, I64)
    with b.if_then(b.icmp_signed("==", start, const(MAP_FAILED)), likely=False):
        b.ret(NULL)
    native_end = b.add(start, b.add(f.load(STACK_SIZE), const(PAGE)))
    data_end = b.add(native_end, const(PAGE + 8 * DATA_STACK_SLOTS))
    for guard_page in (start, native_end, data_end):
        # Each guard page splits the mapping, which can exceed the process's
        # budget of mappings (vm.max_map_count): no region without its guards.
        failed = f.call("mprotect", b.inttoptr(guard_page, PTR), const(PAGE), I32(PROT_NONE))
        with b.if_then(b.icmp_signed("!=", failed, I32(0)), likely=False):
            f.call("munmap", mapped, size)
            b.ret(NULL)
    f.store(REGIONS_MAPPED, b.add(mapped_so_far, const(1)))
    return mapped


@runtime_fn("seq_region_give", VOID, [PTR], internal=True)
def give_region(f: Fn, memory: ir.Value) -> None:
    """Consumes `memory`, a finished strand's region: back into the pool."""
    FREE_REGION(f.b, memory).next_free = f.load(POOL)
    f.store(POOL, memory)


@runtime_fn("seq_strand_prepare", I64, [PTR], internal=True, locked=True)
def prepare(f: Fn, s: ir.Value) -> ir.Value:
    """Borrows `s`, a strand that never ran: gives it a region, moves the
    values it starts with onto its data stack, and lays out its native stack
    so that the first switch into it lands in `seq_strand_trampoline`.
    Returns 1, or 0 (and `s` is as it was) when no region can be had."""
    b = f.b
    strand = STRAND(b, s)
    # What the host waits for (a REPL entry) may go past the budget a
    # little, so a session whose strands hold every region can still run
    # the entry that ends them.
    watched = is_watched(f, s)
    memory = f.call("seq_region_take", b.select(watched, const(WATCHED_EXTRA), const(0)))
    with b.if_then(is_null(b, memory), likely=False):
        b.ret(const(0))
    strand.stack_mem = memory
    base = b.ptrtoint(memory, I64)
    top = b.add(base, b.add(f.load(STACK_SIZE), const(PAGE)))  # the native stack's top
    ds = b.add(top, const(PAGE))
    strand.ds_base = ds
    strand.ds_end = b.add(ds, const(8 * DATA_STACK_SLOTS))
    strand.ds_limit = b.add(ds, const(8 * (DATA_STACK_SLOTS - DATA_MARGIN)))
    count = strand.pending_count
    pending = strand.pending
    with b.if_then(b.icmp_signed(">", count, const(0))):
        f.call("memcpy", b.inttoptr(ds, PTR), pending, b.mul(count, const(8)))
        f.call("seq_pending_done", pending, count)
        strand.pending = NULL
    strand.entry_sp = b.inttoptr(b.add(ds, b.mul(count, const(8))), PTR)
    strand.saved_sp = first_frame(f, b.and_(top, const(-16)))
    strand.guard = b.add(base, const(PAGE + GUARD_MARGIN))
    return const(1)


def first_frame(f: Fn, top: ir.Value) -> ir.Value:
    """Below the 16-byte aligned `top`, the frame the first switch pops (see
    runtime/context.py): zeroed registers and the trampoline's address.
    Returns the stack pointer to switch to."""
    b = f.b
    frame = FRAMES[architecture()]
    words = b.inttoptr(b.sub(top, const(8 * frame["words"])), PTR)
    trampoline = b.ptrtoint(f.callee("seq_strand_trampoline"), I64)
    for i in range(frame["words"]):
        value = trampoline if i == frame["return_slot"] else const(0)
        b.store(value, b.gep(words, [const(i)], source_etype=I64))
    return words


# --- strands ----------------------------------------------------------------------------


@runtime_fn("seq_strand_new", locked=True)
def new(f: Fn, entry: ir.Value, copy_from: ir.Value, copy_to: ir.Value) -> ir.Value:
    """Consumes `entry` (a quotation or closure); borrows the values in
    [copy_from, copy_to). Returns a NEW strand (in the registry, in no
    queue) that will run `entry`: a quotation starts on a copy of those
    values, a closure on an empty stack, as the reference does."""
    b = f.b
    s = f.call("seq_strand_record")
    with b.if_then(is_null(b, s), likely=False):
        out_of_memory(f)
        b.ret(s)
    f.call("memset", s, I32(0), const(STRAND.size))  # state NEW, no links, no flags
    strand = STRAND(b, s)
    strand.entry = entry
    ident = f.load(NEXT_ID)
    f.store(NEXT_ID, b.add(ident, const(1)))
    strand.id = ident
    # A strand belongs to the entry its spawner belongs to, so a failed
    # entry's strands can be ended with it (live/world.py).
    strand.owner = field_or(f, running(f.b).current, "owner", const(0))
    strand.parent = field_or(f, running(f.b).current, "id", const(0))
    now = f.load(CLOCK)
    strand.since = now
    strand.ran_since = now
    is_quotation = b.icmp_signed("==", CLOSURE_OBJ(b, entry).count, const(0))
    count = b.select(is_quotation, data_stack_count(f, copy_from, copy_to), const(0))
    strand.pending_count = count
    with b.if_then(b.icmp_signed(">", count, const(0))):
        pending = checked(f, f.call("seq_pending_block", count))
        with b.if_then(is_null(b, pending), likely=False):
            f.call("free", s)
            out_of_memory(f)
            b.ret(NULL)
        strand.pending = pending
        f.call("seq_rt_copy_values", pending, copy_from, count)
    registry_push(f, STRAND, REGISTRY, s)
    live = b.add(f.load(LIVE), const(1))
    f.store(LIVE, live)
    with b.if_then(b.icmp_signed(">", live, f.load(PEAK))):
        f.store(PEAK, live)
    spawned = b.sub(live, f.load(ENTRIES_LIVE))
    with b.if_then(b.icmp_signed(">", spawned, f.load(PEAK_SPAWNED))):
        f.store(PEAK_SPAWNED, spawned)
    return s


@runtime_fn("seq_strand_free", locked=True)
def free(f: Fn, s: ir.Value) -> None:
    """Consumes `s`, a strand in no queue that will not run again: out of the
    registry, its region back to the pool, the values it never started with
    dropped. What a strand that ran left on its data stack is the caller's
    to drop."""
    b = f.b
    strand = STRAND(b, s)
    registry_remove(f, STRAND, REGISTRY, s)
    memory = strand.stack_mem
    with b.if_then(not_null(b, memory)):
        f.call("seq_region_give", memory)
    pending = strand.pending
    with b.if_then(not_null(b, pending)):
        f.call("seq_rt_drop_values", pending, strand.pending_count)
        f.call("seq_pending_done", pending, strand.pending_count)
    with b.if_then(is_watched(f, s), likely=False):
        f.store(ENTRIES_LIVE, b.sub(f.load(ENTRIES_LIVE), const(1)))
    if THREADED:
        f.call("free", strand.trace)  # (runtime/carried.py)
    RECORDS.give(f, s)
    f.store(LIVE, b.sub(f.load(LIVE), const(1)))


@runtime_fn("seq_strand_entry")
def strand_entry(f: Fn) -> None:
    """Where a strand's first switch lands (through the trampoline), on its
    own stack: runs its entry, whose reference it consumes, and never
    returns. A woven strand ends in `seq_rt_weave_finished`; any other
    switches back FINISHED with its result at `result_sp`."""
    b = f.b
    s = running(f.b).current
    strand = STRAND(b, s)
    adopt_limits(f, s)
    woven = b.icmp_unsigned("!=", b.and_(strand.flags, const(Flag.WOVEN)), const(0))
    with b.if_then(woven):
        # Woven code starts with its context and the first resume value.
        start_sp = strand.entry_sp
        weave = strand.weave
        f.call("seq_incref", weave)
        b.store(weave, start_sp)
        b.store(WEAVE_OBJ(b, weave).transfer, b.gep(start_sp, [const(1)], source_etype=I64))
        strand.entry_sp = b.gep(start_sp, [const(2)], source_etype=I64)
    enter = emit_closure_enter(f.module)
    entered = b.call(enter, [strand.entry, strand.entry_sp])
    strand.entry = const(1)  # the reference went to the closure's code (1: no value)
    result = call_ptr(b, b.extract_value(entered, 1), WORD_FN, [b.extract_value(entered, 0)])
    strand.result_sp = result
    with b.if_then(woven):
        f.call("seq_rt_weave_finished", result)
        b.unreachable()
    strand.state = const(State.DONE)
    f.call("seq_sched_switch", const(Switch.FINISHED))
    b.unreachable()


@runtime_fn("seq_rt_spawn", locked=True)
def spawn(f: Fn, quotation: ir.Value, sp: ir.Value, site: ir.Value) -> ir.Value:
    """`strand.spawn`: consumes `quotation`; borrows the caller's data stack
    up to `sp`, which a quotation's strand starts on a copy of (off a
    strand, on nothing); `site` is where the spawn is written (a constant
    String). Returns the new strand's id; it runs next."""
    b = f.b
    with b.if_then(is_null(b, f.load(POOL)), likely=False):
        # Map the region the new strand will need now, while the spawner can
        # still be told that there is none (the strand itself fails if the
        # pool runs dry before it first runs: seq_sched_execute).
        memory = f.call("seq_region_take", const(0))
        with b.if_then(is_null(b, memory), likely=False):
            out_of_memory(f, f"strand.spawn: {NO_REGION}")
        with b.if_then(not_null(b, memory)):
            f.call("seq_region_give", memory)
    sp_word = b.ptrtoint(sp, I64)
    base = field_or(f, running(f.b).current, "ds_base", sp_word)
    s = f.call("seq_strand_new", quotation, b.inttoptr(base, PTR), sp)
    share_start(f, s, base, sp)
    STRAND(b, s).site = site  # for the console, and for its backtrace should it fail
    f.call("seq_sched_push_front", s)
    return STRAND(b, s).id


def share_start(f: Fn, s: ir.Value, base: ir.Value, sp: ir.Value) -> None:
    """Mark shared (runtime/sharing.py) what the new strand `s` starts
    with, which its spawner still reaches: its entry's captures, and the
    values in [base, sp) it starts on a copy of (none for a closure)."""
    if not THREADED:
        return
    b = f.b
    share(f, STRAND(b, s).entry)
    copied = STRAND(b, s).pending_count
    share_values(f, b.inttoptr(base, PTR), copied)


@runtime_fn("seq_rt_watched_strand", locked=True)
def watched_strand(f: Fn, entry: ir.Value, copy_from: ir.Value, copy_to: ir.Value) -> ir.Value:
    """Consumes `entry`; borrows [copy_from, copy_to). Returns a READY strand
    the host waits for (main, a REPL entry): seq_sched_run returns
    WATCHED_FINISHED when it finishes and leaves freeing it to the host.
    Null when memory ran out."""
    b = f.b
    f.store(ENTRIES_LIVE, b.add(f.load(ENTRIES_LIVE), const(1)))  # (before the peaks see it)
    s = f.call("seq_strand_new", entry, copy_from, copy_to)
    with b.if_then(is_null(b, s), likely=False):
        f.store(ENTRIES_LIVE, b.sub(f.load(ENTRIES_LIVE), const(1)))
        b.ret(s)
    STRAND(b, s).flags = const(Flag.WATCHED)
    f.store(ENTRIES, b.add(f.load(ENTRIES), const(1)))
    f.call("seq_sched_push_front", s)
    return s


# --- sleeping ---------------------------------------------------------------------------


@runtime_fn("seq_rt_sleep_until", locked=True)
def sleep(f: Fn, when: ir.Value) -> None:
    """The running strand sleeps until the monotonic time `when` (ns); off a
    strand, the thread does."""
    b = f.b
    s = running(f.b).current
    with b.if_then(is_null(b, s)):
        with while_(b, lambda: b.icmp_signed("<", f.call("seq_rt_nanos"), when)):
            sleep_until(f, when)
        b.ret_void()
    STRAND(b, s).wake_at = when
    f.call("seq_waitq_insert_by_wake", f.address(SLEEPERS), s)
    f.call("seq_sched_block", const(State.SLEEPING))


@runtime_fn("seq_sched_wake_due", VOID, [I64], internal=True)
def wake_due(f: Fn, now: ir.Value) -> None:
    """Every sleeper due by `now` goes to the back of the run queue, in wake
    order."""
    b = f.b
    sleepers = f.address(SLEEPERS)

    def due() -> ir.Value:
        first = WAITQ(b, sleepers).first
        return b.icmp_signed("<=", field_or(f, first, "wake_at", const(NEVER)), now)

    with while_(b, due):
        f.call("seq_sched_push_back", f.call("seq_waitq_dequeue", sleepers))


# --- attention: a guard check failed ----------------------------------------------------


@runtime_fn("seq_rt_data_overflow")
def data_overflow(f: Fn) -> None:
    """The running strand's data stack passed its limit. Does not return."""
    f.call("seq_rt_panic", f.cstring("data stack overflow"))
    f.b.unreachable()


@runtime_fn("seq_rt_attention")
def attention(f: Fn) -> None:
    """A function's stack check failed: the host asked for an interrupt
    (panics "interrupted") or a preemption (yields), or else the strand
    really ran out of native stack (panics "stack overflow")."""
    b = f.b
    real_guard = field_or(f, running(f.b).current, "guard", const(0))
    running(f.b).guard = real_guard
    if THREADED:
        f.call("seq_sched_lock_unstick")  # (another worker may want it)
    with b.if_then(b.icmp_signed("!=", f.load(INTERRUPT_FLAG), const(0))):
        # For the running entry's strands: a strand an earlier entry left
        # running goes on. Should none of the entry's take it for a while
        # (all blocked, say), the host is asked to end the entry
        # (live/scheduler.py). Off a strand, the host's call is stopped.
        target = f.load(INTERRUPT_OWNER)
        owner = field_or(f, running(f.b).current, "owner", target)
        with b.if_then(b.or_(b.icmp_signed("==", target, const(0)),
                             b.icmp_signed("==", owner, target))):
            f.call("seq_rt_interrupted")
        passed = b.add(f.load(INTERRUPT_PASSED), const(1))  # (a count a race may miss)
        f.store(INTERRUPT_PASSED, passed)
        with b.if_then(b.icmp_signed(">=", passed, const(INTERRUPT_PATIENCE))):
            f.store(HOST_WANTS, const(1))
    with b.if_then(b.icmp_signed("!=", running(f.b).preempt, const(0))):
        running(f.b).preempt = const(0)
        # Not seq_rt_yield: a preempted strand has not waited of its own
        # accord (the watchdog goes on counting).
        s = running(f.b).current
        with b.if_then(not_null(b, s)):
            if THREADED:
                f.call("seq_sched_lock_take")
            keep_busy_stretch(f, s, "seq_sched_push_back")
            f.call("seq_sched_switch", const(Switch.SWITCHED))
            if THREADED:
                f.call("seq_sched_lock_drop")
        b.ret_void()
    stack_pointer = b.ptrtoint(f.call("llvm.stacksave.p0"), I64)
    with b.if_then(b.icmp_unsigned("<", stack_pointer, real_guard)):
        f.call("seq_rt_panic", f.cstring("stack overflow"))


# --- the scheduler loop -----------------------------------------------------------------


@runtime_fn("seq_sched_run")
def run(f: Fn, may_wait: ir.Value) -> ir.Value:
    """Run strands until there is something to tell the host (a Run): a
    watched strand finished, nothing is left, the host asked for control,
    or (only when `may_wait` is 0) every strand sleeps or waits on I/O.
    With `may_wait`, it waits for sleepers and I/O itself. With several
    workers, the others run strands too until this returns
    (runtime/parallel.py)."""
    if THREADED:
        f.call("seq_world_start")
    verdict = f.call("seq_sched_rounds", may_wait)
    if THREADED:
        f.call("seq_world_stop")
    return verdict


@runtime_fn("seq_sched_rounds", I64, [I64], internal=True, inline=True)
def rounds(f: Fn, may_wait: ir.Value) -> ir.Value:
    """The host's worker's rounds of seq_sched_run."""
    b = f.b
    forget_messages(f)  # what the host sent off every strand counts for none
    with loop(b) as each_round:
        with b.if_then(b.icmp_signed("!=", f.load(HOST_WANTS), const(0))):
            f.store(HOST_WANTS, const(0))
            if THREADED:
                f.call("seq_sched_lock_release")  # (kept from the last strand's switch)
            b.ret(const(Run.HOST_ASKED))
        if THREADED:
            # Spinning with nothing in sight: no look (runtime/idle.py).
            each_round.next_if(b.icmp_signed("!=", f.call("seq_sched_idle_skip"), const(0)))
            hold(f)
            told = f.call("seq_sched_inbox")
            with b.if_then(b.icmp_signed("!=", told, const(GO_ON))):
                f.call("seq_sched_lock_drop")
                b.ret(told)
        # With other workers waiting for the lock, I/O is polled without waiting.
        io_live = f.call("seq_io_service", const(0) if THREADED else may_wait)
        with b.if_then(not_null(b, WAITQ(b, f.address(SLEEPERS)).first)):
            f.call("seq_sched_wake_due", f.call("seq_rt_nanos"))
        if THREADED:
            s = f.call("seq_sched_next")
        else:
            s = f.call("seq_waitq_dequeue", f.address(RUNQ))
        idle = is_null(b, s)
        verdict = Var(b, I64, const(GO_ON))
        with b.if_else(idle) as (nothing_ready, ready):
            with nothing_ready:
                verdict.set(f.call("seq_sched_idle", may_wait, io_live))
            with ready:
                if THREADED:
                    f.call("seq_sched_idle_found")
                verdict.set(f.call("seq_sched_execute", s))
        with b.if_then(b.icmp_signed("!=", verdict.get(), const(GO_ON))):
            if THREADED:
                f.store(WATCHED_PENDING, const(0))  # told now, not again
                f.call("seq_sched_lock_release")
            b.ret(verdict.get())
    b.unreachable()


@runtime_fn("seq_sched_idle", I64, [I64, I64], internal=True, inline=True)
def idle(f: Fn, may_wait: ir.Value, io_live: ir.Value) -> ir.Value:
    """No strand is ready. Returns GO_ON once it has waited (with
    `may_wait`) for the next sleeper or I/O, else what seq_sched_run tells
    the host: ONLY_SLEEPERS (seq_next_wake set) or NOTHING_LEFT. With
    several workers, called holding the lock, which it lets go."""
    b = f.b
    if THREADED:
        # Strands running on other workers, or about to run there (the
        # strand a send woke, in its worker's runnext), may yet make work or
        # finish. Seen holding the lock, under which both change.
        busy = f.call("seq_sched_busy_elsewhere")
        with b.if_then(b.icmp_signed("!=", busy, const(0))):
            f.call("seq_sched_idle_nothing", io_live)  # spin or nap (runtime/idle.py)
            b.ret(const(GO_ON))
        f.call("seq_sched_lock_drop")
        with b.if_then(b.and_(b.icmp_signed("!=", io_live, const(0)),
                              b.icmp_signed("!=", may_wait, const(0)))):
            f.call("usleep", I32(IO_POLL_US))  # seq_io_service did not wait
            b.ret(const(GO_ON))
    with b.if_then(b.icmp_signed("!=", io_live, const(0))):
        # seq_io_service has already waited for the I/O (and the sleepers) a while.
        with b.if_then(b.icmp_signed("==", may_wait, const(0))):
            f.store(NEXT_WAKE, f.call("seq_rt_nanos"))
            b.ret(const(Run.ONLY_SLEEPERS))
        b.ret(const(GO_ON))
    first = WAITQ(b, f.address(SLEEPERS)).first
    with b.if_then(is_null(b, first)):
        b.ret(const(Run.NOTHING_LEFT))
    when = STRAND(b, first).wake_at
    f.store(NEXT_WAKE, when)
    with b.if_then(b.icmp_signed("==", may_wait, const(0))):
        b.ret(const(Run.ONLY_SLEEPERS))
    sleep_until(f, when)
    return const(GO_ON)


@runtime_fn("seq_sched_execute", I64, [PTR], internal=True, inline=True)
def execute(f: Fn, s: ir.Value) -> ir.Value:
    """Consumes `s`, just taken off the run queue: runs it until it switches
    back, then does what it asked. Returns GO_ON, or WATCHED_FINISHED.
    With several workers, the caller holds the scheduler lock, and holds it
    again (once) when this returns; the strand lets it go meanwhile."""
    b = f.b
    with b.if_then(is_null(b, STRAND(b, s).stack_mem)):
        prepared = f.call("seq_strand_prepare", s)
        with b.if_then(b.icmp_signed("==", prepared, const(0)), likely=False):
            # `s` cannot start: it fails with a runtime error of its own,
            # which seq_sched_protected hands to the host. Unprotected, the
            # host ends the process, and must be called as from the system
            # stack, which it is: the worker's `current` stays null. Another
            # worker hands `s` to the host's (runtime/parallel.py, land), or
            # it would be lost, READY in no queue.
            told = b.icmp_signed("!=", f.load("seq_unwind_armed"), const(0))
            if THREADED:
                told = b.or_(told, b.icmp_signed("!=", running(b).index, const(0)))
            with b.if_then(told):
                running(f.b).current = s
            f.call("seq_rt_panic", f.cstring(NO_REGION))
            b.unreachable()
    run_strand(f, s)
    running(b).handoffs_then = running(b).handoffs
    if THREADED:
        # The lock goes into the strand with the switch (runtime/schedlock.py).
        count_running(f, 1)
    switched_in(f)
    f.call("seq_ctx_switch", field_address(f.b, "system_sp"), STRAND(b, s).saved_sp)
    # The strand that came back may not be `s`: a weave entered from `s`
    # switches here when it blocks, sleeps or calls the host.
    back = running(f.b).current
    credit_messages(f, back)  # (before another worker may take it)
    running(f.b).current = NULL
    running(f.b).guard = const(0)
    running(f.b).ds_limit = const(-1)
    why = running(f.b).switch_reason
    if THREADED:
        # Back holding the lock the strand switched out with: kept, once, for
        # the caller's next round.
        running(b).lock_depth = const(1)
        count_running(f, -1)
    with b.if_then(b.icmp_unsigned("==", why, const(Switch.HOST_CALL))):
        worker = running(b)
        if THREADED:
            # Python runs on the host's worker only: hand the call over.
            with b.if_then(b.icmp_signed("!=", worker.index, const(0))):
                f.call("seq_sched_hand_to_host", back)
                b.ret(const(GO_ON))
            f.call("seq_sched_lock_drop")
        call_ptr(b, worker.host_thunk, ir.FunctionType(VOID, [PTR]), [worker.host_block])
        forget_messages(f)  # (the host may have sent, off every strand)
        if THREADED:
            f.call("seq_sched_lock_take")
        keep_busy_stretch(f, back, "seq_sched_push_front")
        b.ret(const(GO_ON))
    with b.if_then(b.icmp_unsigned("==", why, const(Switch.FINISHED))):
        b.ret(f.call("seq_sched_retire", back))
    return const(GO_ON)


def switched_in(f: Fn) -> None:
    """With several workers, as this worker switches into a strand (after
    run_strand): counted, for idle workers deciding whether it computes
    (runtime/parallel.py, seq_sched_next); and if the host has stopped the
    world before the guard was set (runtime/parallel.py), the strand stops
    at its first poll."""
    if not THREADED:
        return
    b = f.b
    worker = running(b)
    worker.strands_run = b.add(worker.strands_run, const(1))
    go = b.load_atomic(f.glob(GO), "seq_cst", 8, typ=I64)
    with b.if_then(b.icmp_signed("==", go, const(0)), likely=False):
        worker.guard = const(-1)


def count_running(f: Fn, delta: int) -> None:
    """Holding the lock: one strand more (or fewer) is running on some
    worker (a plain add: only the lock's holder reads or writes it)."""
    f.store(RUNNING_STRANDS, f.b.add(f.load(RUNNING_STRANDS), const(delta)))


def forget_running(f: Fn, s: ir.Value) -> None:
    """Holding the lock: `s` failed; if it was running, it is counted so no
    longer."""
    b = f.b
    with b.if_then(b.icmp_signed("==", STRAND(b, s).state, const(State.RUNNING))):
        count_running(f, -1)


@runtime_fn("seq_sched_retire", I64, [PTR], internal=True, inline=True)
def retire(f: Fn, s: ir.Value) -> ir.Value:
    """Consumes `s`, a strand that just finished: its id goes into the log
    of finished strands (for :strands). A watched strand is left to the host
    (returns WATCHED_FINISHED); any other is dropped with what it left on its
    data stack (returns GO_ON)."""
    b = f.b
    strand = STRAND(b, s)
    n = f.load(FINISHED_COUNT)
    slot = b.gep(f.address(FINISHED_IDS), [b.srem(n, const(FINISHED_LOG))], source_etype=I64)
    b.store(strand.id, slot)
    f.store(FINISHED_COUNT, b.add(n, const(1)))
    with b.if_then(is_watched(f, s)):
        f.store(ENTRIES_DONE, b.add(f.load(ENTRIES_DONE), const(1)))
        f.store(WATCHED_DONE, b.ptrtoint(s, I64))
        if THREADED:
            f.store(WATCHED_PENDING, const(1))  # for the host's worker, if this is another
            f.call("seq_sched_rouse", const(0))
        b.ret(const(Run.WATCHED_FINISHED))
    base, end = strand.ds_base, strand.result_sp
    f.call("seq_rt_drop_values", b.inttoptr(base, PTR), data_stack_count(f, base, end))
    f.call("seq_strand_free", s)
    return const(GO_ON)
