"""The interrupt flag the host sets and compiled code polls, and reference
counting for the host."""

from __future__ import annotations

from llvmlite import ir

from .core import RuntimeBuilder
from .layout import I64, VOID, const


def emit(rt: RuntimeBuilder) -> None:
    m = rt.module
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
