"""Channels: unbounded MPMC queues, with a wait queue of blocked receivers.

Invariants (after Go's chan.go):
- At least one of `count` and the receivers' queue is empty: a send with a
  receiver waiting hands the value straight to it; a receive with nothing
  queued blocks its strand.
- Values in the ring are counted references the channel owns: `count` of
  them from `head`, wrapping at `cap`.
- A closed channel has no receivers: `chan.close` wakes every waiter with
  ( 0 false ); later receives drain what is queued, then get ( 0 false ),
  and sends are refused (the value is dropped).
- Every live channel is in the registry `seq_channels` (for :channels).
- Its record (where it was made, totals, the last sender) is kept by the
  operations themselves: a few stores of values at hand (live/observe.py
  reads it); the strands' message counts are kept as runtime/strands.py
  says. A watched channel (`:watch`) shows each value sent through it via
  the host; the test is one load and a branch never taken otherwise.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from llvmlite import ir

from .core import checked
from .host import HostContext, service
from .irkit import (
    I64,
    PAIR,
    PTR,
    VOID,
    Fn,
    const,
    extern,
    for_range,
    is_null,
    loop,
    not_null,
    runtime_fn,
    runtime_global,
)
from .layout import CHANNEL, HEADER, OBJECT, SHARED, ObjectKind, object_kind, tag_int
from .sharing import share
from .status import STRAND, State
from .strands import bump, field_or
from .threads import THREADED
from .waitq import registry_push, registry_remove, waitable
from .worker import running

# A channel object's payload, after the header; its Waitable prefix (the
# receivers and the id) is what a blocked receiver's `waiting_on` points at.
CHANNEL_OBJ = waitable(
    "Channel",
    [
        ("buf", PTR),  # the ring of queued values (malloc'd)
        ("cap", I64),  # its size in values
        ("head", I64),  # where the oldest queued value is
        ("count", I64),  # how many are queued
        ("closed", I64),  # 1 once chan.close ran
        ("all_prev", PTR),  # the registry of live channels (seq_channels)
        ("all_next", PTR),
        ("site", I64),  # String "word\tfile:line:col" of its chan.make (a constant)
        ("maker", I64),  # the id of the strand that made it, 0 for the host
        ("sent", I64),  # values sent into it, ever (received: sent - count)
        ("last_sender", I64),  # the id of the strand that sent last, 0 for none
        ("watched", I64),  # 1 while :watch shows what goes through it
    ],
    start=HEADER,
)
object_kind(ObjectKind(CHANNEL, "channel", CHANNEL_OBJ, holds_values=True))
INITIAL_CAP = 16
ZERO = tag_int(0)

NEXT_ID = runtime_global("seq_next_channel_id", I64, "The id the next channel gets.", init=1)
# The totals of channels already released (the live ones' are in their records).
SENT = runtime_global("seq_messages_sent", I64, "Sends into channels released so far.")
RECEIVED = runtime_global("seq_messages_received", I64, "Receives from them.")
REGISTRY = runtime_global("seq_channels", PTR, "Every live channel (through all_next).")

extern("realloc", PTR, [PTR, I64], "libc")

NULL = ir.Constant(PTR, None)


def receivers(f: Fn, ch: ir.Value) -> ir.Value:
    """The wait queue of `ch`'s blocked receivers (its Waitable)."""
    return CHANNEL_OBJ(f.b, ch).addr("first")


def hand_over(f: Fn, w: ir.Value, value: ir.Value, ok: ir.Value) -> None:
    """Wake `w`, a receiver just taken off the queue, with ( value ok )."""
    waiter = STRAND(f.b, w)
    waiter.transfer = value
    waiter.ok = ok
    waiter.waiting_on = NULL
    f.call("seq_sched_wake", w)


class ChannelWatch:
    """Where a watched channel's values go: `sink(channel id, value)`, the
    value borrowed (set by the live layer, live/observe.py)."""

    def __init__(self) -> None:
        self.sink: Callable[[int, int], None] | None = None


@service("chan_watched", None, ctypes.c_int64, ctypes.c_int64)
def _chan_watched(host: HostContext) -> Callable[[int, int], None]:
    def watched(ident: int, value: int) -> None:
        sink = host.state(ChannelWatch, ChannelWatch).sink
        if sink is not None:
            sink(ident, value)

    return watched


def answer(f: Fn, ch: ir.Value, value: ir.Value, ok: ir.Value, consume: bool) -> None:
    """Return ( value ok ) from chan.receive, dropping its channel if it
    was given one."""
    b = f.b
    if consume:
        f.call("seq_decref", ch)
    pair = b.insert_value(ir.Constant(PAIR, ir.Undefined), value, 0)
    b.ret(b.insert_value(pair, ok, 1))


