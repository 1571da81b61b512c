"""`net.*` builtins (seqjit.runtime.net): each pops its inputs into a block
on the native stack and calls its runtime function, which may park the
strand on a socket (other strands run meanwhile); then the inputs are
dropped and the outputs pushed. A Socket is an Int, so `fd->socket` and
`socket->fd` emit nothing."""

from __future__ import annotations

from ...codegen.vstack import ANY, BOOL, INT, Slot
from ...codegen.words import FunctionCompiler, OpEmitter
from ...runtime.layout import I64, VOID, const
from ..registry import builtin, implement
from .runtime import NET_OPS, NetOp

SLOT_KIND = {"str": ANY, "list": ANY, "map": ANY, "int": INT, "bool": BOOL}
HEAD = 3  # status, token, timeout: see builtins/net/runtime.py


def emit_net_op(c: FunctionCompiler, spec: NetOp) -> None:
    b = c.b
    n_in, n_out = len(spec.ins), len(spec.outs)
    with b.goto_entry_block():
        block = b.alloca(I64, size=HEAD + n_in + n_out)
    inputs = [c.vs.pop() for _ in spec.ins]
    inputs.reverse()
    for i, slot in enumerate(inputs):
        b.store(c.tagged(slot), b.gep(block, [const(HEAD + i)], source_etype=I64))
    b.store(const(0), b.gep(block, [const(1)], source_etype=I64))
    c.runtime(spec.symbol, VOID, [block])
    for slot in inputs:
        c.decref(slot)
    for j, kind in enumerate(spec.outs):
        value = b.load(b.gep(block, [const(HEAD + n_in + j)], source_etype=I64), typ=I64)
        c.vs.push(Slot(value, SLOT_KIND[kind]))


def net_op_emitter(spec: NetOp) -> OpEmitter:
    def emit(c: FunctionCompiler) -> None:
        emit_net_op(c, spec)

    return emit


for _spec in NET_OPS.values():
    implement(_spec.name, net_op_emitter(_spec))


@builtin("fd->socket", "( ..a Int -- ..a Socket )",
         "Treat a raw descriptor Int as a Socket (no runtime change).")
@builtin("socket->fd", "( ..a Socket -- ..a Int )",
         "Expose a Socket as its raw descriptor Int (no runtime change).")
def _same(c: FunctionCompiler) -> None:
    c.vs.ensure(1)  # the value stays as it is
