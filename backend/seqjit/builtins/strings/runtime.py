"""Strings in the runtime: byte-clean, immutable, length-prefixed objects.

Layout (`STRING_OBJ`): header, i64 length, the bytes (not NUL-terminated).
Symbols share the layout under their own kind.

Text operations follow the reference: byte-clean ones (concat, split,
contains, starts-with, chomp, equality) never look at the encoding; the
ones that count or transform characters treat bytes that are not valid
UTF-8 as the empty string. Each function's docstring says which arguments
it consumes (their reference passes to it) and which it borrows (the
caller keeps them).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from llvmlite import ir

from ...runtime.core import checked
from ...runtime.host import HostContext, service
from ...runtime.irkit import (
    F64,
    I1,
    I8,
    I32,
    I64,
    PAIR,
    PTR,
    VOID,
    Fn,
    Var,
    alloca_once,
    const,
    constant,
    extern,
    for_range,
    loop,
    runtime_fn,
    runtime_global,
    while_,
)
from ...runtime.layout import (
    FLOAT,
    FLOAT_OBJ,
    IMMORTAL,
    OBJECT,
    STRING,
    STRING_OBJ,
    SYMBOL,
    VARIANT,
    VARIANT_OBJ,
    static_string,
)
from .encodings import B64, B64URL, base64_decode, base64_encode, hex_decode

LENGTH = STRING_OBJ.offset("length")  # for emitters that read a length inline

POLLIN = 1  # poll(2): readable
IN_BUFFER = 1 << 16  # bytes of stdin read ahead, shared by io.read-line and io.read-n
READ_N_MAX = 10 * 1024 * 1024  # io.read-n refuses larger counts, as the reference does
EINTR = 4
ENCODINGS = ("base64", "base64url", "hex")  # `which` for seq_rt_encode / seq_rt_decode

# Unicode White_Space above ASCII (Rust's `char::is_whitespace`, used by trim).
WIDE_SPACES = (0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)

INT_RESULT = ir.LiteralStructType([I64, I1])
FLOAT_RESULT = ir.LiteralStructType([F64, I1])
TRUE_I1, FALSE_I1 = ir.Constant(I1, 1), ir.Constant(I1, 0)

IN_BUFFER_G = runtime_global(
    "seq_in_buffer", ir.ArrayType(I8, IN_BUFFER),
    "stdin's read-ahead, shared by io.read-line, io.read-n and terminal.read-char.",
)
IN_POS = runtime_global("seq_in_pos", I64, "Index of the next unread byte of seq_in_buffer.")
IN_END = runtime_global("seq_in_end", I64, "Index just past the bytes read into seq_in_buffer.")

extern("malloc", PTR, [I64], "libc: allocate bytes.")
extern("free", VOID, [PTR], "libc: release what malloc gave.")
extern("realloc", PTR, [PTR, I64], "libc: resize what malloc gave.")
extern("memcpy", PTR, [PTR, PTR, I64], "libc: copy bytes between disjoint runs.")
extern("memcmp", I32, [PTR, PTR, I64], "libc: compare runs of bytes (0 when equal).")
extern("memmem", PTR, [PTR, I64, PTR, I64], "libc: the first occurrence of a run, or null.")
extern("memchr", PTR, [PTR, I32, I64], "libc: the first occurrence of a byte, or null.")
extern("read", I64, [I32, PTR, I64], "libc: read(2).")
extern("__errno_location", PTR, [], "libc: the address of this thread's errno.")
extern("strtod", F64, [PTR, PTR], "libc: a NUL-terminated decimal as a double.")
extern("llvm.bswap.i32", I32, [I32], "Reverse the bytes of a 32-bit word.")
extern("llvm.smul.with.overflow.i64", INT_RESULT, [I64, I64], "Signed multiply, and overflow.")
extern("llvm.ssub.with.overflow.i64", INT_RESULT, [I64, I64], "Signed subtract, and overflow.")


# --- small pieces inlined into the functions below -----------------------------------


def byte(b: ir.IRBuilder, data: ir.Value, i: ir.Value) -> ir.Value:
    """The byte data[i], zero-extended to i64."""
    return b.zext(b.load(b.gep(data, [i], source_etype=I8), typ=I8), I64)


def put(b: ir.IRBuilder, data: ir.Value, i: ir.Value, value: ir.Value) -> None:
    """data[i] = the low byte of value."""
    b.store(b.trunc(value, I8) if value.type != I8 else value, b.gep(data, [i], source_etype=I8))


def at(b: ir.IRBuilder, data: ir.Value, i: ir.Value) -> ir.Value:
    """&data[i]."""
    return b.gep(data, [i], source_etype=I8)


def between(b: ir.IRBuilder, v: ir.Value, lo: int, hi: int) -> ir.Value:
    """lo <= v <= hi, for non-negative i64 values."""
    return b.icmp_unsigned("<=", b.sub(v, const(lo)), const(hi - lo))


def bump(v: Var, by: ir.Value | int = 1) -> None:
    """v += by."""
    v.set(v.b.add(v.get(), const(by) if isinstance(by, int) else by))


def struct(b: ir.IRBuilder, ty: ir.LiteralStructType, *values: ir.Value) -> ir.Value:
    """A value of the literal struct type `ty` made of `values`."""
    result = ir.Constant(ty, ir.Undefined)
    for i, value in enumerate(values):
        result = b.insert_value(result, value, i)
    return result


def text(f: Fn, s: ir.Value) -> tuple[ir.Value, ir.Value]:
    """The bytes and the length of the String (or Symbol) `s`."""
    fields = STRING_OBJ(f.b, s)
    return fields.after(), fields.length


def utf8_count(f: Fn, s: ir.Value) -> ir.Value:
    """How many characters the String `s` holds, or -1 if it is not UTF-8."""
    return f.call("seq_rt_utf8_count", *text(f, s))


def not_utf8(f: Fn, s: ir.Value) -> ir.Value:
    """i1: the String `s` is not valid UTF-8."""
    return f.b.icmp_signed("<", utf8_count(f, s), const(0))


def unshared(f: Fn, s: ir.Value) -> ir.Value:
    """i1: the caller's reference to `s` is its only one."""
    return f.b.icmp_signed("==", OBJECT(f.b, s).refcount, const(1))


def new_string(f: Fn, length: ir.Value) -> ir.Value:
    """A new String of `length` bytes, uninitialised, as a ptr."""
    p = f.call("seq_rt_alloc", const(STRING), f.b.add(length, const(STRING_OBJ.size)))
    STRING_OBJ(f.b, p).length = length
    return p


def empty_string(f: Fn) -> ir.Value:
    """The immortal empty String."""
    return static_string(f.module, "seq_rt_empty_string", b"")