@runtime_fn("seq_rt_chan_make", locked=True)
def make(f: Fn, site: ir.Value) -> ir.Value:
    """`chan.make`: returns a new, open, empty channel (count 1); `site` is
    where the chan.make is written (a constant String)."""
    b = f.b
    obj = f.call("seq_rt_alloc", const(CHANNEL), const(CHANNEL_OBJ.size))
    ch = CHANNEL_OBJ(b, obj)
    ident = f.load(NEXT_ID)
    f.store(NEXT_ID, b.add(ident, const(1)))
    ch.first = NULL
    ch.last = NULL
    ch.id = ident
    ch.buf = checked(f, f.call("malloc", const(8 * INITIAL_CAP)))
    ch.cap = const(INITIAL_CAP)
    ch.head = const(0)
    ch.count = const(0)
    ch.closed = const(0)
    ch.site = site
    ch.maker = field_or(f, running(f.b).current, "id", const(0))
    ch.sent = const(0)
    ch.last_sender = const(0)
    ch.watched = const(0)
    registry_push(f, CHANNEL_OBJ, REGISTRY, obj)
    return b.ptrtoint(obj, I64)


def wrapped(b: ir.IRBuilder, index: ir.Value, cap: ir.Value) -> ir.Value:
    """`index` mod `cap` for an index below twice the ring's size (a head
    plus at most a count): a compare, not a division on every operation."""
    return b.select(b.icmp_signed(">=", index, cap), b.sub(index, cap), index)


@runtime_fn("seq_chan_enqueue", VOID, [I64, I64], internal=True)
def enqueue(f: Fn, obj: ir.Value, value: ir.Value) -> None:
    """Borrows the channel; consumes `value`, appended to its ring (which
    doubles when full)."""
    b = f.b
    ch = CHANNEL_OBJ(b, obj)
    cap, count, head = ch.cap, ch.count, ch.head
    with b.if_then(b.icmp_signed("==", count, cap)):
        # Double, then move the part that wrapped around past the old end.
        buf = checked(f, f.call("realloc", ch.buf, b.mul(cap, const(16))))
        ch.buf = buf
        f.call("memcpy", b.gep(buf, [cap], source_etype=I64), buf, b.mul(head, const(8)))
        ch.cap = b.mul(cap, const(2))
    at = wrapped(b, b.add(ch.head, count), ch.cap)
    b.store(value, b.gep(ch.buf, [at], source_etype=I64))
    ch.count = b.add(count, const(1))


# Each operation comes in two entry points: one consumes the channel (a
# reference the caller gave up), one borrows it (the caller's stack keeps
# it below, so compiled code passes a copy it never counted: `over
# chan.send` updates no count, codegen/words.py FunctionCompiler.lends).


def send_value(f: Fn, value: ir.Value, obj: ir.Value, consume: bool) -> ir.Value:
    """The body of chan.send; drops the channel at the end if `consume`."""
    b = f.b
    ch = CHANNEL_OBJ(b, obj)
    with b.if_then(b.icmp_signed("!=", ch.closed, const(0))):
        f.call("seq_decref", value)
        if consume:
            f.call("seq_decref", obj)
        b.ret(const(0))
    with b.if_then(b.icmp_signed("!=", ch.watched, const(0)), likely=False):
        f.host_call("chan_watched", VOID, ch.id, value)
    if THREADED:
        # Another strand may take it: marked unless only this one can reach
        # the channel (runtime/sharing.py; a channel marked marks its queue).
        with b.if_then(b.icmp_signed(">=", OBJECT(b, obj).refcount, const(SHARED))):
            share(f, value)
    bump(f, ch.addr("sent"))
    worker = running(b)
    ch.last_sender = worker.current_id
    worker.sent_now = b.add(worker.sent_now, const(1))
    w = f.call("seq_waitq_dequeue", receivers(f, obj))
    with b.if_else(not_null(b, w)) as (handoff, queue):
        with handoff:
            # Counted for the receiver here, on its record at hand (it is
            # not running): its chan.receive returns what it is handed.
            bump(f, STRAND(b, w).addr("received"))
            hand_over(f, w, value, const(1))
        with queue:
            f.call("seq_chan_enqueue", obj, value)
    if consume:
        f.call("seq_decref", obj)
    return const(1)


@runtime_fn("seq_rt_chan_send", locked=True)
def send(f: Fn, value: ir.Value, obj: ir.Value) -> ir.Value:
    """`chan.send`: consumes `value` and the channel. Returns 1 once the value
    is handed to a receiver or queued, 0 (the value dropped) if the channel
    is closed."""
    return send_value(f, value, obj, consume=True)


@runtime_fn("seq_rt_chan_send_borrowed", locked=True)
def send_borrowed(f: Fn, value: ir.Value, obj: ir.Value) -> ir.Value:
    """`chan.send` of a borrowed channel: consumes `value` only; returns as
    seq_rt_chan_send."""
    return send_value(f, value, obj, consume=False)


