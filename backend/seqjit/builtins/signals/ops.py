"""`signal.*` builtins: trap, default and ignore are host ops; the flags are
read by one runtime call (seqjit.runtime.signals); the signal numbers are
constants of the platform the JIT runs on."""

from __future__ import annotations

import signal as py_signal

from ...codegen.words import FunctionCompiler
from ...runtime.layout import I64, const
from ..hostops import register_family
from ..registry import op
from .runtime import FLAG_OPS

register_family("signal")

SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP", "SIGPIPE", "SIGUSR1", "SIGUSR2", "SIGCHLD",
           "SIGALRM", "SIGCONT")


def _number(value: int):
    def emit(c: FunctionCompiler) -> None:
        c.push_int(const(value))

    return emit


for _name in SIGNALS:
    op(f"signal.{_name}", native=True)(_number(int(getattr(py_signal, _name))))


def _flag(mode: int):
    def emit(c: FunctionCompiler) -> None:
        sig = c.untag(c.vs.pop())
        result = c.runtime("seq_rt_signal_flag", I64, [sig, const(mode)])
        if FLAG_OPS[mode] != "signal.clear":
            c.push_bool(c.b.icmp_unsigned("!=", result, const(0)))

    return emit


for _mode, _name in enumerate(FLAG_OPS):
    op(_name)(_flag(_mode))
