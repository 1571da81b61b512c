"""Core builtins compiled inline: stack shuffles, Int/Float/Bool arithmetic and
comparisons, bitwise ops, aux, conversions; and the builtins that are one
call into the runtime. Each emitter works on the function's virtual stack.
"""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, BOOL, F64RAW, INT, Slot
from ...codegen.words import FunctionCompiler, Unsupported
from ...runtime.irkit import global_in
from ...runtime.layout import F64, I1, I64, PTR, VOID, const
from ...runtime.status import STRAND
from ...runtime.worker import running
from ..registry import PICKED, builtin
from .runtime import INDEX_OPS

# --- stack shuffles -------------------------------------------------------------------


def _copy(c: FunctionCompiler, n: int) -> None:
    slot = c.vs.peek(n)
    if not c.lend:  # else the next builtin only borrows it (FunctionCompiler.lends)
        c.incref(slot)
    c.vs.push(slot)


@builtin("dup", "( ..a T -- ..a T T )", "Copy the top value.", category="stack", native=True,
         copies=0)
def _dup(c: FunctionCompiler) -> None:
    _copy(c, 0)


@builtin("over", "( ..a T U -- ..a T U T )",
         "Push a copy of the value just below the top.", category="stack", native=True,
         copies=1)
def _over(c: FunctionCompiler) -> None:
    _copy(c, 1)


@builtin("2dup", "( ..a T U -- ..a T U T U )",
         "Copy the top pair of values.", category="stack", native=True)
def _2dup(c: FunctionCompiler) -> None:
    _copy(c, 1)
    _copy(c, 1)


@builtin("drop", "( ..a T -- ..a )", "Discard the top value.", category="stack", native=True)
def _drop(c: FunctionCompiler) -> None:
    c.decref(c.vs.pop())


@builtin("3drop", "( ..a T U V -- ..a )",
         "Discard the three topmost values.", category="stack", native=True)
def _3drop(c: FunctionCompiler) -> None:
    for _ in range(3):
        c.decref(c.vs.pop())


def _permute(c: FunctionCompiler, n: int, order: tuple[int, ...]) -> None:
    """Rearrange the top `n` values: new[i] = old[order[i]] (bottom first)."""
    c.vs.ensure(n)
    items = c.vs.state.items
    top = items[len(items) - n :]
    items[len(items) - n :] = [top[i] for i in order]


@builtin("swap", "( ..a T U -- ..a U T )",
         "Exchange the two topmost values.", category="stack", native=True)
def _swap(c: FunctionCompiler) -> None:
    _permute(c, 2, (1, 0))


@builtin("rot", "( ..a T U V -- ..a U V T )",
         "Bring the third value up to the top.", category="stack", native=True)
def _rot(c: FunctionCompiler) -> None:
    _permute(c, 3, (1, 2, 0))


@builtin("nip", "( ..a T U -- ..a U )",
         "Discard the value just below the top.", category="stack", native=True)
def _nip(c: FunctionCompiler) -> None:
    top = c.vs.pop()
    c.decref(c.vs.pop())
    c.vs.push(top)


@builtin("tuck", "( ..a T U -- ..a U T U )",
         "Slip a copy of the top value under the second one.", category="stack", native=True)
def _tuck(c: FunctionCompiler) -> None:
    _permute(c, 2, (1, 0))
    _copy(c, 1)


def _literal_index(slot: Slot) -> int | None:
    """The index a literal Int pushed, or None if it is only known at run time."""
    if isinstance(slot.value, ir.Constant) and slot.kind == INT:
        return int(slot.value.constant) >> 1
    return None


