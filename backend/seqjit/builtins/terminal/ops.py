"""`terminal.*` builtins: raw mode and the window's size are host ops;
reads and flushing call the runtime (seqjit.runtime.terminal)."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.words import FunctionCompiler
from ...runtime.layout import I1, I64, VOID
from ..hostops import register_family
from ..registry import op
from . import runtime as _runtime  # noqa: F401 - registers the host ops

register_family("terminal")


def _read(nonblocking: bool):
    def emit(c: FunctionCompiler) -> None:
        flag = ir.Constant(I1, int(nonblocking))
        c.push_int(c.runtime("seq_rt_terminal_read_char", I64, [flag]))

    return emit


op("terminal.read-char")(_read(False))
op("terminal.read-char?")(_read(True))


@op("terminal.flush")
def _flush(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_flush", VOID, [])
