"""`signal.*`: trapping signals into flags that programs poll.

As in the reference, a trapped signal only sets its flag (signals 0..31);
`signal.received?` reads and clears it, `signal.pending?` reads it,
`signal.clear` clears it. The handler is a native function in the runtime
module (`seq_rt_signal_handler`), installed with sigaction (SA_RESTART) by
the host through ctypes; the flags are bytes the handler stores atomically
and compiled code reads without calling Python (`seq_rt_signal_flag`).

Python owns signal handling in this process: it catches SIGINT to
interrupt running code (Ctrl-C in the REPL and notebooks, and in scripts).
`signal.trap` on SIGINT replaces that handler, so Ctrl-C then only sets the
flag, as in the reference; `signal.default` on SIGINT gives back the
handler that was there before the first trap (the host's), not SIG_DFL.
Other signals get SIG_DFL, as in the reference. A front end that installs
its own SIGINT handler later (the notebook kernel does, per cell) takes
SIGINT back.
"""

from __future__ import annotations

import ctypes
import os
import signal as py_signal
import sys

from llvmlite import ir

from ...runtime.core import panic_format
from ...runtime.host import HostContext
from ...runtime.hostops import SeqPanic
from ...runtime.irkit import Fn, runtime_fn, runtime_global
from ...runtime.layout import I8, I64, PTR, const
from ..hostops import host_builtin

MAX_SIGNAL = 32
FLAG_OPS = ("signal.received?", "signal.pending?", "signal.clear")  # seq_rt_signal_flag modes
SIG_DFL, SIG_IGN = 0, 1
# The runtime's fault handler (runtime/faults.py) turns a strand's memory
# fault into a runtime error; a program that took these signals over would
# turn the next fault into a crash or an endless loop of faults.
RESERVED = {int(py_signal.SIGSEGV): "SIGSEGV", int(py_signal.SIGBUS): "SIGBUS"}

if sys.platform == "darwin":  # pragma: no cover - not the machine the tests run on
    SA_RESTART = 0x0002

    class Sigaction(ctypes.Structure):
        _fields_ = [("handler", ctypes.c_void_p), ("mask", ctypes.c_uint32),
                    ("flags", ctypes.c_int)]
else:
    SA_RESTART = 0x10000000

    class Sigaction(ctypes.Structure):  # glibc's struct sigaction
        _fields_ = [("handler", ctypes.c_void_p), ("mask", ctypes.c_ulong * 16),
                    ("flags", ctypes.c_int), ("restorer", ctypes.c_void_p)]


class Signals:
    """The host's side: installing handlers, and what SIGINT had before."""

    def __init__(self, host: HostContext) -> None:
        self.handler = host.engine.address("seq_rt_signal_handler")
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.libc.sigaction.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]
        self.saved: dict[int, Sigaction] = {}  # SIGINT's action before the first change

    def set(self, op: str, sig: int, handler: int, flags: int) -> None:
        action = Sigaction()
        action.handler = handler
        action.flags = flags
        old = Sigaction()
        if self.libc.sigaction(sig, ctypes.byref(action), ctypes.byref(old)) != 0:
            err = ctypes.get_errno()
            what = {"signal.trap": "install handler for",
                    "signal.default": "restore default handler for",
                    "signal.ignore": "ignore"}[op]
            raise SeqPanic(f"{op}: failed to {what} signal {sig}: {os_error(err)}")
        if sig == py_signal.SIGINT and sig not in self.saved:
            self.saved[sig] = old

    def restore(self, sig: int) -> bool:
        """Give SIGINT back what it had before the first change; False if
        there is nothing to give back."""
        old = self.saved.pop(sig, None)
        if old is None:
            return False
        self.libc.sigaction(sig, ctypes.byref(old), None)
        return True


def os_error(err: int) -> str:
    return f"{os.strerror(err)} (os error {err})"


def signals(host: HostContext) -> Signals:
    return host.state(Signals, lambda: Signals(host))