def _checked_index(c: FunctionCompiler, op: str, index: Slot, sp: ir.Value) -> ir.Value:
    """The untagged computed `index` of `op`, which must name one of the
    values on the data stack below `sp`, from its base up (the running
    strand's, else `seq_stack_base`): anything else is a runtime error,
    never a read outside the stack."""
    b = c.b
    n = c.untag(index)
    strand = running(b).current
    on_strand = b.icmp_unsigned("!=", strand, ir.Constant(PTR, None))
    base_at = b.select(on_strand, STRAND(b, strand).addr("ds_base"),
                       global_in(c.unit.module, "seq_stack_base"))
    base = b.load(base_at, typ=I64)
    depth = b.ashr(b.sub(b.ptrtoint(sp, I64), base), const(3))
    # Unsigned, so a negative index fails the same compare.
    with b.if_then(b.icmp_unsigned(">=", n, depth), likely=False):
        c.runtime("seq_rt_stack_index_error", VOID, [const(INDEX_OPS.index(op)), n, depth])
        b.unreachable()
    return n


@builtin("pick", "( ..a T Int -- ..a T T )",
         "Copy the item N deep (0 = top) onto the top; the effect is an approximation.",
         category="stack", copies=PICKED)
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
    at = b.gep(sp, [b.sub(const(-1), _checked_index(c, "pick", index, sp))], source_etype=I64)
    slot = Slot(b.load(at, typ=I64), ANY)
    c.incref(slot)
    c.vs.push(slot)


@builtin("roll", "( ..a T Int -- ..a T )",
         "Move the item N deep to the top, shifting the others; the effect is an approximation.",
         category="stack")
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
    n_value = _checked_index(c, "roll", index, sp)
    at = b.gep(sp, [b.sub(const(-1), n_value)], source_etype=I64)
    moved = b.load(at, typ=I64)
    after = b.gep(at, [const(1)], source_etype=I64)
    memmove = c.unit.runtime_fn("memmove", ir.FunctionType(PTR, [PTR, PTR, I64]))
    b.call(memmove, [at, after, b.mul(n_value, const(8))])
    c.vs.state.sp = b.gep(sp, [const(-1)], source_etype=I64)
    c.vs.push(Slot(moved, ANY))


@builtin(">aux", "( ..a T -- ..a )",
         "Park the top value on the word-local aux stack; must be undone by aux> before return.",
         category="stack", native=True)
def _to_aux(c: FunctionCompiler) -> None:
    c.vs.state.aux.append(c.vs.pop())


@builtin("aux>", "( ..a -- ..a T )",
         "Take the most recently parked value back from the aux stack.",
         category="stack", native=True)
def _from_aux(c: FunctionCompiler) -> None:
    c.vs.push(c.vs.state.aux.pop())


# --- Int --------------------------------------------------------------------------------
# Tagged Ints are 2n+1, so sums and differences need no untagging and wrap at
# 63 bits by themselves.


def _ints(c: FunctionCompiler) -> tuple[Slot, Slot]:
    top = c.vs.pop()
    return c.vs.pop(), top


@builtin("i.+", "( ..a Int Int -- ..a Int )",
         "Integer sum (symbolic spelling of i.add).", native=True)
@builtin("i.add", "( ..a Int Int -- ..a Int )", "Integer sum.", native=True)
def _add(c: FunctionCompiler) -> None:
    a, b = _ints(c)
    c.vs.push(Slot(c.b.sub(c.b.add(a.value, b.value), const(1)), INT))


@builtin("i.-", "( ..a Int Int -- ..a Int )",
         "Integer difference (symbolic spelling of i.subtract).", native=True)
@builtin("i.subtract", "( ..a Int Int -- ..a Int )",
         "Integer difference (second minus top).", native=True)
def _sub(c: FunctionCompiler) -> None:
    a, b = _ints(c)
    c.vs.push(Slot(c.b.add(c.b.sub(a.value, b.value), const(1)), INT))


@builtin("i.*", "( ..a Int Int -- ..a Int )",
         "Integer product (symbolic spelling of i.multiply).", native=True)
@builtin("i.multiply", "( ..a Int Int -- ..a Int )", "Integer product.", native=True)
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


@builtin("i./", "( ..a Int Int -- ..a Int Bool )",
         "Integer quotient (alias of i.divide); flag is false on zero divisor.", native=True)
@builtin("i.divide", "( ..a Int Int -- ..a Int Bool )",
         "Integer quotient; flag is false when dividing by zero.", native=True)
