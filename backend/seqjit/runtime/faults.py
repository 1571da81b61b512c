"""Memory faults inside a strand's region become runtime errors.

A strand that reads below its data stack (a computed `pick` too deep, a
`cond` on too few values) or overflows its native stack beyond what the
prologue checks catch hits one of its region's guard pages. The SIGSEGV
handler, running on an alternate signal stack, turns a fault inside the
current strand's region into a panic for that strand when the scheduler is
protected (a REPL entry, script mode); anything else (a fault outside any
strand, i.e. a real bug) gets the default action. So does a fault inside a
C function called through FFI on a strand (runtime/foreign.py).
"""

from __future__ import annotations

from llvmlite import ir

from .foreign import crash_message
from .irkit import I32, I64, PTR, Fn, Layout, const, extern, runtime_fn, stack_struct
from .status import STRAND
from .strands import region_bytes
from .worker import running

SIGSEGV, SIGBUS = 11, 7
SA_SIGINFO, SA_ONSTACK = 4, 0x08000000
ALT_STACK_BYTES = 64 * 1024

# glibc's structs, x86-64 and aarch64 alike, as far as the handler uses them.
# struct sigaction: handler, sa_mask (128 bytes), sa_flags (an int; the rest
# of its word is padding), restorer.
SIGACTION = Layout(
    "sigaction", [("handler", PTR), *((f"mask{i}", I64) for i in range(16)),
                  ("flags", I64), ("restorer", PTR)]
)
STACK_T = Layout("stack_t", [("sp", PTR), ("flags", I64), ("size", I64)])
SIGINFO = Layout("siginfo_t", [("si_addr", I64)], start=16)  # what faults.py reads of it

extern("sigaction", I32, [I32, PTR, PTR], "libc")
extern("sigaltstack", I32, [PTR, PTR], "libc")


def sigaction(f: Fn, handler: ir.Value | None, flags: int) -> ir.Value:
    """A zeroed `struct sigaction` on the stack with `handler` (None:
    SIG_DFL) and `flags`."""
    action = stack_struct(f.b, SIGACTION)
    f.call("memset", action, I32(0), const(SIGACTION.size))
    fields = SIGACTION(f.b, action)
    if handler is not None:
        fields.handler = handler
    if flags:
        fields.flags = const(flags)
    return action


@runtime_fn("seq_fault_handler")
def fault_handler(f: Fn, signal: ir.Value, info: ir.Value, context: ir.Value) -> None:
    """The SIGSEGV/SIGBUS handler: a fault inside the running strand's region
    under a protected scheduler panics that strand (does not return);
    anything else gets the default action once the handler returns."""
    b = f.b
    s = running(f.b).current
    armed = b.load(f.glob("seq_unwind_armed"), typ=I64)
    on_strand = b.and_(b.icmp_unsigned("!=", s, ir.Constant(PTR, None)),
                       b.icmp_signed("!=", armed, const(0)))
    with b.if_then(on_strand):
        address = SIGINFO(b, info).si_addr
        start = b.ptrtoint(STRAND(b, s).stack_mem, I64)
        inside = b.and_(b.icmp_unsigned(">=", address, start),
                        b.icmp_unsigned("<", address, b.add(start, region_bytes(f))))
        crash_message(f, address)
        with b.if_then(inside):
            f.call("seq_rt_panic", f.cstring(
                "memory fault: the strand reached outside its stacks "
                "(a stack overflow, or reading below the stack)"))  # jumps to the unwind point
            b.unreachable()
    # Not a strand's fault: let it take its course (the default action).
    default = sigaction(f, None, 0)
    for sig in (SIGSEGV, SIGBUS):
        f.call("sigaction", I32(sig), default, ir.Constant(PTR, None))


@runtime_fn("seq_rt_install_fault_handler")
def install_fault_handler(f: Fn) -> None:
    """Install seq_fault_handler, on an alternate signal stack, on the thread
    that runs Seq code."""
    b = f.b
    stack = stack_struct(b, STACK_T)
    alt = STACK_T(b, stack)
    alt.sp = f.call("malloc", const(ALT_STACK_BYTES))
    alt.flags = const(0)
    alt.size = const(ALT_STACK_BYTES)
    f.call("sigaltstack", stack, ir.Constant(PTR, None))
    # The first backtrace() loads libgcc's unwinder (dlopen), which the
    # handler, where a fault's panic records its backtrace, must not do.
    frames = b.alloca(ir.ArrayType(PTR, 2))
    f.call("backtrace", frames, I32(2))
    action = sigaction(f, f.callee("seq_fault_handler"), SA_SIGINFO | SA_ONSTACK)
    for sig in (SIGSEGV, SIGBUS):
        f.call("sigaction", I32(sig), action, ir.Constant(PTR, None))