def one_byte_string(f: Fn, c: ir.Value) -> ir.Value:
    """The immortal one-byte String of byte `c` (an i64 below 256): every
    one is made once, for char->string and short slices."""
    cell = ir.LiteralStructType([I64, I64, I64, ir.ArrayType(I8, 8)])
    table_ty = ir.ArrayType(cell, 256)
    table = constant(f.module, "seq_rt_byte_strings", ir.Constant(table_ty, [
        ir.Constant(cell, [const(IMMORTAL), const(STRING), const(1),
                           ir.Constant(ir.ArrayType(I8, 8), bytearray([n] + [0] * 7))])
        for n in range(256)
    ]), align=8)
    return f.b.ptrtoint(f.b.gep(table, [const(0), c], source_etype=table_ty), I64)


# --- making and printing strings ------------------------------------------------------


@runtime_fn("seq_rt_string")
def string(f: Fn, data: ir.Value, length: ir.Value) -> ir.Value:
    """Borrows `length` bytes at `data`; returns a new String of a copy of them."""
    p = new_string(f, length)
    f.call("memcpy", STRING_OBJ(f.b, p).after(), data, length)
    return f.b.ptrtoint(p, I64)


@runtime_fn("seq_rt_string_of")
def string_of(f: Fn, data: ir.Value, length: ir.Value) -> ir.Value:
    """As seq_rt_string, but returns the shared immortal String where one
    fits (the empty one, the one-byte ones)."""
    b = f.b
    with b.if_then(b.icmp_unsigned("==", length, const(0))):
        b.ret(empty_string(f))
    with b.if_then(b.icmp_unsigned("==", length, const(1))):
        b.ret(one_byte_string(f, byte(b, data, const(0))))
    return f.call("seq_rt_string", data, length)


@runtime_fn("seq_rt_string_new")
def string_new(f: Fn, length: ir.Value) -> ir.Value:
    """Returns a new String of `length` bytes, not yet written."""
    return f.b.ptrtoint(new_string(f, length), I64)


@runtime_fn("seq_rt_int_to_string")
def int_to_string(f: Fn, tagged: ir.Value) -> ir.Value:
    """Returns the tagged Int `tagged` as a new String, in decimal (63-bit
    values cannot overflow on negation)."""
    b = f.b
    n = b.ashr(tagged, const(1))
    negative = b.icmp_signed("<", n, const(0))
    buf = alloca_once(b, I8, size=24)
    rest = Var(b, I64, b.select(negative, b.neg(n), n))
    first = Var(b, I64, const(24))  # digits fill buf from the end
    with loop(b) as digits:
        first.set(b.sub(first.get(), const(1)))
        put(b, buf, first.get(), b.add(b.urem(rest.get(), const(10)), const(ord("0"))))
        rest.set(b.udiv(rest.get(), const(10)))
        digits.exit_if(b.icmp_unsigned("==", rest.get(), const(0)))
    with b.if_then(negative):
        first.set(b.sub(first.get(), const(1)))
        put(b, buf, first.get(), const(ord("-")))
    return f.call("seq_rt_string_of", at(b, buf, first.get()), b.sub(const(24), first.get()))


@runtime_fn("seq_rt_float_to_string")
def float_to_string(f: Fn, x: ir.Value) -> ir.Value:
    """Returns the double `x` as a new String, formatted by the host."""
    return f.host_call("float_to_string", I64, x)


@runtime_fn("seq_rt_write")
def write(f: Fn, s: ir.Value) -> None:
    """Consumes the String `s`; prints its bytes."""
    f.call("seq_rt_out", *text(f, s))
    f.call("seq_decref", s)


@runtime_fn("seq_rt_write_line", locked=True)
def write_line(f: Fn, s: ir.Value) -> None:
    """Consumes the String `s`; prints its bytes and a newline (in one
    write when output is unbuffered, so a reader never sees the line without
    its newline)."""
    f.call("seq_out_append", *text(f, s))
    f.call("seq_decref", s)
    f.call("seq_rt_out", f.cstring("\n"), const(1))


@runtime_fn("seq_rt_string_concat")
def concat(f: Fn, x: ir.Value, y: ir.Value) -> ir.Value:
    """Consumes the Strings `x` and `y`; returns a new String of x's bytes
    followed by y's."""
    b = f.b
    xdata, xlen = text(f, x)
    ydata, ylen = text(f, y)
    p = new_string(f, b.add(xlen, ylen))
    dest = STRING_OBJ(b, p).after()
    f.call("memcpy", dest, xdata, xlen)
    f.call("memcpy", at(b, dest, xlen), ydata, ylen)
    f.call("seq_decref", x)
    f.call("seq_decref", y)
    return b.ptrtoint(p, I64)


@runtime_fn("seq_rt_bytes_equal")
def bytes_equal(f: Fn, x: ir.Value, y: ir.Value) -> ir.Value:
    """Borrows the Strings (or Symbols) `x` and `y`; returns i1: they have
    the same bytes."""
    b = f.b
    xdata, xlen = text(f, x)
    ydata, ylen = text(f, y)
    with b.if_then(b.icmp_signed("!=", xlen, ylen)):
        b.ret(FALSE_I1)
    return b.icmp_signed("==", f.call("memcmp", xdata, ydata, xlen), ir.Constant(I32, 0))


