"""Weaves: generators run as strands driven by a resume/yield handshake.

A weave object (kind WEAVE) is both the handle the resumer holds and the
context the woven code threads to `yield`. Layout after the header: ptr
strand, ptr resumer, i64 transfer, i64 done. Resume and yield switch
directly between the two strands; the scheduler is not involved.
"""

from __future__ import annotations

from llvmlite import ir

from .core import RuntimeBuilder
from .layout import I64, PTR, VOID, WEAVE, const, field_ptr, load_word, tag_int
from .layout import WEAVE_DONE as DONE_FLAG
from .layout import WEAVE_RESUMER as RESUMER
from .layout import WEAVE_STRAND as STRAND
from .layout import WEAVE_TRANSFER as TRANSFER
from .strands import PARKED, RUNNING, WOVEN, field_or, get, put

ZERO = tag_int(0)
RESULT = ir.LiteralStructType([I64, I64])  # value, has-more


def emit(rt: RuntimeBuilder) -> None:
    m = rt.module
    alloc = m.globals["seq_rt_alloc"]
    new_strand = m.globals["seq_strand_new"]
    free_strand = m.globals["seq_strand_free"]
    prepare = m.globals["seq_strand_prepare"]
    switch = m.globals["seq_ctx_switch"]
    current = m.globals["seq_current"]
    guard = m.globals["seq_stack_guard"]
    null = ir.Constant(PTR, None)

    def set_word(b: ir.IRBuilder, w: ir.Value, offset: int, value: ir.Value) -> None:
        b.store(value, field_ptr(b, w, offset))

    def transfer_to(b: ir.IRBuilder, target: ir.Value) -> None:
        """Switch from the current strand straight to `target`."""
        me = b.load(current, typ=PTR)
        put(b, me, "state", const(PARKED))
        put(b, target, "state", const(RUNNING))
        b.store(target, current)
        b.store(get(b, target, "guard"), guard)
        b.store(get(b, target, "ds_limit"), m.globals["seq_ds_limit"])
        b.call(switch, [field_ptr(b, me, 0), get(b, target, "saved_sp", PTR)])
        # Resumed: whoever switched here made this strand current again.

    # seq_rt_weave(quotation, sp) -> weave: not started until the first resume
    fn, b = rt.function("seq_rt_weave", I64, [I64, PTR])
    quot, sp = fn.args
    base = field_or(b, b.load(current, typ=PTR), "ds_base", sp)  # off a strand: copy nothing
    strand = b.call(new_strand, [quot, base, sp])
    put(b, strand, "flags", const(WOVEN))
    put(b, strand, "state", const(PARKED))
    w = b.call(alloc, [const(WEAVE), const(32)])
    set_word(b, w, STRAND, strand)
    set_word(b, w, RESUMER, null)
    set_word(b, w, TRANSFER, ZERO)
    set_word(b, w, DONE_FLAG, const(0))
    value = b.ptrtoint(w, I64)
    put(b, strand, "weave", value)
    b.ret(value)

    # seq_rt_resume(weave, value) -> (yielded, has_more); keeps the weave
    fn, b = rt.function("seq_rt_resume", RESULT, [I64, I64])
    w, value = fn.args

    def answer(b: ir.IRBuilder, yielded: ir.Value, more: ir.Value) -> None:
        pair = b.insert_value(ir.Constant(RESULT, ir.Undefined), yielded, 0)
        b.ret(b.insert_value(pair, more, 1))

    with b.if_then(b.icmp_signed("!=", load_word(b, w, DONE_FLAG), const(0))):
        b.call(rt.decref, [value])
        answer(b, ZERO, const(0))
    strand = load_word(b, w, STRAND, PTR)
    set_word(b, w, TRANSFER, value)
    set_word(b, w, RESUMER, b.load(current, typ=PTR))
    with b.if_then(b.icmp_unsigned("==", get(b, strand, "stack_mem", PTR), null)):
        b.call(prepare, [strand])
    transfer_to(b, strand)
    done = b.icmp_signed("!=", load_word(b, w, DONE_FLAG), const(0))
    with b.if_then(done):
        # The woven code returned: its strand will never run again.
        b.call(free_strand, [strand])
        set_word(b, w, STRAND, null)
    got = load_word(b, w, TRANSFER)
    answer(b, b.select(done, ZERO, got), b.select(done, const(0), const(1)))

    # seq_rt_weave_yield(weave, value) -> the next resume value
    fn, b = rt.function("seq_rt_weave_yield", I64, [I64, I64])
    w, value = fn.args
    set_word(b, w, TRANSFER, value)
    transfer_to(b, load_word(b, w, RESUMER, PTR))
    b.ret(load_word(b, w, TRANSFER))

    # seq_rt_weave_finished(sp): the woven code returned. Drop what it left on
    # its stack (its context among it, as a rule), then hand back to the resumer.
    fn, b = rt.function("seq_rt_weave_finished", VOID, [PTR])
    (sp,) = fn.args
    me = b.load(current, typ=PTR)
    w = get(b, me, "weave")
    b.call(rt.incref, [w])  # held across the drops below
    base = get(b, me, "ds_base", PTR)
    count = b.sdiv(b.sub(b.ptrtoint(sp, I64), b.ptrtoint(base, I64)), const(8))
    b.call(m.globals["seq_rt_drop_values"], [base, count])
    set_word(b, w, DONE_FLAG, const(1))
    set_word(b, w, TRANSFER, ZERO)
    resumer = load_word(b, w, RESUMER, PTR)
    b.call(rt.decref, [w])
    transfer_to(b, resumer)
    b.unreachable()

    # seq_rt_weave_cancel(weave): consumes the handle; the weave never runs again
    fn, b = rt.function("seq_rt_weave_cancel", VOID, [I64])
    (w,) = fn.args
    with b.if_then(b.icmp_signed("==", load_word(b, w, DONE_FLAG), const(0))):
        set_word(b, w, DONE_FLAG, const(1))
        # What its suspended frames hold is not reclaimed (as in the reference).
        b.call(free_strand, [load_word(b, w, STRAND, PTR)])
        set_word(b, w, STRAND, null)
    b.call(rt.decref, [w])
    b.ret_void()

