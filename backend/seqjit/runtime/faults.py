"""Memory faults inside a strand's region become runtime errors.

A strand that reads below its data stack (a computed `pick` too deep, a
`cond` on too few values) or overflows its native stack beyond what the
prologue checks catch hits one of its region's guard pages. The SIGSEGV
handler, running on an alternate signal stack, turns a fault inside the
current strand's region into a panic for that strand when the scheduler is
protected (a REPL entry, script mode); anything else (a fault outside any
strand, i.e. a real bug) gets the default action.
"""

from __future__ import annotations

from llvmlite import ir

from .core import RuntimeBuilder
from .layout import I32, I64, PTR, VOID, const, declare
from .strands import DATA_STACK_SLOTS, PAGE, get

SIGSEGV, SIGBUS = 11, 7
SA_SIGINFO, SA_ONSTACK = 4, 0x08000000
SIGACTION_BYTES = 152  # handler, sa_mask (128), flags (+pad), restorer: glibc x86-64 / aarch64
ALT_STACK_BYTES = 64 * 1024
SI_ADDR = 16  # offset of si_addr in siginfo_t


def emit(rt: RuntimeBuilder) -> None:
    m = rt.module
    sigaction = declare(m, "sigaction", ir.FunctionType(I32, [I32, PTR, PTR]))
    sigaltstack = declare(m, "sigaltstack", ir.FunctionType(I32, [PTR, PTR]))
    memset = m.globals.get("memset") or declare(
        m, "memset", ir.FunctionType(PTR, [PTR, I32, I64]))
    current = m.globals["seq_current"]
    armed = m.globals["seq_unwind_armed"]
    stack_size = m.globals["seq_native_stack_size"]
    message = rt.cstring("memory_fault", b"memory fault: the strand reached outside its stacks "
                                         b"(a stack overflow, or reading below the stack)")

    def install_default(b: ir.IRBuilder, signal: int) -> None:
        action = b.alloca(I64, size=SIGACTION_BYTES // 8)
        b.call(memset, [action, I32(0), const(SIGACTION_BYTES)])  # SIG_DFL
        b.call(sigaction, [I32(signal), action, ir.Constant(PTR, None)])

    # seq_fault_handler(signal, info, context)
    handler = ir.Function(m, ir.FunctionType(VOID, [I32, PTR, PTR]), name="seq_fault_handler")
    b = ir.IRBuilder(handler.append_basic_block("entry"))
    signal, info, _ = handler.args
    s = b.load(current, typ=PTR)
    on_strand = b.and_(b.icmp_unsigned("!=", s, ir.Constant(PTR, None)),
                       b.icmp_signed("!=", b.load(armed), const(0)))
    ours, other = handler.append_basic_block("ours"), handler.append_basic_block("other")
    check = handler.append_basic_block("check")
    b.cbranch(on_strand, check, other)
    b.position_at_end(check)
    address = b.load(b.gep(info, [const(SI_ADDR // 8)], source_etype=I64), typ=I64)
    start = get(b, s, "stack_mem")
    size = b.add(b.load(stack_size), const(3 * PAGE + 8 * DATA_STACK_SLOTS))
    inside = b.and_(b.icmp_unsigned(">=", address, start),
                    b.icmp_unsigned("<", address, b.add(start, size)))
    b.cbranch(inside, ours, other)
    b.position_at_end(ours)
    b.call(m.globals["seq_rt_panic"], [message])  # jumps to the unwind point
    b.unreachable()
    b.position_at_end(other)
    # Not a strand's fault: let it take its course (the default action).
    for sig in (SIGSEGV, SIGBUS):
        install_default(b, sig)
    b.ret_void()
    del signal

    # seq_rt_install_fault_handler(): on the thread that runs Seq code
    fn, b = rt.function("seq_rt_install_fault_handler", VOID, [])
    stack = b.alloca(I64, size=3)  # stack_t: ss_sp, ss_flags (+pad), ss_size
    b.store(b.ptrtoint(b.call(rt.libc["malloc"], [const(ALT_STACK_BYTES)]), I64), stack)
    b.store(const(0), b.gep(stack, [const(1)], source_etype=I64))
    b.store(const(ALT_STACK_BYTES), b.gep(stack, [const(2)], source_etype=I64))
    b.call(sigaltstack, [stack, ir.Constant(PTR, None)])
    action = b.alloca(I64, size=SIGACTION_BYTES // 8)
    b.call(memset, [action, I32(0), const(SIGACTION_BYTES)])
    b.store(b.ptrtoint(handler, I64), action)
    # sa_flags is the int after the 8-byte handler and 128-byte mask; the
    # word holding it (little-endian) is otherwise padding.
    b.store(const(SA_SIGINFO | SA_ONSTACK), b.gep(action, [const(17)], source_etype=I64))
    for sig in (SIGSEGV, SIGBUS):
        b.call(sigaction, [I32(sig), action, ir.Constant(PTR, None)])
    b.ret_void()
