"""Strands, channels and weaves: each a call into runtime/strands.py,
channels.py or weaves.py (a blocking call switches strands inside)."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, Slot
from ...codegen.words import FunctionCompiler
from ...runtime.layout import I64, VOID, const
from ..registry import op

PAIR = ir.LiteralStructType([I64, I64])


def _pair(c: FunctionCompiler, result: ir.Value) -> None:
    """Push a runtime (value, flag) pair."""
    c.vs.push(Slot(c.b.extract_value(result, 0), ANY))
    c.push_bool(c.b.icmp_signed("!=", c.b.extract_value(result, 1), const(0)))


@op("strand.spawn")
def _spawn(c: FunctionCompiler) -> None:
    quot = c.vs.pop()
    sp = c.vs.flush()  # the child starts on a copy of this stack
    c.push_int(c.runtime("seq_rt_spawn", I64, [quot.value, sp]))


@op("chan.make")
def _make(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.runtime("seq_rt_chan_make", I64, []), ANY))


@op("chan.send")
def _send(c: FunctionCompiler) -> None:
    channel = c.vs.pop()
    value = c.vs.pop()
    ok = c.runtime("seq_rt_chan_send", I64, [c.tagged(value), channel.value])
    c.push_bool(c.b.icmp_signed("!=", ok, const(0)))


@op("chan.receive")
def _receive(c: FunctionCompiler) -> None:
    _pair(c, c.runtime("seq_rt_chan_receive", PAIR, [c.vs.pop().value]))


@op("chan.close")
def _close(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_chan_close", VOID, [c.vs.pop().value])


@op("chan.yield")
def _yield_strand(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_yield", VOID, [])


@op("strand.weave")
def _weave(c: FunctionCompiler) -> None:
    quot = c.vs.pop()
    sp = c.vs.flush()
    c.vs.push(Slot(c.runtime("seq_rt_weave", I64, [quot.value, sp]), ANY))


@op("strand.resume")
def _resume(c: FunctionCompiler) -> None:
    value = c.vs.pop()
    weave = c.vs.peek()
    _pair(c, c.runtime("seq_rt_resume", PAIR, [weave.value, c.tagged(value)]))


@op("yield")
def _yield(c: FunctionCompiler) -> None:
    value = c.vs.pop()
    ctx = c.vs.peek()
    c.vs.push(Slot(c.runtime("seq_rt_weave_yield", I64, [ctx.value, c.tagged(value)]), ANY))


@op("strand.weave-cancel")
def _cancel(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_weave_cancel", VOID, [c.vs.pop().value])

