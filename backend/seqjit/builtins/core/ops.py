"""Core builtins compiled inline: stack shuffles, Int/Float/Bool arithmetic and
comparisons, bitwise ops, aux, conversions; and the builtins that are one
call into the runtime. Each emitter works on the function's virtual stack.
"""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, BOOL, F64RAW, INT, Slot
from ...codegen.words import FunctionCompiler, Unsupported
from ...runtime.layout import F64, I1, I64, PTR, VOID, const
from ..registry import op

# --- stack shuffles -------------------------------------------------------------------


def _copy(c: FunctionCompiler, n: int) -> None:
    slot = c.vs.peek(n)
    c.incref(slot)
    c.vs.push(slot)


@op("dup", native=True)
def _dup(c: FunctionCompiler) -> None:
    _copy(c, 0)


@op("over", native=True)
def _over(c: FunctionCompiler) -> None:
    _copy(c, 1)


@op("2dup", native=True)
def _2dup(c: FunctionCompiler) -> None:
    _copy(c, 1)
    _copy(c, 1)


@op("drop", native=True)
def _drop(c: FunctionCompiler) -> None:
    c.decref(c.vs.pop())


@op("3drop", native=True)
def _3drop(c: FunctionCompiler) -> None:
    for _ in range(3):
        c.decref(c.vs.pop())


def _permute(c: FunctionCompiler, n: int, order: tuple[int, ...]) -> None:
    """Rearrange the top `n` values: new[i] = old[order[i]] (bottom first)."""
    c.vs.ensure(n)
    items = c.vs.state.items
    top = items[len(items) - n :]
    items[len(items) - n :] = [top[i] for i in order]


@op("swap", native=True)
def _swap(c: FunctionCompiler) -> None:
    _permute(c, 2, (1, 0))


@op("rot", native=True)
def _rot(c: FunctionCompiler) -> None:
    _permute(c, 3, (1, 2, 0))


@op("nip", native=True)
def _nip(c: FunctionCompiler) -> None:
    top = c.vs.pop()
    c.decref(c.vs.pop())
    c.vs.push(top)


@op("tuck", native=True)
def _tuck(c: FunctionCompiler) -> None:
    _permute(c, 2, (1, 0))
    _copy(c, 1)


def _literal_index(slot: Slot) -> int | None:
    """The index a literal Int pushed, or None if it is only known at run time."""
    if isinstance(slot.value, ir.Constant) and slot.kind == INT:
        return int(slot.value.constant) >> 1
    return None


@op("pick")
def _pick(c: FunctionCompiler) -> None:
    index = c.vs.pop()
    n = _literal_index(index)
    if n is not None:
        _copy(c, n)
        return
    if c.native is not None:
        raise Unsupported("pick with a computed index in a native word", None)
    b = c.b
    sp = c.vs.flush()
    at = b.gep(sp, [b.sub(const(-1), c.untag(index))], source_etype=I64)
    slot = Slot(b.load(at, typ=I64), ANY)
    c.incref(slot)
    c.vs.push(slot)


@op("roll")
def _roll(c: FunctionCompiler) -> None:
    index = c.vs.pop()
    n = _literal_index(index)
    if n is not None:
        if n > 0:
            _permute(c, n + 1, (*range(1, n + 1), 0))
        return
    if c.native is not None:
        raise Unsupported("roll with a computed index in a native word", None)
    b = c.b
    sp = c.vs.flush()
    n_value = c.untag(index)
    at = b.gep(sp, [b.sub(const(-1), n_value)], source_etype=I64)
    moved = b.load(at, typ=I64)
    after = b.gep(at, [const(1)], source_etype=I64)
    memmove = c.unit.runtime_fn("memmove", ir.FunctionType(PTR, [PTR, PTR, I64]))
    b.call(memmove, [at, after, b.mul(n_value, const(8))])
    c.vs.state.sp = b.gep(sp, [const(-1)], source_etype=I64)
    c.vs.push(Slot(moved, ANY))


@op(">aux", native=True)
def _to_aux(c: FunctionCompiler) -> None:
    c.vs.state.aux.append(c.vs.pop())


@op("aux>", native=True)
def _from_aux(c: FunctionCompiler) -> None:
    c.vs.push(c.vs.state.aux.pop())


# --- Int --------------------------------------------------------------------------------
# Tagged Ints are 2n+1, so sums and differences need no untagging and wrap at
# 63 bits by themselves.


def _ints(c: FunctionCompiler) -> tuple[Slot, Slot]:
    top = c.vs.pop()
    return c.vs.pop(), top


@op("i.+", "i.add", native=True)
def _add(c: FunctionCompiler) -> None:
    a, b = _ints(c)
    c.vs.push(Slot(c.b.sub(c.b.add(a.value, b.value), const(1)), INT))


@op("i.-", "i.subtract", native=True)
def _sub(c: FunctionCompiler) -> None:
    a, b = _ints(c)
    c.vs.push(Slot(c.b.add(c.b.sub(a.value, b.value), const(1)), INT))


@op("i.*", "i.multiply", native=True)
def _mul(c: FunctionCompiler) -> None:
    a, b = _ints(c)
    product = c.b.mul(c.untag(a), c.b.sub(b.value, const(1)))  # n * 2m
    c.vs.push(Slot(c.b.or_(product, const(1)), INT))


def _division(c: FunctionCompiler, remainder: bool) -> None:
    a, b = _ints(c)
    x, y = c.untag(a), c.untag(b)
    zero = c.b.icmp_signed("==", y, const(0))
    safe = c.b.select(zero, const(1), y)
    r = c.b.srem(x, safe) if remainder else c.b.sdiv(x, safe)
    c.push_int(c.b.select(zero, const(0), r))
    c.push_bool(c.b.not_(zero))


