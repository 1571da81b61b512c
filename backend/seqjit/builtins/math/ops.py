"""Float functions (LLVM intrinsics or libm), Int powers and the bit
operations, with the reference's 63-bit rules: a shift whose result leaves
the Int range gives 0, popcount counts the 63 value bits, clz counts from
bit 62, ctz of 0 is 63."""

from __future__ import annotations

import math

from llvmlite import ir

from ...codegen.vstack import F64RAW, Slot
from ...codegen.words import FunctionCompiler
from ...runtime.layout import F64, I1, I64, const
from ..registry import builtin

I63_MIN, I63_MAX = -(2**62), 2**62 - 1

# (name, function, arity, doc): LLVM intrinsics where LLVM has them, else libm.
FLOAT_FUNCTIONS = (
    ("f.sqrt", "llvm.sqrt.f64", 1, "Square root; NaN for negative input."),
    # then one Newton step: libm's cbrt can be an ulp off
    ("f.cbrt", "cbrt", 1, "Cube root, defined for negative input too."),
    ("f.pow", "llvm.pow.f64", 2, "Second raised to the power of top."),
    ("f.exp", "llvm.exp.f64", 1, "e to the given power."),
    ("f.ln", "llvm.log.f64", 1, "Natural logarithm; -inf at 0, NaN below 0."),
    ("f.log10", "llvm.log10.f64", 1, "Base-10 logarithm; -inf at 0, NaN below 0."),
    ("f.log2", "llvm.log2.f64", 1, "Base-2 logarithm; -inf at 0, NaN below 0."),
    ("f.sin", "llvm.sin.f64", 1, "Sine of radians."),
    ("f.cos", "llvm.cos.f64", 1, "Cosine of radians."),
    ("f.tan", "tan", 1, "Tangent of radians."),
    ("f.asin", "asin", 1, "Inverse sine in radians; NaN outside [-1, 1]."),
    ("f.acos", "acos", 1, "Inverse cosine in radians; NaN outside [-1, 1]."),
    ("f.atan", "atan", 1, "Inverse tangent in radians."),
    ("f.atan2", "atan2", 2, "Angle of the point (x, y) given y then x, in radians."),
    ("f.floor", "llvm.floor.f64", 1, "Round down to a whole number."),
    ("f.ceil", "llvm.ceil.f64", 1, "Round up to a whole number."),
    # ties to even, as the reference rounds
    ("f.round", "llvm.roundeven.f64", 1, "Round to the nearest whole number, halves to even."),
    ("f.trunc", "llvm.trunc.f64", 1, "Round toward zero."),
)
FLOAT_EFFECTS = {1: "( ..a Float -- ..a Float )", 2: "( ..a Float Float -- ..a Float )"}


def _float_function(function: str, arity: int):
    def emit(c: FunctionCompiler) -> None:
        args = [c.double(c.vs.pop()) for _ in range(arity)][::-1]
        fn = c.unit.intrinsic(function, F64, [F64] * arity)
        result = c.b.call(fn, args)
        if function == "cbrt":
            result = _newton_cbrt(c, args[0], result)
        c.vs.push(Slot(result, F64RAW))

    return emit


def _newton_cbrt(c: FunctionCompiler, x: ir.Value, y: ir.Value) -> ir.Value:
    """y - (y^3 - x) / (3 y^2), keeping y where that is not finite (0, inf, NaN):
    27.0 f.cbrt is exactly 3.0, as in the reference."""
    b = c.b
    square = b.fmul(y, y)
    step = b.fdiv(b.fsub(b.fmul(square, y), x), b.fmul(ir.Constant(F64, 3.0), square))
    refined = b.fsub(y, step)
    finite = b.fcmp_ordered("<", b.call(c.unit.intrinsic("llvm.fabs.f64", F64, [F64]),
                                        [refined]), ir.Constant(F64, math.inf))
    return b.select(finite, refined, y)


for _name, _function, _arity, _doc in FLOAT_FUNCTIONS:
    builtin(_name, FLOAT_EFFECTS[_arity], _doc, native=True)(_float_function(_function, _arity))


def _constant(value: float):
    def emit(c: FunctionCompiler) -> None:
        c.vs.push(Slot(ir.Constant(F64, value), F64RAW))

    return emit


for _name, _value, _doc in (
    ("f.pi", math.pi, "The constant pi."),
    ("f.e", math.e, "The constant e."),
    ("f.tau", math.tau, "The constant tau (two pi)."),
):
    builtin(_name, "( ..a -- ..a Float )", _doc, native=True)(_constant(_value))


def _in_int_range(c: FunctionCompiler, raw: ir.Value) -> ir.Value:
    """`raw` if it is a 63-bit Int, else 0."""
    b = c.b
    fits = b.and_(b.icmp_signed(">=", raw, const(I63_MIN)),
                  b.icmp_signed("<=", raw, const(I63_MAX)))
    return b.select(fits, raw, const(0))


