"""Weaves: generators run as strands driven by a resume/yield handshake.

A weave object (kind WEAVE, `WEAVE_OBJ` in runtime/layout.py) is both the
handle the resumer holds and the context the woven code threads to
`yield`. Invariants:
- Resume and yield switch directly between the two strands; the
  scheduler is not involved. The one not running is PARKED, in no queue.
- `transfer` carries the value across each switch: the resume value in,
  the yielded value out.
- Once `done` is set the weave's strand is freed (`strand` is null) and
  every resume answers ( 0 false ).
"""

from __future__ import annotations

from llvmlite import ir

from .irkit import I64, PAIR, PTR, Fn, const, is_null, runtime_fn
from .layout import WEAVE, WEAVE_OBJ, tag_int
from .sharing import share
from .status import STRAND, Flag, State
from .strands import (
    NO_REGION,
    credit_messages,
    data_stack_count,
    enter_state,
    field_or,
    run_strand,
    share_start,
)
from .worker import running

ZERO = tag_int(0)
NULL = ir.Constant(PTR, None)


def transfer_to(f: Fn, target: ir.Value) -> None:
    """Switch from the running strand (which parks) straight to `target`.
    Emitted code goes on when something switches back to this strand."""
    me = running(f.b).current
    credit_messages(f, me)
    enter_state(f, me, const(State.PARKED))
    run_strand(f, target)
    f.call("seq_ctx_switch", STRAND(f.b, me).addr("saved_sp"), STRAND(f.b, target).saved_sp)


@runtime_fn("seq_rt_weave")
def weave(f: Fn, quotation: ir.Value, sp: ir.Value) -> ir.Value:
    """`strand.weave`: consumes `quotation`; borrows the caller's data stack
    up to `sp`, which the woven code starts on a copy of. Returns the weave
    (count 1); nothing runs until the first resume."""
    b = f.b
    base = field_or(f, running(b).current, "ds_base", b.ptrtoint(sp, I64))  # off a strand: nothing
    s = f.call("seq_strand_new", quotation, b.inttoptr(base, PTR), sp)
    # The weave may be handed to a strand on another worker: what its
    # strand starts with, and every value passed through it, is shared.
    share_start(f, s, base, sp)
    strand = STRAND(b, s)
    strand.flags = const(Flag.WOVEN)
    strand.state = const(State.PARKED)
    obj = f.call("seq_rt_alloc", const(WEAVE), const(WEAVE_OBJ.size))
    w = WEAVE_OBJ(b, obj)
    w.strand = s
    w.resumer = NULL
    w.transfer = ZERO
    w.done = const(0)
    value = b.ptrtoint(obj, I64)
    strand.weave = value
    return value


def answer(f: Fn, yielded: ir.Value, more: ir.Value) -> None:
    """Return ( yielded more ) from strand.resume."""
    b = f.b
    pair = b.insert_value(ir.Constant(PAIR, ir.Undefined), yielded, 0)
    b.ret(b.insert_value(pair, more, 1))


@runtime_fn("seq_rt_resume")
def resume(f: Fn, obj: ir.Value, value: ir.Value) -> ir.Value:
    """`strand.resume`: borrows the weave; consumes `value`, handed to the
    woven code. Returns ( yielded 1 ), or ( 0 0 ) once the woven code has
    returned (then its strand is freed)."""
    b = f.b
    w = WEAVE_OBJ(b, obj)
    with b.if_then(b.icmp_signed("!=", w.done, const(0))):
        f.call("seq_decref", value)
        answer(f, ZERO, const(0))
    s = w.strand
    with b.if_then(b.icmp_unsigned("==", b.ptrtoint(s, I64), b.ptrtoint(running(f.b).current, I64)),
                   likely=False):
        f.call("seq_rt_panic", f.cstring("strand.resume: a weave cannot resume itself"))
        b.unreachable()
    share(f, value)
    w.transfer = value
    w.resumer = running(f.b).current
    with b.if_then(is_null(b, STRAND(b, s).stack_mem)):
        prepared = f.call("seq_strand_prepare", s)
        with b.if_then(b.icmp_signed("==", prepared, const(0)), likely=False):
            f.call("seq_rt_panic", f.cstring(f"strand.resume: {NO_REGION}"))
            b.unreachable()
    transfer_to(f, s)
    done = b.icmp_signed("!=", w.done, const(0))
    with b.if_then(done):
        # The woven code returned: its strand will never run again.
        f.call("seq_strand_free", s)
        w.strand = NULL
    got = w.transfer
    answer(f, b.select(done, ZERO, got), b.select(done, const(0), const(1)))


@runtime_fn("seq_rt_weave_yield")
def weave_yield(f: Fn, obj: ir.Value, value: ir.Value) -> ir.Value:
    """`yield` in woven code: borrows the weave; consumes `value`, handed to
    the resumer. Returns the next resume value. Raises a runtime error
    outside that weave's own code (the checker cannot tell)."""
    b = f.b
    w = WEAVE_OBJ(b, obj)
    outside = b.icmp_unsigned("!=", b.ptrtoint(w.strand, I64), b.ptrtoint(running(b).current, I64))
    with b.if_then(outside, likely=False):
        f.call("seq_rt_panic", f.cstring("yield: not inside this weave"))
        b.unreachable()
    share(f, value)
    w.transfer = value
    transfer_to(f, w.resumer)
    return w.transfer


@runtime_fn("seq_rt_weave_finished")
def weave_finished(f: Fn, sp: ir.Value) -> None:
    """The woven code returned with its data stack up to `sp`: drops what it
    left there (its context among it, as a rule), marks the weave done and
    hands back to the resumer. Does not return."""
    b = f.b
    me = STRAND(b, running(f.b).current)
    obj = me.weave
    f.call("seq_incref", obj)  # held across the drops below
    base = me.ds_base
    f.call("seq_rt_drop_values", b.inttoptr(base, PTR), data_stack_count(f, base, sp))
    w = WEAVE_OBJ(b, obj)
    w.done = const(1)
    w.transfer = ZERO
    resumer = w.resumer
    f.call("seq_decref", obj)
    transfer_to(f, resumer)
    b.unreachable()


@runtime_fn("seq_rt_weave_cancel")
def cancel(f: Fn, obj: ir.Value) -> None:
    """`strand.weave-cancel`: consumes the handle; the weave never runs again.
    What its suspended frames hold is not reclaimed (as in the reference)."""
    b = f.b
    w = WEAVE_OBJ(b, obj)
    with b.if_then(b.icmp_signed("==", w.done, const(0))):
        w.done = const(1)
        f.call("seq_strand_free", w.strand)
        w.strand = NULL
    f.call("seq_decref", obj)