@op("i./", "i.divide", native=True)
def _div(c: FunctionCompiler) -> None:
    _division(c, remainder=False)


@op("i.%", "i.modulo", native=True)
def _mod(c: FunctionCompiler) -> None:
    _division(c, remainder=True)


def _int_compare(pred: str):
    def emit(c: FunctionCompiler) -> None:
        a, b = _ints(c)
        c.push_bool(c.b.icmp_signed(pred, a.value, b.value))

    return emit


for _names, _pred in (
    (("i.=", "i.eq"), "=="),
    (("i.<>", "i.neq"), "!="),
    (("i.<", "i.lt"), "<"),
    (("i.>", "i.gt"), ">"),
    (("i.<=", "i.lte"), "<="),
    (("i.>=", "i.gte"), ">="),
):
    op(*_names, native=True)(_int_compare(_pred))


@op("i.neg", "negate", native=True)
def _neg(c: FunctionCompiler) -> None:
    a = c.vs.pop()
    c.vs.push(Slot(c.b.sub(const(2), a.value), INT))  # -(2n+1) + 2 = 2(-n)+1


def _tagged_binary(method: str, kind: str):
    """An op whose result is `method` applied to the two tagged words: `and`
    and `or` keep both the Int tag bit and the Bool encoding (0/2) intact."""

    def emit(c: FunctionCompiler) -> None:
        a, b = _ints(c)
        c.vs.push(Slot(getattr(c.b, method)(a.value, b.value), kind))

    return emit


for _name, _method, _kind in (
    ("band", "and_", INT), ("bor", "or_", INT), ("and", "and_", BOOL), ("or", "or_", BOOL)
):
    op(_name, native=True)(_tagged_binary(_method, _kind))


@op("bxor", native=True)
def _bxor(c: FunctionCompiler) -> None:
    a, b = _ints(c)
    c.vs.push(Slot(c.b.or_(c.b.xor(a.value, b.value), const(1)), INT))


@op("bnot", native=True)
def _bnot(c: FunctionCompiler) -> None:
    a = c.vs.pop()
    c.vs.push(Slot(c.b.or_(c.b.not_(a.value), const(1)), INT))


# --- Bool ---------------------------------------------------------------------------------


@op("not", native=True)
def _not(c: FunctionCompiler) -> None:
    a = c.vs.pop()
    c.vs.push(Slot(c.b.xor(a.value, const(2)), BOOL))


# --- Float ----------------------------------------------------------------------------------


def _floats(c: FunctionCompiler) -> tuple[ir.Value, ir.Value]:
    top = c.vs.pop()
    return c.double(c.vs.pop()), c.double(top)


def _float_binary(method: str):
    def emit(c: FunctionCompiler) -> None:
        x, y = _floats(c)
        c.vs.push(Slot(getattr(c.b, method)(x, y), F64RAW))

    return emit


for _names, _method in (
    (("f.+", "f.add"), "fadd"),
    (("f.-", "f.subtract"), "fsub"),
    (("f.*", "f.multiply"), "fmul"),
    (("f./", "f.divide"), "fdiv"),
):
    op(*_names, native=True)(_float_binary(_method))


def _float_compare(pred: str):
    def emit(c: FunctionCompiler) -> None:
        x, y = _floats(c)
        cmp = c.b.fcmp_unordered(pred, x, y) if pred == "!=" else c.b.fcmp_ordered(pred, x, y)
        c.push_bool(cmp)

    return emit


for _names, _pred in (
    (("f.=", "f.eq"), "=="),
    (("f.<>", "f.neq"), "!="),
    (("f.<", "f.lt"), "<"),
    (("f.>", "f.gt"), ">"),
    (("f.<=", "f.lte"), "<="),
    (("f.>=", "f.gte"), ">="),
):
    op(*_names, native=True)(_float_compare(_pred))


@op("int->float", native=True)
def _int_to_float(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.b.sitofp(c.untag(c.vs.pop()), F64), F64RAW))


@op("float->int", native=True)
def _float_to_int(c: FunctionCompiler) -> None:
    # Saturating (NaN gives 0), then clamped to the 63-bit Int range.
    x = c.double(c.vs.pop())
    intrinsic = c.unit.intrinsic("llvm.fptosi.sat.i64.f64", I64, [F64])
    n = c.b.call(intrinsic, [x])
    low, high = const(-(2**62)), const(2**62 - 1)
    n = c.b.select(c.b.icmp_signed("<", n, low), low, n)
    c.push_int(c.b.select(c.b.icmp_signed(">", n, high), high, n))


# --- output and strings -----------------------------------------------------------------------


@op("io.write-line")
def _write_line(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_write_line", VOID, [c.tagged(c.vs.pop())])


@op("io.write")
def _write(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_write", VOID, [c.tagged(c.vs.pop())])


@op("int->string")
def _int_to_string(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.runtime("seq_rt_int_to_string", I64, [c.vs.pop().value]), ANY))


@op("float->string")
def _float_to_string(c: FunctionCompiler) -> None:
    x = c.double(c.vs.pop())
    c.vs.push(Slot(c.runtime("seq_rt_float_to_string", I64, [x]), ANY))


@op("string.concat")
def _concat(c: FunctionCompiler) -> None:
    b = c.vs.pop()
    a = c.vs.pop()
    c.vs.push(Slot(c.runtime("seq_rt_string_concat", I64, [a.value, b.value]), ANY))


@op("string.equal?", "symbol.=")
def _bytes_equal(c: FunctionCompiler) -> None:
    b = c.vs.pop()
    a = c.vs.pop()
    same = c.runtime("seq_rt_bytes_equal", I1, [a.value, b.value])
    c.decref(a)
    c.decref(b)
    c.push_bool(same)
