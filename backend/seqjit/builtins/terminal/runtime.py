"""`terminal.*`: raw mode, single-byte reads, the window's size, flushing.

Reads share stdin's read-ahead buffer with io.read-line and io.read-n
(builtins/strings/runtime.py): a byte already read ahead is taken from it first.
Before a read blocks, pending output is flushed (the reference leaves
that to terminal.flush). `terminal.read-char?` makes stdin non-blocking for
one read(2) and restores its flags.

Raw mode (stdin only, and only when it is a terminal) turns off canonical
input, echo, signals from keys, IEXTEN, XON/XOFF, CR-to-NL and output
post-processing, reading one byte at a time, as the reference does; the
settings before it come back when raw mode is turned off and at exit. The
reference also restores them from SIGINT/SIGTERM handlers; here the signal
keys are off in raw mode anyway and a kill ends the process as it is.
"""

from __future__ import annotations

import atexit
import fcntl
import os
import termios  # (here, not at exit: a process out of address space cannot load it then)

from llvmlite import ir

from ...runtime.irkit import I8, I32, I64, PTR, Fn, alloca_once, const, extern, runtime_fn
from ..hostops import host_builtin

DEFAULT_WIDTH, DEFAULT_HEIGHT = 80, 24
POLLIN = 1  # poll(2): readable
STDIN = ir.Constant(I32, 0)

extern("fcntl", I32, [I32, I32], "libc: fcntl(2), its third argument if any.", var_arg=True)
extern("read", I64, [I32, PTR, I64], "libc: read(2).")


class RawMode:
    def __init__(self) -> None:
        self.saved: list | None = None
        atexit.register(self.off)

    def on(self) -> None:
        if self.saved is not None or not os.isatty(0):
            return
        try:
            attrs = termios.tcgetattr(0)
        except termios.error:
            return
        saved = [list(a) if isinstance(a, list) else a for a in attrs]
        iflag, oflag, cflag, lflag, ispeed, ospeed, cc = attrs
        lflag &= ~(termios.ICANON | termios.ECHO | termios.ISIG | termios.IEXTEN)
        iflag &= ~(termios.IXON | termios.ICRNL)
        oflag &= ~termios.OPOST
        cc[termios.VMIN] = 1
        cc[termios.VTIME] = 0
        try:
            termios.tcsetattr(0, termios.TCSANOW, [iflag, oflag, cflag, lflag, ispeed, ospeed, cc])
        except termios.error:
            return
        self.saved = saved

    def off(self) -> None:
        if self.saved is None:
            return
        try:
            termios.tcsetattr(0, termios.TCSANOW, self.saved)
        except termios.error:
            pass
        self.saved = None


RAW_MODE = RawMode()


@host_builtin("terminal.raw-mode", "( ..a Bool -- ..a )",
              "Switch the terminal's raw mode on or off (no echo, no line buffering).")
def raw_mode(enable: bool) -> None:
    RAW_MODE.on() if enable else RAW_MODE.off()


def window_size() -> tuple[int, int]:
    if not os.isatty(1):
        return DEFAULT_WIDTH, DEFAULT_HEIGHT
    try:
        size = os.get_terminal_size(1)
    except OSError:
        return DEFAULT_WIDTH, DEFAULT_HEIGHT
    return size.columns or DEFAULT_WIDTH, size.lines or DEFAULT_HEIGHT


@host_builtin("terminal.width", "( ..a -- ..a Int )", "Terminal columns, 80 when unknown.")
def width() -> int:
    return window_size()[0]


@host_builtin("terminal.height", "( ..a -- ..a Int )", "Terminal rows, 24 when unknown.")
def height() -> int:
    return window_size()[1]



@runtime_fn("seq_rt_terminal_read_char", locked=True)
def read_char(f: Fn, nonblocking: ir.Value) -> ir.Value:
    """Returns the next byte of stdin (from the read-ahead buffer first), or
    -1 at EOF, on an error, or when `nonblocking` and no byte is ready.
    Pending output is flushed before reading."""
    b = f.b
    buf = f.glob("seq_in_buffer")  # builtins/strings/runtime.py's read-ahead
    ahead = f.load("seq_in_pos")
    with b.if_then(b.icmp_signed("<", ahead, f.load("seq_in_end"))):
        f.store("seq_in_pos", b.add(ahead, const(1)))
        b.ret(b.zext(b.load(b.gep(buf, [const(0), ahead], source_etype=buf.value_type),
                            typ=I8), I64))
    f.call("seq_rt_flush_pending")
    with b.if_then(b.not_(nonblocking)):
        # Parks only this strand until a byte comes, as io.read-line does: a
        # read(2) that blocked would hold the engine thread beyond Ctrl-C.
        f.call("seq_io_wait", const(0), const(POLLIN), const(-1))
        # Ctrl-C while it waited, and then a byte: the interrupt comes first.
        with b.if_then(b.icmp_signed("!=", f.load("seq_interrupt_flag"), const(0))):
            f.call("seq_rt_interrupted")
    cell = alloca_once(b, I8)
    saved_flags = alloca_once(b, I32)
    with b.if_then(nonblocking):
        flags = f.call("fcntl", STDIN, ir.Constant(I32, fcntl.F_GETFL))
        with b.if_then(b.icmp_signed("<", flags, ir.Constant(I32, 0))):
            b.ret(const(-1))
        b.store(flags, saved_flags)
        f.call("fcntl", STDIN, ir.Constant(I32, fcntl.F_SETFL),
               b.or_(flags, ir.Constant(I32, os.O_NONBLOCK)))
    n = f.call("read", STDIN, cell, const(1))
    with b.if_then(nonblocking):
        f.call("fcntl", STDIN, ir.Constant(I32, fcntl.F_SETFL), b.load(saved_flags, typ=I32))
    got = b.icmp_signed("==", n, const(1))
    return b.select(got, b.zext(b.load(cell, typ=I8), I64), const(-1))
