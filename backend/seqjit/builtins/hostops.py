"""Emitting builtins done by Python (seqjit.runtime.hostops): pop the inputs
into a block on the native stack, call the op's runtime function, drop the
inputs, push the outputs. Every declared host op gets this emitter."""

from __future__ import annotations

from ..codegen.vstack import ANY, BOOL, INT, Slot
from ..codegen.words import FunctionCompiler, OpEmitter
from ..runtime.hostops import HOST_OPS, HostOp
from ..runtime.layout import I64, VOID, const
from .registry import implement

SLOT_KIND = {"str": ANY, "list": ANY, "any": ANY, "int": INT, "bool": BOOL}


def emit_host_op(c: FunctionCompiler, spec: HostOp) -> None:
    b = c.b
    n_in, n_out = len(spec.ins), len(spec.outs)
    with b.goto_entry_block():
        block = b.alloca(I64, size=1 + n_in + n_out)
    inputs = [c.vs.pop() for _ in spec.ins]
    inputs.reverse()
    for i, slot in enumerate(inputs):
        b.store(c.tagged(slot), b.gep(block, [const(1 + i)], source_etype=I64))
    c.runtime(spec.symbol, VOID, [block])
    for slot in inputs:
        c.decref(slot)
    for j, kind in enumerate(spec.outs):
        value = b.load(b.gep(block, [const(1 + n_in + j)], source_etype=I64), typ=I64)
        c.vs.push(Slot(value, SLOT_KIND[kind]))


def host_op_emitter(spec: HostOp) -> OpEmitter:
    def emit(c: FunctionCompiler) -> None:
        emit_host_op(c, spec)

    return emit


def implement_host_ops() -> None:
    """Give every host op declared so far its emitter."""
    for spec in HOST_OPS.values():
        implement(spec.name, host_op_emitter(spec))