def _div(c: FunctionCompiler) -> None:
    _division(c, remainder=False)


@builtin("i.%", "( ..a Int Int -- ..a Int Bool )",
         "Integer remainder (alias of i.modulo); flag is false on zero divisor.", native=True)
@builtin("i.modulo", "( ..a Int Int -- ..a Int Bool )",
         "Integer remainder; flag is false when dividing by zero.", native=True)
def _mod(c: FunctionCompiler) -> None:
    _division(c, remainder=True)


def _int_compare(pred: str):
    def emit(c: FunctionCompiler) -> None:
        a, b = _ints(c)
        c.push_bool(c.b.icmp_signed(pred, a.value, b.value))

    return emit


for _name, _pred, _doc in (
    ("i.=", "==", "True if the integers are equal."),
    ("i.eq", "==", "Word spelling of i.= (equal)."),
    ("i.<>", "!=", "True if the integers differ."),
    ("i.neq", "!=", "Word spelling of i.<> (not equal)."),
    ("i.<", "<", "True if second < top."),
    ("i.lt", "<", "Word spelling of i.< (less than)."),
    ("i.>", ">", "True if second > top."),
    ("i.gt", ">", "Word spelling of i.> (greater than)."),
    ("i.<=", "<=", "True if second <= top."),
    ("i.lte", "<=", "Word spelling of i.<= (at most)."),
    ("i.>=", ">=", "True if second >= top."),
    ("i.gte", ">=", "Word spelling of i.>= (at least)."),
):
    builtin(_name, "( ..a Int Int -- ..a Bool )", _doc, native=True)(_int_compare(_pred))


@builtin("i.neg", "( ..a Int -- ..a Int )", "Arithmetic negation of an integer.", native=True)
@builtin("negate", "( ..a Int -- ..a Int )",
         "Arithmetic negation of an integer (alias of i.neg).", native=True)
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


for _name, _method, _kind, _effect, _doc in (
    ("band", "and_", INT, "( ..a Int Int -- ..a Int )", "Bitwise and."),
    ("bor", "or_", INT, "( ..a Int Int -- ..a Int )", "Bitwise or."),
    ("and", "and_", BOOL, "( ..a Bool Bool -- ..a Bool )", "Boolean conjunction."),
    ("or", "or_", BOOL, "( ..a Bool Bool -- ..a Bool )", "Boolean disjunction."),
):
    builtin(_name, _effect, _doc, native=True)(_tagged_binary(_method, _kind))


@builtin("bxor", "( ..a Int Int -- ..a Int )", "Bitwise exclusive or.", native=True)
def _bxor(c: FunctionCompiler) -> None:
    a, b = _ints(c)
    c.vs.push(Slot(c.b.or_(c.b.xor(a.value, b.value), const(1)), INT))


@builtin("bnot", "( ..a Int -- ..a Int )", "Bitwise complement.", native=True)
def _bnot(c: FunctionCompiler) -> None:
    a = c.vs.pop()
    c.vs.push(Slot(c.b.or_(c.b.not_(a.value), const(1)), INT))


# --- Bool ---------------------------------------------------------------------------------


@builtin("not", "( ..a Bool -- ..a Bool )", "Boolean negation.", native=True)
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


for _name, _method, _doc in (
    ("f.+", "fadd", "Float sum (symbolic spelling of f.add)."),
    ("f.add", "fadd", "Float sum."),
    ("f.-", "fsub", "Float difference (symbolic spelling of f.subtract)."),
    ("f.subtract", "fsub", "Float difference (second minus top)."),
    ("f.*", "fmul", "Float product (symbolic spelling of f.multiply)."),
    ("f.multiply", "fmul", "Float product."),
    ("f./", "fdiv", "Float quotient (symbolic spelling of f.divide)."),
    ("f.divide", "fdiv", "Float quotient (second over top), IEEE semantics."),
):
    builtin(_name, "( ..a Float Float -- ..a Float )", _doc, category="float",
            native=True)(_float_binary(_method))


