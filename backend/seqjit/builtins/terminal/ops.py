"""`terminal.*` builtins: raw mode and the window's size are host ops;
reads and flushing call the runtime (seqjit.runtime.terminal)."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.words import FunctionCompiler
from ...runtime.layout import I1, I64, VOID
from ..registry import builtin


def _read(nonblocking: bool):
    def emit(c: FunctionCompiler) -> None:
        flag = ir.Constant(I1, int(nonblocking))
        c.push_int(c.runtime("seq_rt_terminal_read_char", I64, [flag]))

    return emit


builtin("terminal.read-char", "( ..a -- ..a Int )",
        "Blocking read of one stdin byte; -1 on EOF or error.")(_read(False))
builtin("terminal.read-char?", "( ..a -- ..a Int )",
        "Non-blocking read of one stdin byte; -1 if none is ready.")(_read(True))


@builtin("terminal.flush", "( ..a -- ..a )", "Flush buffered stdout output.")
def _flush(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_flush", VOID, [])
