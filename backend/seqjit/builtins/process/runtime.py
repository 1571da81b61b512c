"""The process around a program: its arguments, exit, clocks, sleeping."""

from __future__ import annotations

from llvmlite import ir

from ...runtime.core import RuntimeBuilder
from ...runtime.layout import I32, I64, PTR, VOID, const, declare

CLOCK_REALTIME, CLOCK_MONOTONIC = 0, 1


def emit(rt: RuntimeBuilder) -> None:
    for name in ("seq_argc", "seq_argv"):
        g = ir.GlobalVariable(rt.module, I64 if name == "seq_argc" else PTR, name=name)
        g.initializer = const(0) if name == "seq_argc" else ir.Constant(PTR, None)

    clock_gettime = rt.module.globals.get("clock_gettime") or ir.Function(
        rt.module, ir.FunctionType(I32, [I32, PTR]), name="clock_gettime"
    )
    timespec = ir.LiteralStructType([I64, I64])

    def clock(name: str, clock_id: int, divisor: int) -> None:
        fn, b = rt.function(name, I64, [])
        ts = b.alloca(timespec)
        b.call(clock_gettime, [ir.Constant(I32, clock_id), ts])
        secs = b.load(b.gep(ts, [ir.Constant(I32, 0), ir.Constant(I32, 0)]), typ=I64)
        nanos = b.load(b.gep(ts, [ir.Constant(I32, 0), ir.Constant(I32, 1)]), typ=I64)
        total = b.add(b.mul(secs, const(1_000_000_000)), nanos)
        b.ret(b.sdiv(total, const(divisor)) if divisor > 1 else total)

    clock("seq_rt_nanos", CLOCK_MONOTONIC, 1)
    clock("seq_rt_micros_since_epoch", CLOCK_REALTIME, 1000)

    declare(rt.module, "usleep", ir.FunctionType(I32, [I32]))  # for sleeps off strands

    fn, b = rt.function("seq_rt_exit", VOID, [I64])
    b.call(rt.module.globals["seq_rt_flush"], [])
    b.call(rt.libc["exit"], [b.trunc(fn.args[0], I32)])
    b.unreachable()
