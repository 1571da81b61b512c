"""`signal.*` builtins: trap, default and ignore are host ops; the flags are
read by one runtime call (seqjit.runtime.signals); the signal numbers are
constants of the platform the JIT runs on."""

from __future__ import annotations

import signal as py_signal

from ...codegen.words import FunctionCompiler
from ...runtime.layout import I64, const
from ..registry import builtin
from .runtime import FLAG_OPS

SIGNALS = (  # (name, doc)
    ("SIGINT", "Number of SIGINT (interrupt) on this platform."),
    ("SIGTERM", "Number of SIGTERM (terminate) on this platform."),
    ("SIGHUP", "Number of SIGHUP (hangup) on this platform."),
    ("SIGPIPE", "Number of SIGPIPE (broken pipe) on this platform."),
    ("SIGUSR1", "Number of SIGUSR1 on this platform."),
    ("SIGUSR2", "Number of SIGUSR2 on this platform."),
    ("SIGCHLD", "Number of SIGCHLD (child changed state) on this platform."),
    ("SIGALRM", "Number of SIGALRM (timer) on this platform."),
    ("SIGCONT", "Number of SIGCONT (continue) on this platform."),
)


def _number(value: int):
    def emit(c: FunctionCompiler) -> None:
        c.push_int(const(value))

    return emit


for _name, _doc in SIGNALS:
    builtin(f"signal.{_name}", "( ..a -- ..a Int )", _doc,
            native=True)(_number(int(getattr(py_signal, _name))))


def _flag(mode: int):
    def emit(c: FunctionCompiler) -> None:
        sig = c.untag(c.vs.pop())
        result = c.runtime("seq_rt_signal_flag", I64, [sig, const(mode)])
        if FLAG_OPS[mode] != "signal.clear":
            c.push_bool(c.b.icmp_unsigned("!=", result, const(0)))

    return emit


for _name, _effect, _doc in (
    ("signal.received?", "( ..a Int -- ..a Bool )",
     "True if the trapped signal arrived; resets its flag."),
    ("signal.pending?", "( ..a Int -- ..a Bool )",
     "True if the trapped signal arrived; leaves its flag set."),
    ("signal.clear", "( ..a Int -- ..a )",
     "Reset a signal's arrival flag without reading it."),
):
    builtin(_name, _effect, _doc)(_flag(FLAG_OPS.index(_name)))
