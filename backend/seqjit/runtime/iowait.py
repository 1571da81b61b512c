"""Waiting for I/O: a strand parks on a descriptor without blocking the
others (network builtins, stdin reads), and the scheduler polls.

`seq_io_wait(fd, events, timeout ms)` parks the running strand in a new
wait record; `seq_io_service`, called once per round of `seq_sched_run`,
polls the waited-on descriptors (with `poll(2)`): without waiting while
strands are runnable (at most once a millisecond), or, when none is, until
the next sleeper is due (at most MAX_WAIT_MS at a time, so the host gets
control back). A strand whose descriptor is ready (or whose timeout
passed) goes to the front of the run queue.

Invariants:
- Every record is in the list `seq_io_waiters` (through `next_record`)
  from `seq_io_wait` until the poll that wakes its strand or finds it
  empty; then it is freed.
- A record is a Waitable (runtime/waitq.py) whose queue holds exactly its
  one strand, BLOCKED with `waiting_on` pointing at it, until it is woken.
  `seq_strand_kill` takes a killed strand out of it like out of a channel;
  the next poll drops the empty record. Its id is 0, so :strands shows the
  strand blocked on no channel.
"""

from __future__ import annotations

from llvmlite import ir

from .core import checked
from .irkit import (
    I32,
    I64,
    PTR,
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
    stack_struct,
)
from .status import STRAND, State
from .strands import NEVER, RUNQ, SLEEPERS, field_or
from .waitq import WAITQ, waitable
from .worker import running

I16 = ir.IntType(16)

POLLIN, POLLOUT = 1, 4
MAX_WAIT_MS = 50  # the longest one poll waits when the host may wait (10 when it may not)
BUSY_POLL_NS = 1_000_000  # with strands runnable, poll at most this often
NO_DEADLINE = NEVER

# One strand's wait for one descriptor (malloc'd).
IO_WAIT = waitable(
    "I/O wait",
    [
        ("fd", I64),
        ("events", I64),  # poll(2) events it waits for
        ("deadline", I64),  # monotonic ns when it gives up waiting, or NO_DEADLINE
        ("next_record", PTR),  # the next record in seq_io_waiters
    ],
)
POLLFD = Layout("pollfd", [("word", I64)])  # i32 fd, i16 events, i16 revents: one word

WAITERS = runtime_global("seq_io_waiters", PTR, "Every I/O wait record (through next_record).")
POLLFDS = runtime_global("seq_io_pollfds", PTR, "The pollfd array poll(2) is given (malloc'd).")
POLLFD_CAP = runtime_global("seq_io_pollfd_cap", I64, "How many pollfds it has room for.")
LAST_POLL = runtime_global("seq_io_last_poll", I64, "When the last poll ran (monotonic ns).")

extern("poll", I32, [PTR, I64, I32], "libc")

NULL = ir.Constant(PTR, None)


def pollfd(b: ir.IRBuilder, fd: ir.Value, events: ir.Value) -> ir.Value:
    """A pollfd as one little-endian word: fd, events, no revents."""
    return b.or_(b.and_(fd, const(0xFFFFFFFF)), b.shl(b.and_(events, const(0xFFFF)), const(32)))


def revents(b: ir.IRBuilder, fds: ir.Value, i: ir.Value) -> ir.Value:
    """The revents of pollfd `i` of `fds` (nonzero: ready)."""
    return b.load(b.gep(b.gep(fds, [i], source_etype=I64), [const(3)], source_etype=I16),
                  typ=I16)


def smaller(b: ir.IRBuilder, x: ir.Value, y: ir.Value) -> ir.Value:
    return b.select(b.icmp_signed("<", x, y), x, y)


@runtime_fn("seq_io_wait", locked=True)
def wait(f: Fn, fd: ir.Value, events: ir.Value, timeout: ir.Value) -> None:
    """Park the running strand until `fd` is ready for `events` or `timeout`
    ms pass (-1: no timeout). Off a strand, poll for it right here: nothing
    else could run anyway."""
    b = f.b
    s = running(f.b).current
    with b.if_then(is_null(b, s)):
        one = stack_struct(b, POLLFD)
        b.store(pollfd(b, fd, events), one)
        f.call("poll", one, const(1), b.trunc(timeout, I32))
        b.ret_void()
    rec_ptr = checked(f, f.call("malloc", const(IO_WAIT.size)))
    rec = IO_WAIT(b, rec_ptr)
    rec.first = NULL
    rec.last = NULL
    rec.id = const(0)
    rec.fd = fd
    rec.events = events
    no_timeout = b.icmp_signed("<", timeout, const(0))
    deadline = b.add(f.call("seq_rt_nanos"), b.mul(timeout, const(1_000_000)))
    rec.deadline = b.select(no_timeout, const(NO_DEADLINE), deadline)
    rec.next_record = f.load(WAITERS)
    f.store(WAITERS, rec_ptr)
    queue = rec.addr("first")
    STRAND(b, s).waiting_on = queue
    f.call("seq_waitq_enqueue", queue, s)
    f.call("seq_sched_block", const(State.BLOCKED))