def _shift(left: bool):
    def emit(c: FunctionCompiler) -> None:
        b = c.b
        count = c.untag(c.vs.pop())
        value = c.untag(c.vs.pop())
        valid = b.icmp_unsigned("<", count, const(64))  # negative counts are huge unsigned
        safe = b.select(valid, count, const(0))
        raw = b.shl(value, safe) if left else b.lshr(value, safe)
        c.push_int(b.select(valid, _in_int_range(c, raw), const(0)))

    return emit


builtin("shl", "( ..a Int Int -- ..a Int )", "Shift left by the top count of bits.",
        category="arith", native=True)(_shift(left=True))
builtin("shr", "( ..a Int Int -- ..a Int )", "Arithmetic shift right by the top count of bits.",
        category="arith", native=True)(_shift(left=False))


@builtin("popcount", "( ..a Int -- ..a Int )", "Number of one bits.", category="arith", native=True)
def _popcount(c: FunctionCompiler) -> None:
    value = c.b.and_(c.untag(c.vs.pop()), const(2**63 - 1))
    c.push_int(c.b.call(c.unit.intrinsic("llvm.ctpop.i64", I64, [I64]), [value]))


@builtin("clz", "( ..a Int -- ..a Int )",
         "Number of leading zero bits.", category="arith", native=True)
def _clz(c: FunctionCompiler) -> None:
    b = c.b
    zeros = b.call(c.unit.intrinsic("llvm.ctlz.i64", I64, [I64, I1]),
                   [c.untag(c.vs.pop()), ir.Constant(I1, 0)])
    c.push_int(b.select(b.icmp_signed(">", zeros, const(0)), b.sub(zeros, const(1)), const(0)))


@builtin("ctz", "( ..a Int -- ..a Int )",
         "Number of trailing zero bits.", category="arith", native=True)
def _ctz(c: FunctionCompiler) -> None:
    b = c.b
    value = c.untag(c.vs.pop())
    zeros = b.call(c.unit.intrinsic("llvm.cttz.i64", I64, [I64, I1]), [value, ir.Constant(I1, 0)])
    c.push_int(b.select(b.icmp_signed("==", value, const(0)), const(63), zeros))


@builtin("int-bits", "( ..a -- ..a Int )",
         "Width of the Int type in bits (63).", category="arith", native=True)
def _int_bits(c: FunctionCompiler) -> None:
    c.push_int(const(63))


@builtin("i.pow", "( ..a Int Int -- ..a Int Bool )",
         "Base raised to exponent; false for negative/huge exponent or overflow. 0^0 is 1.",
         category="arith", native=True)
def _pow(c: FunctionCompiler) -> None:
    """( base exp -- result ok ): by squaring; a negative exponent or a
    result beyond 64 bits gives ( 0 false )."""
    b = c.b
    exp = c.untag(c.vs.pop())
    base = c.untag(c.vs.pop())
    fn = c.unit.helper_fn("seq_ipow", _emit_ipow)
    result = b.call(fn, [base, exp])
    ok = b.extract_value(result, 1)
    c.push_int(b.select(ok, b.extract_value(result, 0), const(0)))
    c.push_bool(ok)


def _emit_ipow(module: ir.Module) -> ir.Function:
    pair = ir.LiteralStructType([I64, I1])
    fn = ir.Function(module, ir.FunctionType(pair, [I64, I64]), name="seq_ipow")
    fn.linkage = "internal"
    base, exp = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    mul = module.globals.get("llvm.smul.with.overflow.i64") or ir.Function(
        module, ir.FunctionType(ir.LiteralStructType([I64, I1]), [I64, I64]),
        name="llvm.smul.with.overflow.i64")
    bad = b.icmp_signed("<", exp, const(0))
    loop, body, done = (fn.append_basic_block(n) for n in ("loop", "body", "done"))
    entry = b.block
    b.branch(loop)
    b.position_at_end(loop)
    acc = b.phi(I64)
    sq = b.phi(I64)
    e = b.phi(I64)
    over = b.phi(I1)
    acc.add_incoming(const(1), entry)
    sq.add_incoming(base, entry)
    e.add_incoming(exp, entry)
    over.add_incoming(bad, entry)
    b.cbranch(b.and_(b.icmp_signed(">", e, const(0)), b.not_(over)), body, done)
    b.position_at_end(body)
    odd = b.icmp_signed("!=", b.and_(e, const(1)), const(0))
    times = b.call(mul, [acc, sq])
    new_acc = b.select(odd, b.extract_value(times, 0), acc)
    acc_over = b.and_(odd, b.extract_value(times, 1))
    rest = b.ashr(e, const(1))
    squared = b.call(mul, [sq, sq])
    # Squaring overflows harmlessly when no bit of the exponent is left to use it.
    sq_over = b.and_(b.extract_value(squared, 1), b.icmp_signed(">", rest, const(0)))
    acc.add_incoming(new_acc, body)
    sq.add_incoming(b.extract_value(squared, 0), body)
    e.add_incoming(rest, body)
    over.add_incoming(b.or_(acc_over, sq_over), body)
    b.branch(loop)
    b.position_at_end(done)
    result = b.insert_value(ir.Constant(pair, ir.Undefined), acc, 0)
    b.ret(b.insert_value(result, b.not_(over), 1))
    return fn
