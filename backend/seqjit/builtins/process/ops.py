"""Arguments, exit, time."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, Slot
from ...codegen.words import FunctionCompiler
from ...runtime.layout import I64, PTR, VOID, const
from ..registry import builtin


def _global(c: FunctionCompiler, name: str, ty: ir.Type) -> ir.Value:
    g = c.unit.module.globals.get(name)
    if g is None:
        g = ir.GlobalVariable(c.unit.module, ty, name=name)
    return c.b.load(g, typ=ty)


@builtin("args.count", "( ..a -- ..a Int )", "Number of command-line arguments.", category="io")
def _args_count(c: FunctionCompiler) -> None:
    c.push_int(_global(c, "seq_argc", I64))


@builtin("args.at", "( ..a Int -- ..a String )",
         "Command-line argument at the given index.", category="io")
def _args_at(c: FunctionCompiler) -> None:
    """The argument at an index; "" past the end; a negative index is an error."""
    b = c.b
    index = c.untag(c.vs.pop())
    with b.if_then(b.icmp_signed("<", index, const(0)), likely=False):
        c.panic("args.at: index must be non-negative")
    inside = b.icmp_signed("<", index, _global(c, "seq_argc", I64))
    argv = _global(c, "seq_argv", PTR)
    safe = b.select(inside, index, const(0))
    arg = b.load(b.gep(argv, [safe], source_etype=I64), typ=I64)
    value = b.select(inside, arg, c.unit.static_string(b""))
    slot = Slot(value, ANY)
    c.incref(slot)
    c.vs.push(slot)


@builtin("os.exit", "( ..a Int -- ..a )",
         "Terminate the process with an exit status (never returns).", category="os")
def _exit(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_exit", VOID, [c.untag(c.vs.pop())])


@builtin("time.nanos", "( ..a -- ..a Int )", "Monotonic clock reading in nanoseconds, for timing.")
def _nanos(c: FunctionCompiler) -> None:
    c.push_int(c.runtime("seq_rt_nanos", I64, []))


@builtin("time.now", "( ..a -- ..a Int )", "Wall-clock time since the Unix epoch, in microseconds.")
def _now(c: FunctionCompiler) -> None:
    c.push_int(c.runtime("seq_rt_micros_since_epoch", I64, []))


@builtin("time.sleep-ms", "( ..a Int -- ..a )", "Pause the current strand for N milliseconds.")
def _sleep(c: FunctionCompiler) -> None:
    """Park only this strand: it wakes when the time has passed."""
    b = c.b
    until = b.add(c.runtime("seq_rt_nanos", I64, []), b.mul(c.untag(c.vs.pop()), const(1_000_000)))
    c.runtime("seq_rt_sleep_until", VOID, [until])