def receive_value(f: Fn, obj: ir.Value, consume: bool) -> None:
    """The body of chan.receive; drops the channel before it returns if
    `consume`."""
    b = f.b
    ch = CHANNEL_OBJ(b, obj)
    count = ch.count
    with b.if_then(b.icmp_signed(">", count, const(0))):
        head = ch.head
        value = b.load(b.gep(ch.buf, [head], source_etype=I64), typ=I64)
        ch.head = wrapped(b, b.add(head, const(1)), ch.cap)
        ch.count = b.sub(count, const(1))
        # For the running strand (credited to its record when it stops:
        # runtime/strands.py). The channel's own total needs no count:
        # every value sent is queued or received.
        worker = running(b)
        worker.received_now = b.add(worker.received_now, const(1))
        answer(f, obj, value, const(1), consume)
    with b.if_then(b.icmp_signed("!=", ch.closed, const(0))):
        answer(f, obj, ZERO, const(0), consume)
    s = running(f.b).current
    with b.if_then(is_null(b, s)):
        f.call("seq_rt_panic",
               f.cstring("chan.receive: nothing can send to this channel (deadlock)"))
        b.unreachable()
    queue = receivers(f, obj)
    STRAND(b, s).waiting_on = queue
    f.call("seq_waitq_enqueue", queue, s)
    # A borrowed channel stays alive while this strand waits: the reference
    # it borrows is on this strand's own stack, which nothing else drops.
    f.call("seq_sched_block", const(State.BLOCKED))  # (a value handed over is counted)
    me = STRAND(b, s)
    answer(f, obj, me.transfer, me.ok, consume)


@runtime_fn("seq_rt_chan_receive", locked=True)
def receive(f: Fn, obj: ir.Value) -> None:
    """`chan.receive`: consumes the channel. Returns ( value 1 ), the oldest
    queued value or the one a sender hands over while this strand is
    blocked; ( 0 0 ) once the channel is closed and drained. Off a strand
    with nothing queued, nothing could ever send: a runtime error."""
    receive_value(f, obj, consume=True)


@runtime_fn("seq_rt_chan_receive_borrowed", locked=True)
def receive_borrowed(f: Fn, obj: ir.Value) -> None:
    """`chan.receive` of a borrowed channel: returns as seq_rt_chan_receive."""
    receive_value(f, obj, consume=False)


def close_channel(f: Fn, obj: ir.Value, consume: bool) -> None:
    """The body of chan.close; drops the channel at the end if `consume`."""
    b = f.b
    CHANNEL_OBJ(b, obj).closed = const(1)
    queue = receivers(f, obj)
    with loop(b) as each:
        w = f.call("seq_waitq_dequeue", queue)
        each.exit_if(is_null(b, w))
        hand_over(f, w, ZERO, const(0))
    if consume:
        f.call("seq_decref", obj)


@runtime_fn("seq_rt_chan_close", locked=True)
def close(f: Fn, obj: ir.Value) -> None:
    """`chan.close`: consumes the channel; marks it closed and wakes every
    blocked receiver with ( 0 false )."""
    close_channel(f, obj, consume=True)


@runtime_fn("seq_rt_chan_close_borrowed", locked=True)
def close_borrowed(f: Fn, obj: ir.Value) -> None:
    """`chan.close` of a borrowed channel: as seq_rt_chan_close."""
    close_channel(f, obj, consume=False)


@runtime_fn("seq_chan_release", locked=True)
def release(f: Fn, obj: ir.Value) -> None:
    """Borrows a channel object whose count reached zero (so no strand waits
    on it): takes it out of the registry and drops the values still queued.
    The caller frees the object."""
    b = f.b
    ch = CHANNEL_OBJ(b, obj)
    registry_remove(f, CHANNEL_OBJ, REGISTRY, obj)
    f.store(SENT, b.add(f.load(SENT), ch.sent))
    f.store(RECEIVED, b.add(f.load(RECEIVED), b.sub(ch.sent, ch.count)))
    head, cap, buf = ch.head, ch.cap, ch.buf
    with for_range(b, const(0), ch.count) as i:
        at = wrapped(b, b.add(head, i), cap)
        f.call("seq_decref", b.load(b.gep(buf, [at], source_etype=I64), typ=I64))
    f.call("free", buf)


if THREADED:

    @runtime_fn("seq_chan_share", VOID, [PTR], internal=True)
    def share_queue(f: Fn, obj: ir.Value) -> None:
        """Borrows a channel just marked shared (runtime/sharing.py): marks
        the values queued in it, which another strand may now receive."""
        b = f.b
        ch = CHANNEL_OBJ(b, obj)
        head, cap, buf = ch.head, ch.cap, ch.buf
        with for_range(b, const(0), ch.count) as i:
            at = wrapped(b, b.add(head, i), cap)
            share(f, b.load(b.gep(buf, [at], source_etype=I64), typ=I64))
