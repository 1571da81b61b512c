"""Running code so that a runtime error comes back instead of ending the
process: what a REPL entry needs. Also reference counting for the host."""

from __future__ import annotations

from llvmlite import ir

from .core import RuntimeBuilder
from .layout import I32, I64, PTR, VOID, WORD_FN, call_ptr, const, declare


def emit(rt: RuntimeBuilder) -> None:
    m = rt.module
    armed, point = m.globals["seq_unwind_armed"], m.globals["seq_unwind_point"]
    setjmp = declare(m, "_setjmp", ir.FunctionType(I32, [PTR]))
    setjmp.attributes.add("returns_twice")

    # seq_rt_protected(code, sp) -> the sp code returns, or null after a panic
    fn, b = rt.function("seq_rt_protected", PTR, [PTR, PTR])
    fn.attributes.add("noinline")
    code, sp = fn.args
    b.store(const(1), armed)
    first = b.icmp_signed("==", b.call(setjmp, [point]), ir.Constant(I32, 0))
    run, failed = fn.append_basic_block("run"), fn.append_basic_block("failed")
    b.cbranch(first, run, failed)
    b.position_at_end(run)
    result = call_ptr(b, code, WORD_FN, [sp])
    b.store(const(0), armed)
    b.ret(result)
    b.position_at_end(failed)
    b.store(const(0), armed)
    b.ret(ir.Constant(PTR, None))

    # Set by the host (Ctrl-C, a kernel interrupt); compiled code polls it.
    flag = ir.GlobalVariable(m, I64, name="seq_interrupt_flag")
    flag.initializer = const(0)
    fn, b = rt.function("seq_rt_interrupted", VOID, [])
    b.store(const(0), flag)
    b.call(m.globals["seq_rt_panic"], [rt.cstring("interrupted", b"interrupted")])
    b.unreachable()

    for name, helper in (("seq_rt_incref", rt.incref), ("seq_rt_decref", rt.decref)):
        fn, b = rt.function(name, VOID, [I64])
        b.call(helper, [fn.args[0]])
        b.ret_void()
