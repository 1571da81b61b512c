"""String builtins: text access, search, transformation, conversions, stdin
and byte encodings. Lengths and emptiness are read inline; the rest is one
call into runtime/strings.py, whose functions document whether they consume
their arguments ("drops") or leave them to the caller ("keeps", then the
emitter drops them here).

(int->string, float->string, string.concat, string.equal?, symbol.= and
io.write/io.write-line are emitted by ops/core.py.)
"""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, F64RAW, Slot
from ...codegen.words import FunctionCompiler
from ...runtime.layout import I1, I32, I64, STRING, SYMBOL, const, load_word
from ..registry import op
from .runtime import ENCODINGS, FLOAT_RESULT, INT_RESULT, LENGTH, PAIR


def _push_string(c: FunctionCompiler, value: ir.Value) -> None:
    c.vs.push(Slot(value, ANY))


def _pop_value(c: FunctionCompiler) -> Slot:
    """Pop a heap value (a String or Symbol: always a tagged pointer)."""
    slot = c.vs.pop()
    return Slot(c.tagged(slot), slot.kind)


# --- inline -----------------------------------------------------------------------------


@op("string.byte-length")
def _byte_length(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    n = load_word(c.b, s.value, LENGTH)
    c.decref(s)
    c.push_int(n)


@op("string.empty?")
def _empty(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    n = load_word(c.b, s.value, LENGTH)
    c.decref(s)
    c.push_bool(c.b.icmp_unsigned("==", n, const(0)))


# --- calls that keep their arguments --------------------------------------------------


@op("string.length")
def _length(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    n = c.runtime("seq_rt_string_length", I64, [s.value])
    c.decref(s)
    c.push_int(n)


@op("string.char-at")
def _char_at(c: FunctionCompiler) -> None:
    index = c.untag(c.vs.pop())
    s = _pop_value(c)
    cp = c.runtime("seq_rt_string_char_at", I64, [s.value, index])
    c.decref(s)
    c.push_int(cp)


def _two_strings(fn: str, ret: ir.Type, push) -> None:
    def emit(c: FunctionCompiler) -> None:
        second = _pop_value(c)
        first = _pop_value(c)
        result = c.runtime(fn, ret, [first.value, second.value])
        c.decref(first)
        c.decref(second)
        push(c, result)

    return emit


op("string.find")(_two_strings("seq_rt_string_find", I64, FunctionCompiler.push_int))
op("string.contains")(_two_strings("seq_rt_string_contains", I1, FunctionCompiler.push_bool))
op("string.starts-with")(
    _two_strings("seq_rt_string_starts_with", I1, FunctionCompiler.push_bool))


@op("string->int")
def _to_int(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    r = c.runtime("seq_rt_string_to_int", INT_RESULT, [s.value])
    c.decref(s)
    c.push_int(c.b.extract_value(r, 0))
    c.push_bool(c.b.extract_value(r, 1))


@op("string->float")
def _to_float(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    r = c.runtime("seq_rt_string_to_float", FLOAT_RESULT, [s.value])
    c.decref(s)
    c.vs.push(Slot(c.b.extract_value(r, 0), F64RAW))
    c.push_bool(c.b.extract_value(r, 1))


# --- calls that consume their arguments --------------------------------------------------


def _transform(fn: str):
    def emit(c: FunctionCompiler) -> None:
        s = _pop_value(c)
        _push_string(c, c.runtime(fn, I64, [s.value]))

    return emit


for _name, _fn in (
    ("string.trim", "seq_rt_string_trim"),
    ("string.chomp", "seq_rt_string_chomp"),
    ("string.json-escape", "seq_rt_string_json_escape"),
):
    op(_name)(_transform(_fn))


@op("string.to-upper")
def _to_upper(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_case", I64, [s.value, ir.Constant(I1, 1)]))


@op("string.to-lower")
def _to_lower(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_case", I64, [s.value, ir.Constant(I1, 0)]))


@op("string.substring")
def _substring(c: FunctionCompiler) -> None:
    count = c.untag(c.vs.pop())
    start = c.untag(c.vs.pop())
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_substring", I64, [s.value, start, count]))


@op("string.split")
def _split(c: FunctionCompiler) -> None:
    delim = _pop_value(c)
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_split", I64, [s.value, delim.value]))


@op("string.join")
def _join(c: FunctionCompiler) -> None:
    sep = _pop_value(c)
    lst = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_join", I64, [lst.value, sep.value]))


@op("char->string")
def _char_to_string(c: FunctionCompiler) -> None:
    cp = c.untag(c.vs.pop())
    _push_string(c, c.runtime("seq_rt_char_to_string", I64, [cp]))


@op("symbol->string")
def _symbol_to_string(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_retag", I64, [s.value, const(STRING)]))


@op("string->symbol")
def _string_to_symbol(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_retag", I64, [s.value, const(SYMBOL)]))


# --- stdin ------------------------------------------------------------------------------


@op("io.read-line")
def _read_line(c: FunctionCompiler) -> None:
    r = c.runtime("seq_rt_read_line", INT_RESULT, [])
    _push_string(c, c.b.extract_value(r, 0))
    c.push_bool(c.b.extract_value(r, 1))


@op("io.read-n")
def _read_n(c: FunctionCompiler) -> None:
    n = c.untag(c.vs.pop())
    r = c.runtime("seq_rt_read_n", PAIR, [n])
    _push_string(c, c.b.extract_value(r, 0))
    c.push_int(c.b.extract_value(r, 1))


# --- bytes ------------------------------------------------------------------------------


@op("int.to-bytes-i32-be")
def _i32_be(c: FunctionCompiler) -> None:
    n = c.untag(c.vs.pop())
    _push_string(c, c.runtime("seq_rt_int_to_bytes_i32_be", I64, [n]))


@op("float.to-bytes-f32-be")
def _f32_be(c: FunctionCompiler) -> None:
    x = c.double(c.vs.pop())
    _push_string(c, c.runtime("seq_rt_float_to_bytes_f32_be", I64, [x]))


def _encoding(which: int, decode: bool):
    def emit(c: FunctionCompiler) -> None:
        s = _pop_value(c)
        code = ir.Constant(I32, which)
        if not decode:
            _push_string(c, c.runtime("seq_rt_encode", I64, [s.value, code]))
            return
        r = c.runtime("seq_rt_decode", INT_RESULT, [s.value, code])
        _push_string(c, c.b.extract_value(r, 0))
        c.push_bool(c.b.extract_value(r, 1))

    return emit


for _which, _kind in enumerate(ENCODINGS):
    op(f"encoding.{_kind}-encode")(_encoding(_which, decode=False))
    op(f"encoding.{_kind}-decode")(_encoding(_which, decode=True))
