"""Arguments, exit, time."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, Slot
from ...codegen.words import FunctionCompiler
from ...runtime.layout import I64, VOID
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
    c.vs.push(Slot(c.runtime("seq_rt_arg_at", I64, [c.untag(c.vs.pop())]), ANY))


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
    c.runtime("seq_rt_sleep_ms", VOID, [c.untag(c.vs.pop())])