@runtime_fn("seq_rt_string_slice")
def slice_(f: Fn, s: ir.Value, start: ir.Value, end: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns the String of its bytes [start,
    end). Returns `s` itself when the slice is all of it, or a prefix of an
    unshared `s` (shortened in place)."""
    b = f.b
    data, length = text(f, s)
    from_0 = b.icmp_unsigned("==", start, const(0))
    with b.if_then(b.and_(from_0, b.icmp_unsigned("==", end, length))):
        b.ret(s)
    prefix = b.and_(from_0, b.icmp_unsigned(">", end, const(1)))
    with b.if_then(b.and_(unshared(f, s), prefix)):
        STRING_OBJ(b, s).length = end
        b.ret(s)
    result = f.call("seq_rt_string_of", at(b, data, start), b.sub(end, start))
    f.call("seq_decref", s)
    return result


@runtime_fn("seq_rt_retag")
def retag(f: Fn, s: ir.Value, kind: ir.Value) -> ir.Value:
    """Consumes the String or Symbol `s`; returns its bytes as an object of
    `kind` (`s` itself when unshared)."""
    b = f.b
    with b.if_then(unshared(f, s)):
        OBJECT(b, s).kind = kind
        b.ret(s)
    copy = f.call("seq_rt_string", *text(f, s))
    OBJECT(b, copy).kind = kind
    f.call("seq_decref", s)
    return copy


@runtime_fn("seq_rt_char_to_string")
def char_to_string(f: Fn, cp: ir.Value) -> ir.Value:
    """Returns the UTF-8 encoding of the code point `cp` as a String;
    the empty String if it is not a Unicode scalar value."""
    b = f.b
    invalid = b.or_(b.icmp_unsigned(">", cp, const(0x10FFFF)), between(b, cp, 0xD800, 0xDFFF))
    with b.if_then(invalid):  # negative values are huge unsigned
        b.ret(empty_string(f))
    p = alloca_once(b, I8, size=4)

    def encoded(lead: int, bits: int) -> ir.Value:
        """The String of the sequence of 1 + bits/6 bytes for cp."""
        put(b, p, const(0), b.or_(b.lshr(cp, const(bits)), const(lead)))
        for k, shift in enumerate(range(bits - 6, -1, -6), start=1):
            put(b, p, const(k), b.or_(b.and_(b.lshr(cp, const(shift)), const(0x3F)), const(0x80)))
        return f.call("seq_rt_string", p, const(bits // 6 + 1))

    with b.if_then(b.icmp_unsigned("<", cp, const(0x80))):
        put(b, p, const(0), cp)
        b.ret(f.call("seq_rt_string_of", p, const(1)))
    with b.if_then(b.icmp_unsigned("<", cp, const(0x800))):
        b.ret(encoded(0xC0, 6))
    with b.if_then(b.icmp_unsigned("<", cp, const(0x10000))):
        b.ret(encoded(0xE0, 12))
    return encoded(0xF0, 18)


# --- UTF-8 ----------------------------------------------------------------------------


@runtime_fn("seq_rt_utf8_decode", PAIR, [PTR, I64, I64], internal=True)
def utf8_decode(f: Fn, data: ir.Value, length: ir.Value, i: ir.Value) -> None:
    """Borrows `length` bytes at `data`; returns {the code point starting at
    index i (< length), or -1 if no valid sequence starts there; the index
    after it}."""
    b = f.b
    one = b.add(i, const(1))

    def result(cp: ir.Value, after: ir.Value) -> None:
        b.ret(struct(b, PAIR, cp, after))

    b0 = byte(b, data, i)
    with b.if_then(b.icmp_unsigned("<", b0, const(0x80)), likely=True):
        result(b0, one)
    bad_lead = b.or_(b.icmp_unsigned("<", b0, const(0xC2)), b.icmp_unsigned(">", b0, const(0xF4)))
    with b.if_then(bad_lead):
        result(const(-1), one)
    n = b.select(b.icmp_unsigned("<", b0, const(0xE0)), const(1),
                 b.select(b.icmp_unsigned("<", b0, const(0xF0)), const(2), const(3)))
    with b.if_then(b.icmp_unsigned(">=", b.add(i, n), length)):
        result(const(-1), one)
    # The second byte's range depends on the lead (no overlong forms, no surrogates).
    lo = b.select(b.icmp_unsigned("==", b0, const(0xE0)), const(0xA0),
                  b.select(b.icmp_unsigned("==", b0, const(0xF0)), const(0x90), const(0x80)))
    hi = b.select(b.icmp_unsigned("==", b0, const(0xED)), const(0x9F),
                  b.select(b.icmp_unsigned("==", b0, const(0xF4)), const(0x8F), const(0xBF)))
    b1 = byte(b, data, one)
    with b.if_then(b.or_(b.icmp_unsigned("<", b1, lo), b.icmp_unsigned(">", b1, hi))):
        result(const(-1), one)
    mask = b.lshr(const(0x3F), n)  # 1F, 0F, 07
    cp = Var(b, I64, b.or_(b.shl(b.and_(b0, mask), const(6)), b.and_(b1, const(0x3F))))
    end = b.add(b.add(i, n), const(1))
    with for_range(b, b.add(i, const(2)), end) as j:
        c = byte(b, data, j)
        with b.if_then(b.icmp_unsigned("!=", b.and_(c, const(0xC0)), const(0x80))):
            result(const(-1), one)
        cp.set(b.or_(b.shl(cp.get(), const(6)), b.and_(c, const(0x3F))))
    result(cp.get(), end)


@runtime_fn("seq_rt_utf8_count")
def utf8_count_fn(f: Fn, data: ir.Value, length: ir.Value) -> ir.Value:
    """Borrows `length` bytes at `data`; returns how many characters they
    hold, or -1 if they are not valid UTF-8."""
    b = f.b
    i = Var(b, I64, const(0))
    count = Var(b, I64, const(0))
    high = const(0x8080808080808080)
    with loop(b) as ascii_words:  # ASCII runs eight bytes at a time
        ascii_words.exit_if(b.icmp_unsigned(">", b.add(i.get(), const(8)), length))
        word = b.load(at(b, data, i.get()), typ=I64, align=1)
        ascii_words.exit_if(b.icmp_unsigned("!=", b.and_(word, high), const(0)))
        bump(i, 8)
        bump(count, 8)
    with while_(b, lambda: b.icmp_unsigned("<", i.get(), length)):
        c = byte(b, data, i.get())
        with b.if_else(b.icmp_unsigned("<", c, const(0x80)), likely=True) as (ascii, other):
            with ascii:
                bump(i)
            with other:
                r = f.call("seq_rt_utf8_decode", data, length, i.get())
                with b.if_then(b.icmp_signed("<", b.extract_value(r, 0), const(0))):
                    b.ret(const(-1))
                i.set(b.extract_value(r, 1))
        bump(count)
    return count.get()


@runtime_fn("seq_rt_utf8_skip", I64, [PTR, I64, I64, I64], internal=True)
def utf8_skip(f: Fn, data: ir.Value, length: ir.Value, start: ir.Value, n: ir.Value) -> ir.Value:
    """Borrows `length` bytes of valid UTF-8 at `data`; returns the byte
    index of the n-th character at or after index `start` (length if there
    are fewer)."""
    b = f.b
    i = Var(b, I64, start)
    k = Var(b, I64, const(0))
    with loop(b) as chars:
        chars.exit_if(b.icmp_unsigned(">=", i.get(), length))
        lead = b.icmp_unsigned("!=", b.and_(byte(b, data, i.get()), const(0xC0)), const(0x80))
        with b.if_then(lead):
            chars.exit_if(b.icmp_unsigned("==", k.get(), n))
            bump(k)
        bump(i)
    return i.get()


@runtime_fn("seq_rt_is_space", I1, [I64], internal=True)
def is_space(f: Fn, cp: ir.Value) -> ir.Value:
    """Returns i1: the code point `cp` is Unicode White_Space."""
    b = f.b
    yes = b.or_(between(b, cp, 9, 13), b.icmp_unsigned("==", cp, const(32)))
    yes = b.or_(yes, between(b, cp, 0x2000, 0x200A))
    for wide in WIDE_SPACES:
        yes = b.or_(yes, b.icmp_unsigned("==", cp, const(wide)))
    return yes


@runtime_fn("seq_rt_trim_range", PAIR, [PTR, I64], internal=True)
def trim_range(f: Fn, data: ir.Value, length: ir.Value) -> ir.Value:
    """Borrows `length` bytes of valid UTF-8 at `data`; returns {start, end}:
    the byte range without surrounding whitespace."""
    b = f.b

    def space_at(i: ir.Value) -> tuple[ir.Value, ir.Value]:
        """(i1: the character at byte i is whitespace, the index after it)."""
        r = f.call("seq_rt_utf8_decode", data, length, i)
        return f.call("seq_rt_is_space", b.extract_value(r, 0)), b.extract_value(r, 1)

    start = Var(b, I64, const(0))
    with loop(b) as leading:
        leading.exit_if(b.icmp_unsigned(">=", start.get(), length))
        space, after = space_at(start.get())
        leading.exit_if(b.not_(space))
        start.set(after)
    end = Var(b, I64, length)
    j = Var(b, I64)
    with loop(b) as trailing:
        trailing.exit_if(b.icmp_unsigned("<=", end.get(), start.get()))
        j.set(b.sub(end.get(), const(1)))  # back to the last character's first byte
        continuation = lambda: b.icmp_unsigned(  # noqa: E731
            "==", b.and_(byte(b, data, j.get()), const(0xC0)), const(0x80))
        with while_(b, continuation):
            j.set(b.sub(j.get(), const(1)))
        space, _ = space_at(j.get())
        trailing.exit_if(b.not_(space))
        end.set(j.get())
    return struct(b, PAIR, start.get(), end.get())


# --- characters -----------------------------------------------------------------------


@runtime_fn("seq_rt_string_length")
def string_length(f: Fn, s: ir.Value) -> ir.Value:
    """Borrows the String `s`; returns how many characters it holds (0 if
    it is not UTF-8)."""
    b = f.b
    n = utf8_count(f, s)
    return b.select(b.icmp_signed("<", n, const(0)), const(0), n)


@runtime_fn("seq_rt_string_char_at")
def char_at(f: Fn, s: ir.Value, index: ir.Value) -> ir.Value:
    """Borrows the String `s`; returns the code point of its character
    `index`, or -1 (no such character, or `s` is not UTF-8)."""
    b = f.b
    data, length = text(f, s)
    with b.if_then(b.icmp_signed("<", index, const(0))):
        b.ret(const(-1))
    with b.if_then(not_utf8(f, s)):
        b.ret(const(-1))
    first = f.call("seq_rt_utf8_skip", data, length, const(0), index)
    with b.if_then(b.icmp_unsigned(">=", first, length)):
        b.ret(const(-1))
    return b.extract_value(f.call("seq_rt_utf8_decode", data, length, first), 0)


@runtime_fn("seq_rt_string_substring")
def substring(f: Fn, s: ir.Value, start: ir.Value, count: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns its characters [start, start+count),
    clamped to it; the empty String for negative arguments or if `s` is not
    UTF-8."""
    b = f.b
    data, length = text(f, s)
    bad = b.or_(b.icmp_signed("<", start, const(0)), b.icmp_signed("<", count, const(0)))
    with b.if_then(b.or_(bad, not_utf8(f, s))):
        f.call("seq_decref", s)
        b.ret(empty_string(f))
    first = f.call("seq_rt_utf8_skip", data, length, const(0), start)
    last = f.call("seq_rt_utf8_skip", data, length, first, count)
    return f.call("seq_rt_string_slice", s, first, last)


# --- searching ------------------------------------------------------------------------


@runtime_fn("seq_rt_string_find")
def find(f: Fn, haystack: ir.Value, needle: ir.Value) -> ir.Value:
    """Borrows both Strings; returns the character index of the first
    occurrence of `needle` in `haystack`, or -1 (a text that is not UTF-8
    reads as empty)."""
    b = f.b
    hdata, hlen = text(f, haystack)
    ndata, nlen = text(f, needle)
    with b.if_then(b.or_(b.icmp_unsigned("==", nlen, const(0)), not_utf8(f, needle))):
        b.ret(const(0))
    with b.if_then(not_utf8(f, haystack)):
        b.ret(const(-1))
    p = f.call("memmem", hdata, hlen, ndata, nlen)
    with b.if_then(b.icmp_unsigned("==", p, ir.Constant(PTR, None))):
        b.ret(const(-1))
    offset = b.sub(b.ptrtoint(p, I64), b.ptrtoint(hdata, I64))
    return f.call("seq_rt_utf8_count", hdata, offset)


@runtime_fn("seq_rt_string_contains")
def contains(f: Fn, haystack: ir.Value, needle: ir.Value) -> ir.Value:
    """Borrows both Strings; returns i1: `needle`'s bytes occur in
    `haystack`'s (byte-clean)."""
    b = f.b
    hdata, hlen = text(f, haystack)
    ndata, nlen = text(f, needle)
    with b.if_then(b.icmp_unsigned("==", nlen, const(0))):
        b.ret(TRUE_I1)
    p = f.call("memmem", hdata, hlen, ndata, nlen)
    return b.icmp_unsigned("!=", p, ir.Constant(PTR, None))


@runtime_fn("seq_rt_string_starts_with")
def starts_with(f: Fn, s: ir.Value, prefix: ir.Value) -> ir.Value:
    """Borrows both Strings; returns i1: `s`'s bytes start with `prefix`'s
    (byte-clean)."""
    b = f.b
    sdata, slen = text(f, s)
    pdata, plen = text(f, prefix)
    with b.if_then(b.icmp_unsigned(">", plen, slen)):
        b.ret(FALSE_I1)
    return b.icmp_signed("==", f.call("memcmp", sdata, pdata, plen), ir.Constant(I32, 0))


# --- new strings from old -------------------------------------------------------------


@runtime_fn("seq_rt_string_trim")
def trim(f: Fn, s: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns it without leading and trailing
    Unicode whitespace (the empty String if it is not UTF-8)."""
    b = f.b
    data, length = text(f, s)
    with b.if_then(not_utf8(f, s)):
        f.call("seq_decref", s)
        b.ret(empty_string(f))
    r = f.call("seq_rt_trim_range", data, length)
    return f.call("seq_rt_string_slice", s, b.extract_value(r, 0), b.extract_value(r, 1))


@runtime_fn("seq_rt_string_chomp")
def chomp(f: Fn, s: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns it without one trailing "\\n" or
    "\\r\\n"."""
    b = f.b
    data, length = text(f, s)
    end = Var(b, I64, length)

    def last_is(c: str) -> ir.Value:
        return b.and_(b.icmp_unsigned(">", end.get(), const(0)),
                      b.icmp_unsigned("==", byte(b, data, b.sub(end.get(), const(1))),
                                      const(ord(c))))

    with b.if_then(last_is("\n")):
        end.set(b.sub(end.get(), const(1)))
        with b.if_then(last_is("\r")):
            end.set(b.sub(end.get(), const(1)))
    return f.call("seq_rt_string_slice", s, const(0), end.get())


@runtime_fn("seq_rt_string_case")
def case(f: Fn, s: ir.Value, upper: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns it upper-cased if `upper`, else
    lower-cased (Unicode: ASCII done here, anything else by the host); the
    empty String if it is not UTF-8. An unshared ASCII `s` is changed in
    place."""
    b = f.b
    data, length = text(f, s)
    seen = Var(b, I64, const(0))  # every byte or-ed: >= 0x80 unless all ASCII
    with for_range(b, const(0), length) as i:
        seen.set(b.or_(seen.get(), byte(b, data, i)))
    with b.if_then(b.icmp_unsigned(">=", seen.get(), const(0x80))):
        with b.if_then(not_utf8(f, s)):
            f.call("seq_decref", s)
            b.ret(empty_string(f))
        result = f.host_call("string_case", I64, data, length, b.zext(upper, I32))
        f.call("seq_decref", s)
        b.ret(result)
    out = Var(b, I64, s)
    with b.if_then(b.not_(unshared(f, s))):
        out.set(f.call("seq_rt_string", data, length))
        f.call("seq_decref", s)
    odata = STRING_OBJ(b, out.get()).after()
    lo = b.select(upper, const(ord("a")), const(ord("A")))  # the letters to flip
    with for_range(b, const(0), length) as i:
        c = byte(b, odata, i)
        flip = b.icmp_unsigned("<=", b.sub(c, lo), const(25))
        put(b, odata, i, b.select(flip, b.xor(c, const(0x20)), c))
    return out.get()


JSON_NAMED = {ord('"'): '"', ord("\\"): "\\", 10: "n", 13: "r", 9: "t", 8: "b", 12: "f"}


@runtime_fn("seq_rt_string_json_escape")
def json_escape(f: Fn, s: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns it escaped for a JSON string
    literal: quote, backslash, \\n \\r \\t \\b \\f by name, other control
    characters (C0, DEL, C1) as \\u00XX; `s` itself when nothing needs
    escaping; the empty String if it is not UTF-8."""
    b = f.b
    data, length = text(f, s)
    with b.if_then(not_utf8(f, s)):
        f.call("seq_decref", s)
        b.ret(empty_string(f))
    size = json_walk(f, data, length, None)
    with b.if_then(b.icmp_unsigned("==", size, length)):
        b.ret(s)
    result = f.call("seq_rt_string_new", size)
    json_walk(f, data, length, STRING_OBJ(b, result).after())
    f.call("seq_decref", s)
    return result


def json_walk(f: Fn, data: ir.Value, length: ir.Value, out: ir.Value | None) -> ir.Value:
    """One pass over the bytes to escape: with `out` None, returns the
    escaped length; else also writes the escaped bytes to `out`."""
    b = f.b
    digits = constant(f.module, "seq_rt_hex_upper", ir.Constant(
        ir.ArrayType(I8, 16), bytearray(b"0123456789ABCDEF")))
    i = Var(b, I64, const(0))
    o = Var(b, I64, const(0))

    def emit(chars: list[ir.Value]) -> None:
        if out is not None:
            for k, ch in enumerate(chars):
                put(b, out, b.add(o.get(), const(k)), ch)
        bump(o, len(chars))

    def unicode_escape(c: ir.Value) -> list[ir.Value]:
        """\\u00XX for the byte c."""
        hex_digits = [byte(b, digits, b.lshr(c, const(4))), byte(b, digits, b.and_(c, const(15)))]
        return [const(ord(ch)) for ch in "\\u00"] + hex_digits

    with loop(b) as chars:
        chars.exit_if(b.icmp_unsigned(">=", i.get(), length))
        c = byte(b, data, i.get())
        after = b.add(i.get(), const(1))
        c1 = b.and_(b.icmp_unsigned("==", c, const(0xC2)), b.icmp_unsigned("<", after, length))
        with b.if_then(c1):  # U+0080..U+009F, two bytes
            second = byte(b, data, after)
            with b.if_then(between(b, second, 0x80, 0x9F)):
                emit(unicode_escape(second))
                bump(i, 2)
                chars.next()
        for code, letter in JSON_NAMED.items():
            with b.if_then(b.icmp_unsigned("==", c, const(code))):
                emit([const(ord("\\")), const(ord(letter))])
                bump(i)
                chars.next()
        control = b.or_(b.icmp_unsigned("<", c, const(0x20)), b.icmp_unsigned("==", c, const(0x7F)))
        with b.if_then(control):
            emit(unicode_escape(c))
            bump(i)
            chars.next()
        emit([c])
        bump(i)
    return o.get()


# --- split and join (lists) -----------------------------------------------------------


def new_list(f: Fn, count: ir.Value) -> ir.Value:
    """A new List of `count` fields, not yet written, as a ptr."""
    b = f.b
    size = b.add(const(VARIANT_OBJ.size), b.mul(count, const(8)))
    obj = f.call("seq_rt_alloc", const(VARIANT), size)
    fields = VARIANT_OBJ(b, obj)
    fields.tag = static_string(f.module, "seq_rt_strings_list_tag", b"List", SYMBOL)
    fields.count = count
    return obj


@runtime_fn("seq_rt_string_split")
def split(f: Fn, s: ir.Value, delimiter: ir.Value) -> None:
    """Consumes the Strings `s` and `delimiter`; returns a new List of the
    pieces of `s` between occurrences of `delimiter` (byte-clean). An empty
    delimiter gives "", every byte, ""."""
    b = f.b
    data, length = text(f, s)
    ddata, dlen = text(f, delimiter)

    def finish(obj: ir.Value) -> None:
        f.call("seq_decref", s)
        f.call("seq_decref", delimiter)
        b.ret(b.ptrtoint(obj, I64))

    def piece(start: ir.Value, end: ir.Value) -> ir.Value:
        return f.call("seq_rt_string_of", at(b, data, start), b.sub(end, start))

    with b.if_then(b.icmp_unsigned("==", dlen, const(0))):
        obj = new_list(f, b.add(length, const(2)))
        items = VARIANT_OBJ(b, obj)
        b.store(empty_string(f), items.trailing(const(0)))
        b.store(empty_string(f), items.trailing(b.add(length, const(1))))
        with for_range(b, const(0), length) as i:
            b.store(f.call("seq_rt_string_of", at(b, data, i), const(1)),
                    items.trailing(b.add(i, const(1))))
        finish(obj)

    def pieces(obj: ir.Value | None) -> ir.Value:
        """Walk the matches: count the pieces, or (given the list) fill it."""
        start = Var(b, I64, const(0))
        k = Var(b, I64, const(0))
        with loop(b) as matches:
            matches.exit_if(b.icmp_unsigned(">", b.add(start.get(), dlen), length))
            rest = b.sub(length, start.get())
            p = f.call("memmem", at(b, data, start.get()), rest, ddata, dlen)
            matches.exit_if(b.icmp_unsigned("==", p, ir.Constant(PTR, None)))
            found = b.sub(b.ptrtoint(p, I64), b.ptrtoint(data, I64))
            if obj is not None:
                b.store(piece(start.get(), found), VARIANT_OBJ(b, obj).trailing(k.get()))
            bump(k)
            start.set(b.add(found, dlen))
        if obj is not None:
            b.store(piece(start.get(), length), VARIANT_OBJ(b, obj).trailing(k.get()))
        return b.add(k.get(), const(1))

    obj = new_list(f, pieces(None))
    pieces(obj)
    finish(obj)


@runtime_fn("seq_rt_join_piece", I64, [I64], internal=True)
def join_piece(f: Fn, v: ir.Value) -> ir.Value:
    """Borrows the value `v`; returns a new reference to the String it
    contributes to string.join: an Int or Float in decimal, true, false, a
    String as it is (empty if not UTF-8), a Symbol with its colon, anything
    else as "<value>"."""
    b = f.b
    with b.if_then(b.trunc(v, I1)):
        b.ret(f.call("seq_rt_int_to_string", v))
    with b.if_then(b.icmp_unsigned("==", v, const(0))):
        b.ret(static_string(f.module, "seq_rt_str_false", b"false"))
    with b.if_then(b.icmp_unsigned("==", v, const(2))):
        b.ret(static_string(f.module, "seq_rt_str_true", b"true"))
    kind = OBJECT(b, v).kind
    with b.if_then(b.icmp_unsigned("==", kind, const(STRING))):
        with b.if_then(not_utf8(f, v)):
            b.ret(empty_string(f))
        f.call("seq_incref", v)
        b.ret(v)
    with b.if_then(b.icmp_unsigned("==", kind, const(SYMBOL))):
        data, length = text(f, v)
        out = f.call("seq_rt_string_new", b.add(length, const(1)))
        odata = STRING_OBJ(b, out).after()
        put(b, odata, const(0), const(ord(":")))
        f.call("memcpy", at(b, odata, const(1)), data, length)
        b.ret(out)
    with b.if_then(b.icmp_unsigned("==", kind, const(FLOAT))):
        b.ret(f.call("seq_rt_float_to_string", FLOAT_OBJ(b, v).value))
    return static_string(f.module, "seq_rt_str_value", b"<value>")


@runtime_fn("seq_rt_string_join")
def join(f: Fn, lst: ir.Value, sep: ir.Value) -> ir.Value:
    """Consumes the List `lst` and the String `sep`; returns a new String of
    the items as text (see seq_rt_join_piece) with `sep` between them (none
    if `sep` is not UTF-8)."""
    b = f.b
    items = VARIANT_OBJ(b, lst)
    count = items.count
    sdata, slen = text(f, sep)
    slen = b.select(not_utf8(f, sep), const(0), slen)
    parts = checked(f, f.call("malloc", b.mul(b.add(count, const(1)), const(8))))
    total = Var(b, I64, const(0))
    with for_range(b, const(0), count) as i:
        part = f.call("seq_rt_join_piece", b.load(items.trailing(i), typ=I64))
        b.store(part, b.gep(parts, [i], source_etype=I64))
        bump(total, STRING_OBJ(b, part).length)
        with b.if_then(b.icmp_unsigned(">", i, const(0))):
            bump(total, slen)
    result = f.call("seq_rt_string_new", total.get())
    out = STRING_OBJ(b, result).after()
    written = Var(b, I64, const(0))
    with for_range(b, const(0), count) as i:
        with b.if_then(b.icmp_unsigned(">", i, const(0))):
            f.call("memcpy", at(b, out, written.get()), sdata, slen)
            bump(written, slen)
        part = b.load(b.gep(parts, [i], source_etype=I64), typ=I64)
        pdata, plen = text(f, part)
        f.call("memcpy", at(b, out, written.get()), pdata, plen)
        bump(written, plen)
        f.call("seq_decref", part)
    f.call("free", parts)
    f.call("seq_decref", lst)
    f.call("seq_decref", sep)
    return result


# --- numbers from text ----------------------------------------------------------------


@runtime_fn("seq_rt_string_to_int")
def string_to_int(f: Fn, s: ir.Value) -> None:
    """Borrows the String `s`; returns {its value, true} if it is an optional
    sign and decimal digits within i64, surrounding whitespace allowed;
    else {0, false}."""
    b = f.b
    data, length = text(f, s)

    def result(value: ir.Value, ok: int) -> None:
        b.ret(struct(b, INT_RESULT, value, ir.Constant(I1, ok)))

    with b.if_then(not_utf8(f, s)):
        result(const(0), 0)
    bounds = f.call("seq_rt_trim_range", data, length)
    start, end = b.extract_value(bounds, 0), b.extract_value(bounds, 1)
    with b.if_then(b.icmp_unsigned("==", start, end)):
        result(const(0), 0)
    first = byte(b, data, start)
    negative = b.icmp_unsigned("==", first, const(ord("-")))
    signed = b.or_(negative, b.icmp_unsigned("==", first, const(ord("+"))))
    digits = b.add(start, b.zext(signed, I64))
    with b.if_then(b.icmp_unsigned("==", digits, end)):
        result(const(0), 0)
    acc = Var(b, I64, const(0))  # accumulated negated, so i64::MIN fits
    with for_range(b, digits, end) as i:
        digit = b.sub(byte(b, data, i), const(ord("0")))
        with b.if_then(b.icmp_unsigned(">", digit, const(9))):
            result(const(0), 0)
        m = f.call("llvm.smul.with.overflow.i64", acc.get(), const(10))
        d = f.call("llvm.ssub.with.overflow.i64", b.extract_value(m, 0), digit)
        with b.if_then(b.or_(b.extract_value(m, 1), b.extract_value(d, 1))):
            result(const(0), 0)
        acc.set(b.extract_value(d, 0))
    with b.if_then(negative):
        result(acc.get(), 1)
    with b.if_then(b.icmp_signed("==", acc.get(), const(-(2**63)))):
        result(const(0), 0)
    result(b.neg(acc.get()), 1)


@runtime_fn("seq_rt_skip_digits", I64, [PTR, I64, I64], internal=True)
def skip_digits(f: Fn, data: ir.Value, length: ir.Value, start: ir.Value) -> ir.Value:
    """Borrows `length` bytes at `data`; returns the index of the first byte
    at or after `start` that is not an ASCII digit (length if none)."""
    b = f.b
    i = Var(b, I64, start)
    with while_(b, lambda: digit_at(b, data, length, i.get())):
        bump(i)
    return i.get()


def digit_at(b: ir.IRBuilder, data: ir.Value, length: ir.Value, i: ir.Value) -> ir.Value:
    """i1: i < length and data[i] is an ASCII digit (no read past the end)."""
    inside = b.icmp_unsigned("<", i, length)
    c = byte(b, data, b.select(inside, i, const(0)))
    return b.and_(inside, b.icmp_unsigned("<=", b.sub(c, const(ord("0"))), const(9)))


def char_at_is(b: ir.IRBuilder, data: ir.Value, length: ir.Value, i: ir.Value,
               ch: str) -> ir.Value:
    """i1: i < length and data[i] is `ch` (ASCII-case-insensitively for "e")."""
    inside = b.icmp_unsigned("<", i, length)
    c = byte(b, data, b.select(inside, i, const(0)))
    folded = b.or_(c, const(0x20 if ch == "e" else 0))
    return b.and_(inside, b.icmp_unsigned("==", folded, const(ord(ch))))


@runtime_fn("seq_rt_string_to_float")
def string_to_float(f: Fn, s: ir.Value) -> None:
    """Borrows the String `s`; returns {its value, true} if all of it is a
    Rust float literal: [+-] (inf | infinity | nan | digits [. digits]
    [e [+-] digits]), case-insensitive, no surrounding whitespace; else
    {0.0, false}."""
    b = f.b
    data, length = text(f, s)

    def result(x: ir.Value, ok: int) -> None:
        b.ret(struct(b, FLOAT_RESULT, x, ir.Constant(I1, ok)))

    def fail() -> None:
        result(ir.Constant(F64, 0.0), 0)

    with b.if_then(b.icmp_unsigned("==", length, const(0))):
        fail()
    first = byte(b, data, const(0))
    signed = b.or_(b.icmp_unsigned("==", first, const(ord("-"))),
                   b.icmp_unsigned("==", first, const(ord("+"))))
    start = b.zext(signed, I64)
    valid = Var(b, I1, FALSE_I1)
    rest = b.sub(length, start)
    for word in (b"inf", b"infinity", b"nan"):
        with b.if_then(b.icmp_unsigned("==", rest, const(len(word)))):
            match = TRUE_I1
            for k, ch in enumerate(word):
                c = b.or_(byte(b, data, b.add(start, const(k))), const(0x20))
                match = b.and_(match, b.icmp_unsigned("==", c, const(ch)))
            valid.set(b.or_(valid.get(), match))
    with b.if_then(b.not_(valid.get())):
        i = Var(b, I64, f.call("seq_rt_skip_digits", data, length, start))
        whole = b.sub(i.get(), start)
        fraction = Var(b, I64, const(0))
        with b.if_then(char_at_is(b, data, length, i.get(), ".")):
            after = f.call("seq_rt_skip_digits", data, length, b.add(i.get(), const(1)))
            fraction.set(b.sub(after, b.add(i.get(), const(1))))
            i.set(after)
        with b.if_then(b.icmp_unsigned("==", b.add(whole, fraction.get()), const(0))):
            fail()
        with b.if_then(char_at_is(b, data, length, i.get(), "e")):
            bump(i)
            sign = b.or_(char_at_is(b, data, length, i.get(), "+"),
                         char_at_is(b, data, length, i.get(), "-"))
            with b.if_then(sign):
                bump(i)
            after = f.call("seq_rt_skip_digits", data, length, i.get())
            with b.if_then(b.icmp_unsigned("==", after, i.get())):
                fail()
            i.set(after)
        valid.set(b.icmp_unsigned("==", i.get(), length))
    with b.if_then(b.not_(valid.get())):
        fail()
    nul_terminated = checked(f, f.call("malloc", b.add(length, const(1))))
    f.call("memcpy", nul_terminated, data, length)
    put(b, nul_terminated, length, const(0))
    x = f.call("strtod", nul_terminated, ir.Constant(PTR, None))
    f.call("free", nul_terminated)
    result(x, 1)


# --- stdin ----------------------------------------------------------------------------
# Reads from fd 0 go through one read-ahead buffer (seq_in_buffer), so
# io.read-line, io.read-n and terminal.read-char can be mixed. Pending
# output is flushed before any read blocks.


@runtime_fn("seq_rt_flush_pending", VOID, [], internal=True, inline=True)
def flush_pending(f: Fn) -> None:
    """Writes out stdout's buffer if it holds anything (before a read that
    may block)."""
    b = f.b
    used = f.module.globals["seq_out_used"]  # runtime/core.py's output buffer
    with b.if_then(b.icmp_signed(">", b.load(used, typ=I64), const(0))):
        f.call("seq_rt_flush")


@runtime_fn("seq_rt_stdin_fill", I1, [], internal=True)
def stdin_fill(f: Fn) -> ir.Value:
    """Returns i1: the read-ahead buffer holds unread bytes, reading more
    from stdin when it is empty (false at EOF or on an error). Parks only
    the running strand until stdin is readable."""
    b = f.b
    with b.if_then(b.icmp_signed("<", f.load(IN_POS), f.load(IN_END))):
        b.ret(TRUE_I1)
    f.call("seq_rt_flush_pending")
    f.store(IN_POS, const(0))
    f.store(IN_END, const(0))
    with loop(b):
        f.call("seq_io_wait", const(0), const(POLLIN), const(-1))  # runtime/iowait.py polls it
        n = f.call("read", ir.Constant(I32, 0), f.glob(IN_BUFFER_G), const(IN_BUFFER))
        with b.if_then(b.icmp_signed(">", n, const(0))):
            f.store(IN_END, n)
            b.ret(TRUE_I1)
        errno = b.load(f.call("__errno_location"), typ=I32)
        interrupted = b.icmp_signed("==", errno, ir.Constant(I32, EINTR))
        with b.if_then(b.not_(b.and_(b.icmp_signed("<", n, const(0)), interrupted))):
            b.ret(FALSE_I1)
    b.unreachable()


@runtime_fn("seq_rt_read_line", locked=True)
def read_line(f: Fn) -> None:
    """Returns {the next line of stdin as a new String, true}, with its "\\n"
    ("\\r\\n" becomes "\\n"; the last line may lack one); {"", false} at
    EOF, on an error or if the line is not UTF-8, as the reference reads it."""
    b = f.b
    buf = f.glob(IN_BUFFER_G)

    def result(s: ir.Value, ok: ir.Value) -> None:
        b.ret(struct(b, INT_RESULT, s, ok))

    # A line that spans refills is gathered in a malloc'd buffer.
    acc = Var(b, PTR, ir.Constant(PTR, None))
    acc_len = Var(b, I64, const(0))
    acc_cap = Var(b, I64, const(0))
    line = Var(b, I64, const(0))
    with loop(b) as gather:
        with b.if_then(b.not_(f.call("seq_rt_stdin_fill"))):
            with b.if_then(b.icmp_unsigned("==", acc_len.get(), const(0))):
                f.call("free", acc.get())
                result(empty_string(f), FALSE_I1)
            line.set(f.call("seq_rt_string", acc.get(), acc_len.get()))
            gather.exit()
        start = f.load(IN_POS)
        avail = b.sub(f.load(IN_END), start)
        here = at(b, buf, start)
        nl = f.call("memchr", here, ir.Constant(I32, 10), avail)
        found = b.icmp_unsigned("!=", nl, ir.Constant(PTR, None))
        through_nl = b.add(b.sub(b.ptrtoint(nl, I64), b.ptrtoint(here, I64)), const(1))
        take = b.select(found, through_nl, avail)
        f.store(IN_POS, b.add(start, take))
        with b.if_then(b.and_(found, b.icmp_unsigned("==", acc_len.get(), const(0)))):
            line.set(f.call("seq_rt_string", here, take))
            gather.exit()
        need = b.add(acc_len.get(), take)
        with b.if_then(b.icmp_unsigned(">", need, acc_cap.get())):
            cap = b.add(b.mul(need, const(2)), const(64))
            acc.set(checked(f, f.call("realloc", acc.get(), cap)))
            acc_cap.set(cap)
        f.call("memcpy", at(b, acc.get(), acc_len.get()), here, take)
        acc_len.set(need)
        with b.if_then(found):
            line.set(f.call("seq_rt_string", acc.get(), acc_len.get()))
            gather.exit()
    f.call("free", acc.get())
    s = line.get()
    data, length = text(f, s)
    with b.if_then(b.icmp_signed("<", f.call("seq_rt_utf8_count", data, length), const(0))):
        f.call("seq_decref", s)
        result(empty_string(f), FALSE_I1)
    crlf = b.and_(b.icmp_unsigned(">=", length, const(2)),
                  b.icmp_unsigned("==", byte(b, data, b.sub(length, const(2))), const(13)))
    crlf = b.and_(crlf, b.icmp_unsigned("==", byte(b, data, b.sub(length, const(1))), const(10)))
    with b.if_then(crlf):
        put(b, data, b.sub(length, const(2)), const(10))
        STRING_OBJ(b, s).length = b.sub(length, const(1))
    result(s, TRUE_I1)


@runtime_fn("seq_rt_read_n", locked=True)
def read_n(f: Fn, n: ir.Value) -> None:
    """Returns {a new String of the next `n` bytes of stdin (fewer at EOF),
    1 if all n came else 0}; bytes that are not UTF-8 are replaced as the
    reference does (U+FFFD). Counts above READ_N_MAX give {"", 0}."""
    b = f.b
    buf = f.glob(IN_BUFFER_G)

    def result(s: ir.Value, status: ir.Value) -> None:
        b.ret(struct(b, PAIR, s, status))

    with b.if_then(b.icmp_unsigned(">", n, const(READ_N_MAX))):  # negative too
        result(empty_string(f), const(0))
    s = f.call("seq_rt_string_new", n)
    out = STRING_OBJ(b, s).after()
    got = Var(b, I64, const(0))
    with loop(b) as reading:
        reading.exit_if(b.icmp_unsigned(">=", got.get(), n))
        reading.exit_if(b.not_(f.call("seq_rt_stdin_fill")))
        start = f.load(IN_POS)
        avail = b.sub(f.load(IN_END), start)
        want = b.sub(n, got.get())
        take = b.select(b.icmp_unsigned("<", avail, want), avail, want)
        f.call("memcpy", at(b, out, got.get()), at(b, buf, start), take)
        f.store(IN_POS, b.add(start, take))
        bump(got, take)
    STRING_OBJ(b, s).length = got.get()
    status = b.zext(b.icmp_unsigned("==", got.get(), n), I64)
    with b.if_then(b.icmp_signed("<", f.call("seq_rt_utf8_count", out, got.get()), const(0))):
        fixed = f.host_call("utf8_lossy", I64, out, got.get())
        f.call("seq_decref", s)
        result(fixed, status)
    with b.if_then(b.icmp_unsigned("==", got.get(), const(0))):
        f.call("seq_decref", s)
        result(empty_string(f), status)
    result(s, status)


# --- byte encodings -------------------------------------------------------------------


def four_bytes_be(f: Fn, word: ir.Value) -> ir.Value:
    """A new String of the i32 `word`'s 4 bytes, big-endian."""
    s = f.call("seq_rt_string_new", const(4))
    f.b.store(f.call("llvm.bswap.i32", word), STRING_OBJ(f.b, s).after())
    return s


@runtime_fn("seq_rt_int_to_bytes_i32_be")
def int_to_bytes_i32_be(f: Fn, n: ir.Value) -> ir.Value:
    """Returns a new String of the untagged Int `n`'s low 32 bits, big-endian."""
    return four_bytes_be(f, f.b.trunc(n, I32))


@runtime_fn("seq_rt_float_to_bytes_f32_be")
def float_to_bytes_f32_be(f: Fn, x: ir.Value) -> ir.Value:
    """Returns a new String of the double `x` as a big-endian binary32."""
    b = f.b
    return four_bytes_be(f, b.bitcast(b.fptrunc(x, ir.FloatType()), I32))


@runtime_fn("seq_rt_encode")
def encode(f: Fn, s: ir.Value, which: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns a new String of its encoding number
    `which` of ENCODINGS, made by the host."""
    result = f.host_call("encode", I64, *text(f, s), which)
    f.call("seq_decref", s)
    return result


@runtime_fn("seq_rt_decode")
def decode(f: Fn, s: ir.Value, which: ir.Value) -> ir.Value:
    """Consumes the String `s`; returns {a new String of its decoding from
    encoding number `which` of ENCODINGS, true}, made by the host, or
    {"", false} if `s` is not in that encoding."""
    b = f.b
    result = f.host_call("decode", I64, *text(f, s), which)
    f.call("seq_decref", s)
    ok = b.icmp_unsigned("!=", result, const(0))
    return struct(b, INT_RESULT, b.select(ok, result, empty_string(f)), ok)


# --- host services: case, lossy UTF-8, encodings -------------------------------------


@service("string_case", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int32)
def _string_case(host: HostContext) -> Callable[[int, int, int], int]:
    def convert(data: int | None, length: int, upper: int) -> int:
        text = ctypes.string_at(data or 0, length).decode() if length else ""
        return host.string((text.upper() if upper else text.lower()).encode())

    return convert


@service("utf8_lossy", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64)
def _utf8_lossy(host: HostContext) -> Callable[[int, int], int]:
    def convert(data: int | None, length: int) -> int:
        raw = ctypes.string_at(data or 0, length) if length else b""
        return host.string(raw.decode("utf-8", errors="replace").encode())

    return convert


@service("encode", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int32)
def _encode(host: HostContext) -> Callable[[int, int, int], int]:
    def encode(data: int | None, length: int, which: int) -> int:
        raw = ctypes.string_at(data or 0, length) if length else b""
        name = ENCODINGS[which]
        if name == "hex":
            return host.string(raw.hex().encode())
        alphabet = B64 if name == "base64" else B64URL
        return host.string(base64_encode(raw, alphabet, padded=name == "base64"))

    return encode


@service("decode", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int32)
def _decode(host: HostContext) -> Callable[[int, int, int], int]:
    def decode(data: int | None, length: int, which: int) -> int:
        raw = ctypes.string_at(data or 0, length) if length else b""
        name = ENCODINGS[which]
        if name == "hex":
            out = hex_decode(raw)
        else:
            out = base64_decode(raw, B64 if name == "base64" else B64URL, name == "base64")
        return 0 if out is None else host.string(out)

    return decode
