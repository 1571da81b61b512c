"""Channels: unbounded MPMC queues with a wait list of blocked receivers.

Layout after the header: i64 id, ptr ring buffer, i64 capacity, i64 head,
i64 count, i64 closed, ptr first waiter, ptr last waiter, and prev/next
links in the registry of live channels (for :channels).
A send with a receiver waiting hands the value straight to it; a receive on
an empty channel blocks its strand. `chan.close` wakes every waiter with
( 0 false ); later receives drain what is queued, then get ( 0 false ).
"""

from __future__ import annotations

from llvmlite import ir

from .core import RuntimeBuilder
from .layout import (
    CHANNEL,
    HEADER,
    I64,
    PTR,
    VOID,
    const,
    field_ptr,
    for_range,
    load_word,
    tag_int,
)
from .strands import BLOCKED, get, put

ID, BUF, CAP, HEAD, COUNT, CLOSED, W_FIRST, W_LAST, PREV, NEXT = (
    HEADER + 8 * i for i in range(10)
)
BYTES = 8 * 10
ZERO = tag_int(0)
RESULT = ir.LiteralStructType([I64, I64])  # value, ok (0 or 1)


def emit(rt: RuntimeBuilder) -> None:
    m = rt.module
    alloc = m.globals["seq_rt_alloc"]
    realloc = m.globals.get("realloc") or ir.Function(
        m, ir.FunctionType(PTR, [PTR, I64]), name="realloc")
    current = m.globals["seq_current"]
    wake = m.globals["seq_sched_push_front"]
    block = m.globals["seq_sched_block"]
    counter = ir.GlobalVariable(m, I64, name="seq_next_channel_id")
    counter.initializer = const(1)
    registry = ir.GlobalVariable(m, PTR, name="seq_channels")
    registry.initializer = ir.Constant(PTR, None)
    null = ir.Constant(PTR, None)

    def word(b: ir.IRBuilder, ch: ir.Value, offset: int, ty: ir.Type = I64) -> ir.Value:
        return load_word(b, ch, offset, ty)

    def set_word(b: ir.IRBuilder, ch: ir.Value, offset: int, value: ir.Value) -> None:
        b.store(value, field_ptr(b, ch, offset))

    fn, b = rt.function("seq_rt_chan_make", I64, [])
    ch = b.call(alloc, [const(CHANNEL), const(BYTES)])
    ident = b.load(counter)
    b.store(b.add(ident, const(1)), counter)
    set_word(b, ch, ID, ident)
    cap = const(16)
    set_word(b, ch, BUF, b.call(rt.libc["malloc"], [b.mul(cap, const(8))]))
    set_word(b, ch, CAP, cap)
    for offset in (HEAD, COUNT, CLOSED):
        set_word(b, ch, offset, const(0))
    set_word(b, ch, W_FIRST, null)
    set_word(b, ch, W_LAST, null)
    first = b.load(registry, typ=PTR)
    set_word(b, ch, PREV, null)
    set_word(b, ch, NEXT, first)
    with b.if_then(b.icmp_unsigned("!=", first, null)):
        set_word(b, first, PREV, ch)
    b.store(ch, registry)
    b.ret(b.ptrtoint(ch, I64))

    # Append a value to the ring, growing it when full.
    enqueue, b = rt.function("seq_chan_enqueue", VOID, [I64, I64])
    enqueue.linkage = "internal"
    ch, value = enqueue.args
    cap, count, head = word(b, ch, CAP), word(b, ch, COUNT), word(b, ch, HEAD)
    with b.if_then(b.icmp_signed("==", count, cap)):
        # Double, then unwrap the part that wrapped around past the old end.
        buf = b.call(realloc, [word(b, ch, BUF, PTR), b.mul(cap, const(16))])
        set_word(b, ch, BUF, buf)
        b.call(rt.libc["memcpy"], [b.gep(buf, [cap], source_etype=I64), buf,
                                   b.mul(head, const(8))])
        set_word(b, ch, CAP, b.mul(cap, const(2)))
    cap, buf = word(b, ch, CAP), word(b, ch, BUF, PTR)
    at = b.srem(b.add(word(b, ch, HEAD), count), cap)
    b.store(value, b.gep(buf, [at], source_etype=I64))
    set_word(b, ch, COUNT, b.add(count, const(1)))
    b.ret_void()

    def first_waiter(b: ir.IRBuilder, ch: ir.Value) -> ir.Value:
        """Take the first blocked receiver off the wait list (or null)."""
        w = word(b, ch, W_FIRST, PTR)
        with b.if_then(b.icmp_unsigned("!=", w, null)):
            rest = get(b, w, "next", PTR)
            set_word(b, ch, W_FIRST, rest)
            with b.if_then(b.icmp_unsigned("==", rest, null)):
                set_word(b, ch, W_LAST, null)
        return w

    # seq_rt_chan_send(value, channel) -> ok; consumes both
    fn, b = rt.function("seq_rt_chan_send", I64, [I64, I64])
    value, ch = fn.args
    closed = b.icmp_signed("!=", word(b, ch, CLOSED), const(0))
    with b.if_then(closed):
        b.call(rt.decref, [value])
        b.call(rt.decref, [ch])
        b.ret(const(0))
    w = first_waiter(b, ch)
    with b.if_else(b.icmp_unsigned("!=", w, null)) as (handoff, queue):
        with handoff:
            put(b, w, "transfer", value)
            put(b, w, "ok", const(1))
            put(b, w, "waiting_on", const(0))
            b.call(wake, [w])
        with queue:
            b.call(enqueue, [ch, value])
    b.call(rt.decref, [ch])
    b.ret(const(1))

    # seq_rt_chan_receive(channel) -> (value, ok); consumes the channel
    fn, b = rt.function("seq_rt_chan_receive", RESULT, [I64])
    (ch,) = fn.args

    def result(b: ir.IRBuilder, value: ir.Value, ok: ir.Value) -> None:
        b.call(rt.decref, [ch])
        pair = b.insert_value(ir.Constant(RESULT, ir.Undefined), value, 0)
        b.ret(b.insert_value(pair, ok, 1))

    count = word(b, ch, COUNT)
    with b.if_then(b.icmp_signed(">", count, const(0))):
        head, cap = word(b, ch, HEAD), word(b, ch, CAP)
        value = b.load(b.gep(word(b, ch, BUF, PTR), [head], source_etype=I64), typ=I64)
        set_word(b, ch, HEAD, b.srem(b.add(head, const(1)), cap))
        set_word(b, ch, COUNT, b.sub(count, const(1)))
        result(b, value, const(1))
    with b.if_then(b.icmp_signed("!=", word(b, ch, CLOSED), const(0))):
        result(b, ZERO, const(0))
    s = b.load(current, typ=PTR)
    with b.if_then(b.icmp_unsigned("==", s, null)):
        # Not on a strand: nothing else can ever send.
        b.call(m.globals["seq_rt_panic"], [rt.cstring("recv_deadlock",
               b"chan.receive: nothing can send to this channel (deadlock)")])
        b.unreachable()
    put(b, s, "next", const(0))
    put(b, s, "waiting_on", b.ptrtoint(field_ptr(b, ch, 0), I64))
    last = word(b, ch, W_LAST, PTR)
    with b.if_else(b.icmp_unsigned("==", last, null)) as (empty, append):
        with empty:
            set_word(b, ch, W_FIRST, s)
        with append:
            put(b, last, "next", b.ptrtoint(s, I64))
    set_word(b, ch, W_LAST, s)
    b.call(block, [const(BLOCKED)])
    result(b, get(b, s, "transfer"), get(b, s, "ok"))

    # seq_rt_chan_close(channel): consumes it; wakes every waiter with ( 0 false )
    fn, b = rt.function("seq_rt_chan_close", VOID, [I64])
    (ch,) = fn.args
    set_word(b, ch, CLOSED, const(1))
    loop, wake_one, done = (fn.append_basic_block(n) for n in ("loop", "wake", "done"))
    b.branch(loop)
    b.position_at_end(loop)
    w = word(b, ch, W_FIRST, PTR)
    b.cbranch(b.icmp_unsigned("!=", w, null), wake_one, done)
    b.position_at_end(wake_one)
    set_word(b, ch, W_FIRST, get(b, w, "next", PTR))
    put(b, w, "transfer", ZERO)
    put(b, w, "ok", const(0))
    put(b, w, "waiting_on", const(0))
    b.call(wake, [w])
    b.branch(loop)
    b.position_at_end(done)
    set_word(b, ch, W_LAST, null)
    b.call(rt.decref, [ch])
    b.ret_void()
    emit_release(rt)


def emit_release(rt: RuntimeBuilder) -> None:
    """seq_chan_release(channel object): its count reached zero."""
    fn, b = rt.function("seq_chan_release", VOID, [PTR])
    (ch,) = fn.args
    null = ir.Constant(PTR, None)
    prev, after = load_word(b, ch, PREV, PTR), load_word(b, ch, NEXT, PTR)
    with b.if_else(b.icmp_unsigned("==", prev, null)) as (then, otherwise):
        with then:
            b.store(after, rt.module.globals["seq_channels"])
        with otherwise:
            b.store(after, field_ptr(b, prev, NEXT))
    with b.if_then(b.icmp_unsigned("!=", after, null)):
        b.store(prev, field_ptr(b, after, PREV))
    count, head, cap = (load_word(b, ch, o) for o in (COUNT, HEAD, CAP))
    buf = load_word(b, ch, BUF, PTR)

    def drop(i: ir.Value, _: list[ir.Value]) -> list[ir.Value]:
        at = b.srem(b.add(head, i), cap)
        b.call(rt.decref, [b.load(b.gep(buf, [at], source_etype=I64), typ=I64)])
        return []

    for_range(b, const(0), count, [], drop)
    b.call(rt.libc["free"], [buf])
    b.ret_void()