def _check(op: str, sig: int) -> None:
    if not 0 <= sig < MAX_SIGNAL:
        raise SeqPanic(f"{op}: invalid signal number {sig}")
    if sig in RESERVED:
        raise SeqPanic(f"{op}: signal {sig} ({RESERVED[sig]}) is reserved for the runtime's "
                       "memory fault handling")


@host_builtin("signal.trap", "( ..a Int -- ..a )",
              "Catch a signal by number, recording it in a flag instead of the default action.",
              needs_host=True)
def trap(host: HostContext, sig: int) -> None:
    _check("signal.trap", sig)
    s = signals(host)
    s.set("signal.trap", sig, s.handler, SA_RESTART)


@host_builtin("signal.default", "( ..a Int -- ..a )",
              "Give a signal back its default behaviour.", needs_host=True)
def default(host: HostContext, sig: int) -> None:
    _check("signal.default", sig)
    s = signals(host)
    if not s.restore(sig):
        s.set("signal.default", sig, SIG_DFL, 0)


@host_builtin("signal.ignore", "( ..a Int -- ..a )",
              "Make the process ignore a signal.", needs_host=True)
def ignore(host: HostContext, sig: int) -> None:
    _check("signal.ignore", sig)
    s = signals(host)
    s.set("signal.ignore", sig, SIG_IGN, 0)



# --- the runtime module's part: the handler and the flags ---------------------------------

FLAGS = runtime_global(
    "seq_signal_flags", ir.ArrayType(I8, MAX_SIGNAL),
    "One byte per signal, set by the handler when it is caught (0..31).",
)


def flag_ptr(f: Fn, sig: ir.Value) -> ir.Value:
    """Pointer to the flag byte of signal `sig` (0 <= sig < MAX_SIGNAL)."""
    flags = f.glob(FLAGS)
    return f.b.gep(flags, [const(0), sig], source_etype=flags.value_type)


@runtime_fn("seq_rt_signal_handler")
def signal_handler(f: Fn, signum: ir.Value) -> None:
    """The native handler sigaction installs: raises the flag of `signum`
    (atomically; numbers outside the flags are ignored)."""
    b = f.b
    sig = b.zext(signum, I64)
    with b.if_then(b.icmp_unsigned("<", sig, const(MAX_SIGNAL))):
        b.atomic_rmw("xchg", flag_ptr(f, sig), ir.Constant(I8, 1), "seq_cst")


@runtime_fn("seq_rt_signal_flag")
def signal_flag(f: Fn, sig: ir.Value, mode: ir.Value) -> ir.Value:
    """FLAG_OPS[mode] on the flag of signal `sig` (an untagged Int): mode 0
    reads and clears it, 1 reads it, 2 clears it; returns 1 if it was
    raised, else 0 (0 for mode 2). A number outside 0..31 is a runtime
    error naming the builtin."""
    b = f.b
    with b.if_then(b.icmp_unsigned(">=", sig, const(MAX_SIGNAL)), likely=False):
        names = [f.cstring(op).ptrtoint(I64) for op in FLAG_OPS]
        name = names[-1]
        for k in reversed(range(len(FLAG_OPS) - 1)):
            name = b.select(b.icmp_unsigned("==", mode, const(k)), names[k], name)
        panic_format(f, "%s: invalid signal number %lld", b.inttoptr(name, PTR), sig)
    at = flag_ptr(f, sig)
    with b.if_then(b.icmp_unsigned("==", mode, const(1))):  # read
        now = b.load_atomic(at, "seq_cst", 1, typ=I8)
        b.ret(b.zext(b.icmp_unsigned("!=", now, ir.Constant(I8, 0)), I64))
    old = b.atomic_rmw("xchg", at, ir.Constant(I8, 0), "seq_cst")  # read and clear, or clear
    raised = b.zext(b.icmp_unsigned("!=", old, ir.Constant(I8, 0)), I64)
    return b.select(b.icmp_unsigned("==", mode, const(0)), raised, const(0))