def _float_compare(pred: str):
    def emit(c: FunctionCompiler) -> None:
        x, y = _floats(c)
        cmp = c.b.fcmp_unordered(pred, x, y) if pred == "!=" else c.b.fcmp_ordered(pred, x, y)
        c.push_bool(cmp)

    return emit


for _name, _pred, _doc in (
    ("f.=", "==", "True if the floats are equal."),
    ("f.eq", "==", "Word spelling of f.= (equal)."),
    ("f.<>", "!=", "True if the floats differ."),
    ("f.neq", "!=", "Word spelling of f.<> (not equal)."),
    ("f.<", "<", "True if second < top."),
    ("f.lt", "<", "Word spelling of f.< (less than)."),
    ("f.>", ">", "True if second > top."),
    ("f.gt", ">", "Word spelling of f.> (greater than)."),
    ("f.<=", "<=", "True if second <= top."),
    ("f.lte", "<=", "Word spelling of f.<= (at most)."),
    ("f.>=", ">=", "True if second >= top."),
    ("f.gte", ">=", "Word spelling of f.>= (at least)."),
):
    builtin(_name, "( ..a Float Float -- ..a Bool )", _doc, category="float",
            native=True)(_float_compare(_pred))


@builtin("int->float", "( ..a Int -- ..a Float )",
         "Widen an integer to a float.", category="io", native=True)
def _int_to_float(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.b.sitofp(c.untag(c.vs.pop()), F64), F64RAW))


@builtin("float->int", "( ..a Float -- ..a Int )",
         "Convert a float to an integer, dropping the fraction.", category="io", native=True)
def _float_to_int(c: FunctionCompiler) -> None:
    # Saturating (NaN gives 0), then clamped to the 63-bit Int range.
    x = c.double(c.vs.pop())
    intrinsic = c.unit.intrinsic("llvm.fptosi.sat.i64.f64", I64, [F64])
    n = c.b.call(intrinsic, [x])
    low, high = const(-(2**62)), const(2**62 - 1)
    n = c.b.select(c.b.icmp_signed("<", n, low), low, n)
    c.push_int(c.b.select(c.b.icmp_signed(">", n, high), high, n))


# --- output and strings -----------------------------------------------------------------------


@builtin("io.write-line", "( ..a String -- ..a )",
         "Print a string to stdout followed by a newline.", category="io")
def _write_line(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_write_line", VOID, [c.tagged(c.vs.pop())])


@builtin("io.write", "( ..a String -- ..a )",
         "Print a string to stdout, no newline appended.", category="io")
def _write(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_write", VOID, [c.tagged(c.vs.pop())])


@builtin("int->string", "( ..a Int -- ..a String )",
         "Render an integer as decimal text.", category="io")
def _int_to_string(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.runtime("seq_rt_int_to_string", I64, [c.vs.pop().value]), ANY))


@builtin("float->string", "( ..a Float -- ..a String )", "Render a float as text.", category="io")
def _float_to_string(c: FunctionCompiler) -> None:
    x = c.double(c.vs.pop())
    c.vs.push(Slot(c.runtime("seq_rt_float_to_string", I64, [x]), ANY))


@builtin("string.concat", "( ..a String String -- ..a String )",
         "Join two strings, second then top.", category="text")
def _concat(c: FunctionCompiler) -> None:
    b = c.vs.pop()
    a = c.vs.pop()
    c.vs.push(Slot(c.runtime("seq_rt_string_concat", I64, [a.value, b.value]), ANY))


@builtin("string.equal?", "( ..a String String -- ..a Bool )",
         "True if two strings are identical.", category="text")
@builtin("symbol.=", "( ..a Symbol Symbol -- ..a Bool )",
         "True if two symbols are the same.", category="text")
def _bytes_equal(c: FunctionCompiler) -> None:
    b = c.vs.pop()
    a = c.vs.pop()
    same = c.runtime("seq_rt_bytes_equal", I1, [a.value, b.value])
    c.decref(a)
    c.decref(b)
    c.push_bool(same)
