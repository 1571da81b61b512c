"""Builtins done by Python (seqjit.runtime.hostops): `host_builtin` declares
one where its Python function is written; its emitter pops the inputs into a
block on the native stack, calls the op's runtime function, drops the
inputs and pushes the outputs."""

from __future__ import annotations

from collections.abc import Callable

from ..codegen.vstack import ANY, BOOL, INT, Slot
from ..codegen.words import FunctionCompiler, OpEmitter
from ..runtime.hostops import INPUT_KINDS, OUTPUT_KINDS, HostOp, kinds_of, register_host_op
from ..runtime.layout import I64, VOID, const
from .registry import declare_builtin, implement

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


def host_builtin(name: str, effect: str, doc: str, *, category: str | None = None,
                 needs_host: bool = False) -> Callable[[Callable], Callable]:
    """Declare the decorated function as the builtin `name` (see
    seqjit.builtins.registry). It takes the inputs (bottom first; after the
    HostContext if `needs_host`) and returns the outputs (a tuple when there
    are several, None when there are none); raising SeqPanic makes the builtin
    a runtime error. The kinds of its values come from the effect."""
    ins, outs = kinds_of(effect)
    assert all(k in INPUT_KINDS for k in ins) and all(k in OUTPUT_KINDS for k in outs), effect

    def register(impl: Callable) -> Callable:
        declare_builtin(name, effect, doc, impl, "host op", category)
        op = HostOp(name, ins, outs, impl, needs_host)
        register_host_op(op)
        implement(name, host_op_emitter(op))
        return impl

    return register
