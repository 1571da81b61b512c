"""The body of a word bound to a C function by an FFI manifest: one direct
call, its arguments taken from the virtual stack and its results pushed.

Ints and pointers travel as raw 64-bit values, Floats as doubles, Strings as malloc'd
NUL-terminated copies freed after the call; a `by_ref` argument is a cell
on the native stack whose value is pushed after the call; a fixed `value`
is a constant. A returned C string becomes a new String ("" for NULL) and
is freed when the manifest says `caller_frees`. A blocking call goes
through seq_rt_ffi_blocking (runtime/foreign.py) with a thunk that makes
the call from an array of slots, so the C function runs on a helper thread.
"""

from __future__ import annotations

from llvmlite import ir

from ..ffi.loader import symbol_name
from ..ffi.model import SEQ_TYPE, Function
from ..runtime.irkit import alloca_once, declare, global_in
from ..runtime.layout import F64, FLOAT, I1, I64, PTR, STRING, VOID, const
from ..runtime.threads import THREADED
from .vstack import ANY, F64RAW, INT, Slot
from .words import FunctionCompiler


def emit_foreign(c: FunctionCompiler, fn: Function) -> None:
    b = c.b
    popped = [a for a in fn.args if a.popped]
    n = len(popped)
    for i, arg in enumerate(popped):
        need = {"string": STRING, "float": FLOAT}.get(arg.type, INT)
        c.expect_at(n - 1 - i, need, f"{fn.seq_name}: expected {SEQ_TYPE[arg.type]}")
    c.vs.ensure(n)
    items = c.vs.state.items
    slots = iter(items[len(items) - n:])
    del items[len(items) - n:]
    values: list[ir.Value] = []  # each C argument as an i64 (or a cell, for by_ref)
    cstrings: list[ir.Value] = []
    for arg in fn.args:
        if arg.value is not None:
            values.append(const(arg.value - (1 << 64) if arg.value >= 1 << 63 else arg.value))
        elif arg.out:
            values.append(const(0))
        elif arg.type == "string":
            slot = next(slots)
            text = c.call_runtime("seq_rt_ffi_cstring", c.tagged(slot))
            c.decref(slot)  # the copy is what C sees
            cstrings.append(text)
            values.append(b.ptrtoint(text, I64))
        elif arg.type == "float":
            values.append(b.bitcast(c.double(next(slots)), I64))
        else:
            values.append(c.untag(next(slots)))
    result, outs = (_blocking_call if fn.blocking else _direct_call)(c, fn, values)
    free = c.unit.intrinsic("free", VOID, [PTR])
    for text in cstrings:
        b.call(free, [text])
    for out in outs:
        c.push_int(out)
    if fn.ret is None or fn.ret.type == "void":
        return
    if fn.ret.type == "string":
        caller_frees = ir.Constant(I1, int(fn.ret.ownership == "caller_frees"))
        text = b.inttoptr(result, PTR)
        c.vs.push(Slot(c.call_runtime("seq_rt_ffi_string", text, caller_frees), ANY, STRING))
    elif fn.ret.type == "float":
        c.vs.push(Slot(b.bitcast(result, F64), F64RAW))
    else:
        c.push_int(result)


C_TYPES = {"int": I64, "float": F64, "ptr": PTR, "string": PTR, "void": VOID}


def _signature(fn: Function) -> ir.FunctionType:
    ret = VOID if fn.ret is None else C_TYPES[fn.ret.type]
    return ir.FunctionType(ret, [PTR if a.out else C_TYPES[a.type] for a in fn.args])


def _call(b: ir.IRBuilder, module: ir.Module, fn: Function,
          values: list[ir.Value], cells: list[ir.Value | None]) -> ir.Value:
    """Call `fn` with `values` (i64s) as its C arguments, a by_ref one as
    its cell; returns the result as an i64 (0 for void)."""
    fnty = _signature(fn)
    args = [cell if cell is not None else
            b.inttoptr(v, PTR) if ty == PTR else b.bitcast(v, F64) if ty == F64 else v
            for v, cell, ty in zip(values, cells, fnty.args, strict=True)]
    result = b.call(declare(module, symbol_name(fn), fnty), args)
    ret = fnty.return_type
    if ret == VOID:
        return const(0)
    return b.ptrtoint(result, I64) if ret == PTR else b.bitcast(result, I64) if ret == F64 \
        else result


def _direct_call(c: FunctionCompiler, fn: Function,
                 values: list[ir.Value]) -> tuple[ir.Value, list[ir.Value]]:
    """The call on the strand's own stack, named in seq_ffi_calling meanwhile
    (a fault in it is then the strand's runtime error)."""
    b = c.b
    cells: list[ir.Value | None] = []
    for arg in fn.args:
        cell = alloca_once(b, I64) if arg.out else None
        if cell is not None:
            b.store(const(0), cell)
        cells.append(cell)
    if THREADED:
        c.call_runtime("seq_rt_ffi_enter")  # (the scheduler lock does not stick meanwhile)
    calling = global_in(c.unit.module, "seq_ffi_calling")
    b.store(c.unit.cstring(fn.c_name), calling)
    result = _call(b, c.unit.module, fn, values, cells)
    b.store(ir.Constant(PTR, None), calling)
    return result, [b.load(cell, typ=I64) for cell in cells if cell is not None]


def _blocking_call(c: FunctionCompiler, fn: Function,
                   values: list[ir.Value]) -> tuple[ir.Value, list[ir.Value]]:
    """The call on a helper thread: the arguments go into slots, the last
    slot gets the result; a by_ref argument's cell is its own slot."""
    b, count = c.b, len(fn.args) + 1
    block = alloca_once(b, I64, size=count)
    for i, value in enumerate(values):
        b.store(value, b.gep(block, [const(i)], source_etype=I64))
    thunk = c.unit.helper_fn(f"{symbol_name(fn)}.thunk", lambda m: _thunk(m, fn))
    c.call_runtime("seq_rt_ffi_blocking", thunk, block, const(count))

    def slot(i: int) -> ir.Value:
        return b.load(b.gep(block, [const(i)], source_etype=I64), typ=I64)

    return slot(len(fn.args)), [slot(i) for i, a in enumerate(fn.args) if a.out]


def _thunk(module: ir.Module, fn: Function) -> ir.Function:
    """`void thunk(ptr slots)`: calls `fn` with the slots' values, stores the result."""
    thunk = ir.Function(module, ir.FunctionType(VOID, [PTR]), name=f"{symbol_name(fn)}.thunk")
    thunk.linkage = "internal"
    b = ir.IRBuilder(thunk.append_basic_block("entry"))
    slots = [b.gep(thunk.args[0], [const(i)], source_etype=I64) for i in range(len(fn.args) + 1)]
    values = [b.load(s, typ=I64) for s in slots[:-1]]
    cells = [s if a.out else None for s, a in zip(slots, fn.args, strict=False)]
    b.store(_call(b, module, fn, values, cells), slots[-1])
    b.ret_void()
    return thunk