def prune(f: Fn) -> tuple[ir.Value, ir.Value]:
    """Free the records whose strand was killed. Returns how many records
    are left and their earliest deadline."""
    b = f.b
    link = Var(b, PTR, f.glob(WAITERS))  # the pointer that points at the record
    count, soonest = Var(b, I64, const(0)), Var(b, I64, const(NO_DEADLINE))
    with loop(b) as walk:
        rec_ptr = b.load(link.get(), typ=PTR)
        walk.exit_if(is_null(b, rec_ptr))
        rec = IO_WAIT(b, rec_ptr)
        with b.if_else(is_null(b, rec.first)) as (killed, waiting):
            with killed:
                b.store(rec.next_record, link.get())
                f.call("free", rec_ptr)
            with waiting:
                count.set(b.add(count.get(), const(1)))
                soonest.set(smaller(b, rec.deadline, soonest.get()))
                link.set(rec.addr("next_record"))
    return count.get(), soonest.get()


def fill(f: Fn, fds: ir.Value) -> None:
    """One pollfd per record, in list order."""
    b = f.b
    rec_ptr, i = Var(b, PTR, f.load(WAITERS)), Var(b, I64, const(0))
    with loop(b) as walk:
        walk.exit_if(is_null(b, rec_ptr.get()))
        rec = IO_WAIT(b, rec_ptr.get())
        b.store(pollfd(b, rec.fd, rec.events), b.gep(fds, [i.get()], source_etype=I64))
        rec_ptr.set(rec.next_record)
        i.set(b.add(i.get(), const(1)))


def wake_ready(f: Fn, fds: ir.Value, polled: ir.Value, now: ir.Value) -> ir.Value:
    """Wake the strands whose descriptor is ready (if the poll found any) or
    whose deadline passed by `now`, freeing their records. Returns how many."""
    b = f.b
    link, i, woke = Var(b, PTR, f.glob(WAITERS)), Var(b, I64, const(0)), Var(b, I64, const(0))
    with loop(b) as walk:
        rec_ptr = b.load(link.get(), typ=PTR)
        walk.exit_if(is_null(b, rec_ptr))
        rec = IO_WAIT(b, rec_ptr)
        ready = b.and_(polled, b.icmp_unsigned("!=", revents(b, fds, i.get()),
                                               ir.Constant(I16, 0)))
        expired = b.icmp_signed("<=", rec.deadline, now)
        i.set(b.add(i.get(), const(1)))
        with b.if_else(b.or_(ready, expired)) as (wake, keep):
            with wake:
                b.store(rec.next_record, link.get())
                s = f.call("seq_waitq_dequeue", rec.addr("first"))
                STRAND(b, s).waiting_on = NULL
                f.call("seq_sched_push_front", s)
                f.call("free", rec_ptr)
                woke.set(b.add(woke.get(), const(1)))
            with keep:
                link.set(rec.addr("next_record"))
    return woke.get()


@runtime_fn("seq_io_poll", I64, [I64], internal=True)
def poll(f: Fn, wait_ns: ir.Value) -> ir.Value:
    """Poll every waited-on descriptor, waiting up to `wait_ns` (-1: until
    one is ready), cut short by the earliest deadline. Returns how many
    strands it woke."""
    b = f.b
    n, soonest = prune(f)
    with b.if_then(b.icmp_signed("==", n, const(0))):
        b.ret(const(0))
    now = f.call("seq_rt_nanos")
    f.store(LAST_POLL, now)
    # The wait: the caller's, shortened to the earliest deadline.
    left = b.sub(soonest, now)
    left = b.select(b.icmp_signed("<", left, const(0)), const(0), left)
    has_deadline = b.icmp_signed("!=", soonest, const(NO_DEADLINE))
    unlimited = b.icmp_signed("<", wait_ns, const(0))
    wait_ns = b.select(has_deadline, b.select(unlimited, left, smaller(b, left, wait_ns)),
                       wait_ns)
    ms = b.select(b.icmp_signed("<", wait_ns, const(0)), const(-1),
                  b.sdiv(b.add(wait_ns, const(999_999)), const(1_000_000)))
    with b.if_then(b.icmp_signed(">", n, f.load(POLLFD_CAP))):
        f.store(POLLFDS, f.call("realloc", f.load(POLLFDS), b.mul(n, const(POLLFD.size))))
        f.store(POLLFD_CAP, n)
    fds = f.load(POLLFDS)
    fill(f, fds)
    polled = b.icmp_signed(">", f.call("poll", fds, n, b.trunc(ms, I32)), I32(0))
    return wake_ready(f, fds, polled, f.call("seq_rt_nanos"))


@runtime_fn("seq_io_service")
def service(f: Fn, may_wait: ir.Value) -> ir.Value:
    """Once per scheduler round: wake the strands whose I/O is ready (see
    the module docstring for how long it waits). Returns 1 while any strand
    waits on I/O, else 0."""
    b = f.b
    with b.if_then(is_null(b, f.load(WAITERS)), likely=True):
        b.ret(const(0))
    with b.if_then(not_null(b, WAITQ(b, f.address(RUNQ)).first)):
        since = b.sub(f.call("seq_rt_nanos"), f.load(LAST_POLL))
        with b.if_then(b.icmp_signed(">=", since, const(BUSY_POLL_NS))):
            f.call("seq_io_poll", const(0))
        b.ret(const(1))
    cap = b.select(b.icmp_signed("!=", may_wait, const(0)), const(MAX_WAIT_MS * 1_000_000),
                   const(10_000_000))
    first = WAITQ(b, f.address(SLEEPERS)).first
    until = b.sub(field_or(f, first, "wake_at", const(NO_DEADLINE)), f.call("seq_rt_nanos"))
    until = b.select(b.icmp_signed("<", until, const(0)), const(0), until)
    f.call("seq_io_poll", smaller(b, until, cap))
    return b.zext(not_null(b, f.load(WAITERS)), I64)
