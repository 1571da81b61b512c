"""Strands, channels and weaves: each a call into the machine's
runtime/strands.py, channels.py or weaves.py (a blocking call switches
strands inside)."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, Slot
from ...codegen.words import FunctionCompiler
from ...runtime.irkit import PAIR
from ...runtime.layout import I64, VOID, WEAVE, const
from ..registry import builtin


def _weave_at(c: FunctionCompiler, depth: int, name: str) -> Slot:
    """The weave `depth` below the top, checked: the checker types a handle
    (and a weave's context) with a type variable."""
    return c.expect_at(depth, WEAVE, f"{name}: expected WeaveHandle")


def _site(c: FunctionCompiler) -> ir.Value:
    """Where the builtin being compiled is written, for the strand console
    (live/observe.py): a constant String "word<TAB>file:line:col" (a
    constant object, so an entry's code that holds one stays loaded)."""
    call = c.current_call
    where = call.span.location if call is not None else "?"
    return c.unit.static_string(f"{c.word}\t{where}".encode())


def _pair(c: FunctionCompiler, result: ir.Value) -> None:
    """Push a runtime (value, flag) pair."""
    c.vs.push(Slot(c.b.extract_value(result, 0), ANY))
    c.push_bool(c.b.icmp_signed("!=", c.b.extract_value(result, 1), const(0)))


@builtin("strand.spawn", "( ..a [..spawn_in -- ..spawn_out] -- ..a Int )",
         "Start a quotation as an independent strand; pushes its id.")
def _spawn(c: FunctionCompiler) -> None:
    quot = c.vs.pop()
    sp = c.vs.flush()  # the child starts on a copy of this stack
    c.push_int(c.runtime("seq_rt_spawn", I64, [quot.value, sp, _site(c)]))


@builtin("chan.make", "( ..a -- ..a Channel )", "New channel for passing values between strands.")
def _make(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.runtime("seq_rt_chan_make", I64, [_site(c)]), ANY))


def _entry(c: FunctionCompiler, name: str) -> str:
    """The runtime entry point of channel operation `name`: its variant
    that borrows the channel when the channel is a borrowed copy
    (FunctionCompiler.lends: `over chan.send` counts no reference)."""
    return f"{name}_borrowed" if c.borrowed else name


@builtin("chan.send", "( ..a T Channel -- ..a Bool )",
         "Send a value into a channel; false if the channel is closed.", borrows=2)
def _send(c: FunctionCompiler) -> None:
    channel = c.vs.pop()
    value = c.vs.pop()
    ok = c.runtime(_entry(c, "seq_rt_chan_send"), I64, [c.tagged(value), channel.value])
    c.push_bool(c.b.icmp_signed("!=", ok, const(0)))


@builtin("chan.receive", "( ..a Channel -- ..a T Bool )",
         "Take a value from a channel; flag is false once it is closed.", borrows=1)
def _receive(c: FunctionCompiler) -> None:
    _pair(c, c.runtime(_entry(c, "seq_rt_chan_receive"), PAIR, [c.vs.pop().value]))


@builtin("chan.close", "( ..a Channel -- ..a )", "Close a channel.", borrows=1)
def _close(c: FunctionCompiler) -> None:
    c.runtime(_entry(c, "seq_rt_chan_close"), VOID, [c.vs.pop().value])


@builtin("chan.yield", "( ..a -- ..a )", "Give the scheduler a chance to run other strands.")
def _yield_strand(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_yield", VOID, [])


@builtin("strand.weave", "( ..a [..weave_in -- ..weave_out] -- ..a H )",
         "Make a generator (weave) from a quotation; pushes its handle.")
def _weave(c: FunctionCompiler) -> None:
    quot = c.vs.pop()
    sp = c.vs.flush()
    c.vs.push(Slot(c.runtime("seq_rt_weave", I64, [quot.value, sp]), ANY, WEAVE))


@builtin("strand.resume", "( ..a H B -- ..a H B Bool )",
         "Send a value into a weave; gives back the yielded value and a has-more flag.")
def _resume(c: FunctionCompiler) -> None:
    weave = _weave_at(c, 1, "strand.resume")
    value = c.vs.pop()
    _pair(c, c.runtime("seq_rt_resume", PAIR, [weave.value, c.tagged(value)]))


@builtin("yield", "( ..a C B -- ..a C B | Yield B )",
         "Inside a weave: emit a value and wait for the next resume value.")
def _yield(c: FunctionCompiler) -> None:
    ctx = _weave_at(c, 1, "yield")
    value = c.vs.pop()
    c.vs.push(Slot(c.runtime("seq_rt_weave_yield", I64, [ctx.value, c.tagged(value)]), ANY))


@builtin("strand.weave-cancel", "( ..a H -- ..a )", "Abandon a weave and free what it holds.")
def _cancel(c: FunctionCompiler) -> None:
    _weave_at(c, 0, "strand.weave-cancel")
    c.runtime("seq_rt_weave_cancel", VOID, [c.vs.pop().value])

