"""String builtins: text access, search, transformation, conversions, stdin
and byte encodings. Lengths and emptiness are read inline; the rest is one
call into builtins/strings/runtime.py, whose functions document whether they consume
their arguments ("drops") or leave them to the caller ("keeps", then the
emitter drops them here).

(int->string, float->string, string.concat, string.equal?, symbol.= and
io.write/io.write-line are emitted by ops/core.py.)
"""

from __future__ import annotations

from collections.abc import Callable

from llvmlite import ir

from ...codegen.vstack import ANY, F64RAW, Slot
from ...codegen.words import FunctionCompiler, OpEmitter
from ...runtime.layout import I1, I32, I64, STRING, STRING_OBJ, SYMBOL, const
from ..registry import builtin
from .runtime import ENCODINGS, FLOAT_RESULT, INT_RESULT, PAIR


def _push_string(c: FunctionCompiler, value: ir.Value) -> None:
    c.vs.push(Slot(value, ANY))


def _pop_value(c: FunctionCompiler) -> Slot:
    """Pop a heap value (a String or Symbol: always a tagged pointer)."""
    slot = c.vs.pop()
    return Slot(c.tagged(slot), slot.kind)


# --- inline -----------------------------------------------------------------------------


@builtin("string.byte-length", "( ..a String -- ..a Int )", "Length in UTF-8 bytes.")
def _byte_length(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    n = STRING_OBJ(c.b, s.value).length
    c.decref(s)
    c.push_int(n)


@builtin("string.empty?", "( ..a String -- ..a Bool )", "True for the empty string.")
def _empty(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    n = STRING_OBJ(c.b, s.value).length
    c.decref(s)
    c.push_bool(c.b.icmp_unsigned("==", n, const(0)))


# --- calls that keep their arguments --------------------------------------------------


@builtin("string.length", "( ..a String -- ..a Int )", "Length in characters.")
def _length(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    n = c.runtime("seq_rt_string_length", I64, [s.value])
    c.decref(s)
    c.push_int(n)


@builtin("string.char-at", "( ..a String Int -- ..a Int )", "Code point at a character index.")
def _char_at(c: FunctionCompiler) -> None:
    index = c.untag(c.vs.pop())
    s = _pop_value(c)
    cp = c.runtime("seq_rt_string_char_at", I64, [s.value, index])
    c.decref(s)
    c.push_int(cp)


def _two_strings(
    fn: str, ret: ir.Type, push: Callable[[FunctionCompiler, ir.Value], None]
) -> OpEmitter:
    """The emitter of a builtin that calls `fn` on two strings it keeps, then
    pushes the result with `push`."""
    def emit(c: FunctionCompiler) -> None:
        second = _pop_value(c)
        first = _pop_value(c)
        result = c.runtime(fn, ret, [first.value, second.value])
        c.decref(first)
        c.decref(second)
        push(c, result)

    return emit


builtin("string.find", "( ..a String String -- ..a Int )",
        "Index of a substring (haystack needle), or -1 if absent.")(
    _two_strings("seq_rt_string_find", I64, FunctionCompiler.push_int))
builtin("string.contains", "( ..a String String -- ..a Bool )",
        "True if the second string occurs in the first.")(
    _two_strings("seq_rt_string_contains", I1, FunctionCompiler.push_bool))
builtin("string.starts-with", "( ..a String String -- ..a Bool )",
        "True if the first string begins with the second.")(
    _two_strings("seq_rt_string_starts_with", I1, FunctionCompiler.push_bool))


@builtin("string->int", "( ..a String -- ..a Int Bool )",
         "Parse text as an integer; flag is false if it is not a valid integer.", category="io")
def _to_int(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    r = c.runtime("seq_rt_string_to_int", INT_RESULT, [s.value])
    c.decref(s)
    c.push_int(c.b.extract_value(r, 0))
    c.push_bool(c.b.extract_value(r, 1))


@builtin("string->float", "( ..a String -- ..a Float Bool )",
         "Parse text as a float; flag is false if it is not a valid number.", category="io")
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


for _name, _fn, _doc in (
    ("string.trim", "seq_rt_string_trim", "Strip whitespace from both ends."),
    ("string.chomp", "seq_rt_string_chomp", "Drop a trailing newline, if any."),
    ("string.json-escape", "seq_rt_string_json_escape", "Escape a string for embedding in JSON."),
):
    builtin(_name, "( ..a String -- ..a String )", _doc)(_transform(_fn))


@builtin("string.to-upper", "( ..a String -- ..a String )", "Upper-case a string.")
def _to_upper(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_case", I64, [s.value, ir.Constant(I1, 1)]))


@builtin("string.to-lower", "( ..a String -- ..a String )", "Lower-case a string.")
def _to_lower(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_case", I64, [s.value, ir.Constant(I1, 0)]))


@builtin("string.substring", "( ..a String Int Int -- ..a String )",
         "Slice of a string given start index and length (in characters).")
def _substring(c: FunctionCompiler) -> None:
    count = c.untag(c.vs.pop())
    start = c.untag(c.vs.pop())
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_substring", I64, [s.value, start, count]))


@builtin("string.split", "( ..a String String -- ..a V )",
         "Break a string at each occurrence of a delimiter, giving a list.")
def _split(c: FunctionCompiler) -> None:
    delim = _pop_value(c)
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_split", I64, [s.value, delim.value]))


@builtin("string.join", "( ..a V String -- ..a String )",
         "Concatenate a list's items with a separator between them.")
def _join(c: FunctionCompiler) -> None:
    sep = _pop_value(c)
    lst = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_string_join", I64, [lst.value, sep.value]))


@builtin("char->string", "( ..a Int -- ..a String )",
         "Make a one-character string from a Unicode code point.", category="io")
def _char_to_string(c: FunctionCompiler) -> None:
    cp = c.untag(c.vs.pop())
    _push_string(c, c.runtime("seq_rt_char_to_string", I64, [cp]))


@builtin("symbol->string", "( ..a Symbol -- ..a String )",
         "Name of a symbol as a string.", category="io")
def _symbol_to_string(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_retag", I64, [s.value, const(STRING)]))


@builtin("string->symbol", "( ..a String -- ..a Symbol )",
         "Intern a string, giving the symbol of that name.", category="io")
def _string_to_symbol(c: FunctionCompiler) -> None:
    s = _pop_value(c)
    _push_string(c, c.runtime("seq_rt_retag", I64, [s.value, const(SYMBOL)]))


# --- stdin ------------------------------------------------------------------------------


@builtin("io.read-line", "( ..a -- ..a String Bool )",
         "Read one line of stdin; flag is false at EOF or on a read error.", category="io")
def _read_line(c: FunctionCompiler) -> None:
    r = c.runtime("seq_rt_read_line", INT_RESULT, [])
    _push_string(c, c.b.extract_value(r, 0))
    c.push_bool(c.b.extract_value(r, 1))


@builtin("io.read-n", "( ..a Int -- ..a String Int )",
         "Read N bytes of stdin; status is 1 if all N arrived, 0 on EOF/short read/error.",
         category="io")
def _read_n(c: FunctionCompiler) -> None:
    n = c.untag(c.vs.pop())
    r = c.runtime("seq_rt_read_n", PAIR, [n])
    _push_string(c, c.b.extract_value(r, 0))
    c.push_int(c.b.extract_value(r, 1))


# --- bytes ------------------------------------------------------------------------------


@builtin("int.to-bytes-i32-be", "( ..a Int -- ..a String )",
         "4-byte big-endian i32 encoding of an Int (truncated to 32 bits).", category="io")
def _i32_be(c: FunctionCompiler) -> None:
    n = c.untag(c.vs.pop())
    _push_string(c, c.runtime("seq_rt_int_to_bytes_i32_be", I64, [n]))


@builtin("float.to-bytes-f32-be", "( ..a Float -- ..a String )",
         "4-byte big-endian IEEE-754 single-precision encoding of a Float.", category="io")
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


for _kind, _encode_doc, _decode_doc in (
    ("base64", "Standard padded Base64 encoding.",
     "Decode standard Base64; false on malformed input."),
    ("base64url", "URL-safe Base64 encoding without padding.",
     "Decode URL-safe Base64; false on malformed input."),
    ("hex", "Lower-case hex encoding of the bytes.",
     "Decode hex text; false on malformed input."),
):
    _which = ENCODINGS.index(_kind)
    builtin(f"encoding.{_kind}-encode", "( ..a String -- ..a String )",
            _encode_doc)(_encoding(_which, decode=False))
    builtin(f"encoding.{_kind}-decode", "( ..a String -- ..a String Bool )",
            _decode_doc)(_encoding(_which, decode=True))
