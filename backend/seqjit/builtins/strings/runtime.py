"""Strings in the runtime: byte-clean, immutable, length-prefixed objects.

Layout: header, i64 length, the bytes (not NUL-terminated). Symbols share
the layout under their own kind.

Text operations follow the reference: byte-clean ones (concat, split,
contains, starts-with, chomp, equality) never look at the encoding; the
ones that count or transform characters treat bytes that are not valid
UTF-8 as the empty string. Functions documented as "drops" consume the
reference they are given; "keeps" leave it to the caller.
"""

from __future__ import annotations

from contextlib import contextmanager

from llvmlite import ir

from ...runtime.core import RuntimeBuilder
from ...runtime.layout import (
    F64,
    FLOAT,
    HEADER,
    I1,
    I8,
    I32,
    I64,
    IMMORTAL,
    PTR,
    STRING,
    SYMBOL,
    VARIANT,
    VARIANT_COUNT,
    VARIANT_FIELDS,
    VARIANT_TAG,
    VOID,
    const,
    declare,
    field_ptr,
    load_word,
)

LENGTH = HEADER  # offset of the length word
BYTES = HEADER + 8  # offset of the first byte

POLLIN = 1  # poll(2): readable
IN_BUFFER = 1 << 16  # bytes of stdin read ahead, shared by io.read-line and io.read-n
READ_N_MAX = 10 * 1024 * 1024  # io.read-n refuses larger counts, as the reference does
EINTR = 4
ENCODINGS = ("base64", "base64url", "hex")  # `which` for seq_rt_encode / seq_rt_decode

# Unicode White_Space above ASCII (Rust's `char::is_whitespace`, used by trim).
WIDE_SPACES = (0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)

PAIR = ir.LiteralStructType([I64, I64])
INT_RESULT = ir.LiteralStructType([I64, I1])
FLOAT_RESULT = ir.LiteralStructType([F64, I1])


class Fn:
    """A runtime function under construction, with mutable locals (allocas the
    optimiser promotes to registers) and structured loops."""

    def __init__(self, rt: RuntimeBuilder, name: str, ret: ir.Type, args: list[ir.Type],
                 internal: bool = False) -> None:
        self.rt = rt
        self.fn, self.b = rt.function(name, ret, args)
        if internal:
            self.fn.linkage = "internal"
        self.args = self.fn.args

    def var(self, init: ir.Value, ty: ir.Type = I64) -> ir.Value:
        b = self.b
        with b.goto_entry_block():
            slot = b.alloca(ty)
        b.store(init, slot)
        return slot

    def get(self, var: ir.Value, ty: ir.Type = I64) -> ir.Value:
        return self.b.load(var, typ=ty)

    def set(self, var: ir.Value, value: ir.Value) -> None:
        self.b.store(value, var)

    def inc(self, var: ir.Value, by: ir.Value | int = 1) -> None:
        self.set(var, self.b.add(self.get(var), const(by) if isinstance(by, int) else by))

    def byte(self, ptr: ir.Value, i: ir.Value) -> ir.Value:
        """The byte at ptr[i], zero-extended to i64."""
        b = self.b
        return b.zext(b.load(b.gep(ptr, [i], source_etype=I8), typ=I8), I64)

    def put(self, ptr: ir.Value, i: ir.Value, value: ir.Value) -> None:
        b = self.b
        b.store(b.trunc(value, I8) if value.type != I8 else value,
                b.gep(ptr, [i], source_etype=I8))

    def at(self, ptr: ir.Value, i: ir.Value) -> ir.Value:
        return self.b.gep(ptr, [i], source_etype=I8)

    @contextmanager
    def loop(self, cond):
        """`while cond(): body`; yields the exit block (branch there to break)."""
        b = self.b
        head = self.fn.append_basic_block("loop")
        body = self.fn.append_basic_block("body")
        done = self.fn.append_basic_block("done")
        b.branch(head)
        b.position_at_end(head)
        b.cbranch(cond(), body, done)
        b.position_at_end(body)
        self.head = head
        yield done
        if not b.block.is_terminated:
            b.branch(head)
        b.position_at_end(done)

    def between(self, v: ir.Value, lo: int, hi: int) -> ir.Value:
        """lo <= v <= hi, for non-negative i64 values."""
        b = self.b
        return b.icmp_unsigned("<=", b.sub(v, const(lo)), const(hi - lo))


def static_object(rt: RuntimeBuilder, name: str, data: bytes, kind: int = STRING) -> ir.Constant:
    """An immortal String (or Symbol) in the runtime module, as a tagged value."""
    ty = ir.LiteralStructType([I64, I64, I64, ir.ArrayType(I8, len(data))])
    g = ir.GlobalVariable(rt.module, ty, name=name)
    g.global_constant = True
    g.linkage = "internal"
    g.align = 8
    g.initializer = ir.Constant(ty, [const(IMMORTAL), const(kind), const(len(data)),
                                     ir.Constant(ir.ArrayType(I8, len(data)), bytearray(data))])
    return g.ptrtoint(I64)


def host_call(rt: RuntimeBuilder, b: ir.IRBuilder, service: str, ret: ir.Type,
              args: list[ir.Value]) -> ir.Value:
    """Call the Python host service `service` (see host.py), on the system stack."""
    return rt.host_call(b, service, ir.FunctionType(ret, [a.type for a in args]), args)


def emit(rt: RuntimeBuilder) -> None:
    emit_basics(rt)
    emit_utf8(rt)
    emit_access(rt)
    emit_search(rt)
    emit_transform(rt)
    emit_lists(rt)
    emit_parse(rt)
    emit_stdin(rt)
    emit_encodings(rt)


# --- making and printing strings ------------------------------------------------------


def emit_basics(rt: RuntimeBuilder) -> None:
    alloc = rt.module.globals["seq_rt_alloc"]

    # seq_rt_string(bytes, length) -> a new String value
    fn, b = rt.function("seq_rt_string", I64, [PTR, I64])
    data, length = fn.args
    p = b.call(alloc, [const(STRING), b.add(length, const(8))])
    b.store(length, field_ptr(b, p, LENGTH))
    b.call(rt.libc["memcpy"], [field_ptr(b, p, BYTES), data, length])
    b.ret(b.ptrtoint(p, I64))
    make = fn

    # Every one-byte string, immortal: char->string and short slices use them.
    cell = ir.LiteralStructType([I64, I64, I64, ir.ArrayType(I8, 8)])
    table_ty = ir.ArrayType(cell, 256)
    table = ir.GlobalVariable(rt.module, table_ty, name="seq_rt_byte_strings")
    table.global_constant = True
    table.linkage = "internal"
    table.align = 8
    table.initializer = ir.Constant(table_ty, [
        ir.Constant(cell, [const(IMMORTAL), const(STRING), const(1),
                           ir.Constant(ir.ArrayType(I8, 8), bytearray([n] + [0] * 7))])
        for n in range(256)
    ])
    empty = static_object(rt, "seq_rt_empty_string", b"")

    # seq_rt_string_of(bytes, length) -> String; the shared empty and one-byte
    # strings where they fit
    f = Fn(rt, "seq_rt_string_of", I64, [PTR, I64])
    b = f.b
    data, length = f.args
    with b.if_then(b.icmp_unsigned("==", length, const(0))):
        b.ret(empty)
    with b.if_then(b.icmp_unsigned("==", length, const(1))):
        index = f.byte(data, const(0))
        b.ret(b.ptrtoint(b.gep(table, [const(0), index], source_etype=table_ty), I64))
    b.ret(b.call(make, [data, length]))

    # seq_rt_string_new(length) -> an uninitialised String of that many bytes
    fn, b = rt.function("seq_rt_string_new", I64, [I64])
    p = b.call(alloc, [const(STRING), b.add(fn.args[0], const(8))])
    b.store(fn.args[0], field_ptr(b, p, LENGTH))
    b.ret(b.ptrtoint(p, I64))

    # seq_rt_int_to_string(tagged Int) -> String, decimal (63-bit values
    # cannot overflow on negation)
    f = Fn(rt, "seq_rt_int_to_string", I64, [I64])
    b = f.b
    n = b.ashr(f.args[0], const(1))
    negative = b.icmp_signed("<", n, const(0))
    buf = b.alloca(I8, size=const(24))
    rest = f.var(b.select(negative, b.neg(n), n))
    at = f.var(const(24))
    with f.loop(lambda: ir.Constant(I1, 1)) as done:
        f.set(at, b.sub(f.get(at), const(1)))
        digit = b.urem(f.get(rest), const(10))
        f.put(buf, f.get(at), b.add(digit, const(ord("0"))))
        f.set(rest, b.udiv(f.get(rest), const(10)))
        with b.if_then(b.icmp_unsigned("==", f.get(rest), const(0))):
            b.branch(done)
    with b.if_then(negative):
        f.set(at, b.sub(f.get(at), const(1)))
        f.put(buf, f.get(at), const(ord("-")))
    b.ret(b.call(rt.module.globals["seq_rt_string_of"],
                 [f.at(buf, f.get(at)), b.sub(const(24), f.get(at))]))

    # seq_rt_float_to_string(double) -> String, formatted by the host
    fn, b = rt.function("seq_rt_float_to_string", I64, [F64])
    b.ret(host_call(rt, b, "float_to_string", I64, [fn.args[0]]))

    out = rt.module.globals["seq_rt_out"]

    # seq_rt_write(String): print it, dropping the reference
    fn, b = rt.function("seq_rt_write", VOID, [I64])
    (s,) = fn.args
    b.call(out, [field_ptr(b, s, BYTES), load_word(b, s, LENGTH)])
    b.call(rt.decref, [s])
    b.ret_void()
    write = fn

    newline = rt.cstring("newline", b"\n")
    fn, b = rt.function("seq_rt_write_line", VOID, [I64])
    b.call(write, [fn.args[0]])
    b.call(out, [newline, const(1)])
    b.ret_void()

    # seq_rt_string_concat(a, b) -> a followed by b; drops both
    fn, b = rt.function("seq_rt_string_concat", I64, [I64, I64])
    x, y = fn.args
    lx, ly = load_word(b, x, LENGTH), load_word(b, y, LENGTH)
    p = b.call(alloc, [const(STRING), b.add(b.add(lx, ly), const(8))])
    b.store(b.add(lx, ly), field_ptr(b, p, LENGTH))
    dest = field_ptr(b, p, BYTES)
    b.call(rt.libc["memcpy"], [dest, field_ptr(b, x, BYTES), lx])
    b.call(rt.libc["memcpy"], [b.gep(dest, [lx], source_etype=I8), field_ptr(b, y, BYTES), ly])
    b.call(rt.decref, [x])
    b.call(rt.decref, [y])
    b.ret(b.ptrtoint(p, I64))

    # seq_rt_bytes_equal(a, b) -> i1: same length and bytes (Strings, Symbols); keeps both
    fn, b = rt.function("seq_rt_bytes_equal", I1, [I64, I64])
    x, y = fn.args
    same_len, cmp = fn.append_basic_block("cmp"), fn.append_basic_block("no")
    lx = load_word(b, x, LENGTH)
    b.cbranch(b.icmp_signed("==", lx, load_word(b, y, LENGTH)), same_len, cmp)
    b.position_at_end(cmp)
    b.ret(ir.Constant(I1, 0))
    b.position_at_end(same_len)
    r = b.call(rt.libc["memcmp"], [field_ptr(b, x, BYTES), field_ptr(b, y, BYTES), lx])
    b.ret(b.icmp_signed("==", r, ir.Constant(I32, 0)))

    # seq_rt_string_slice(s, from, to) -> bytes [from, to) of s; drops s. Reuses
    # s when the slice is all of it, or a prefix of an unshared string.
    f = Fn(rt, "seq_rt_string_slice", I64, [I64, I64, I64])
    b = f.b
    s, start, end = f.args
    length = load_word(b, s, LENGTH)
    whole = b.and_(b.icmp_unsigned("==", start, const(0)), b.icmp_unsigned("==", end, length))
    with b.if_then(whole):
        b.ret(s)
    unshared = b.icmp_signed("==", load_word(b, s, 0), const(1))
    prefix = b.and_(b.icmp_unsigned("==", start, const(0)), b.icmp_unsigned(">", end, const(1)))
    with b.if_then(b.and_(unshared, prefix)):
        b.store(end, field_ptr(b, s, LENGTH))
        b.ret(s)
    result = b.call(rt.module.globals["seq_rt_string_of"],
                    [f.at(field_ptr(b, s, BYTES), start), b.sub(end, start)])
    b.call(rt.decref, [s])
    b.ret(result)

    # seq_rt_retag(String or Symbol, kind) -> the same bytes under `kind`; drops
    # its argument (reused when unshared)
    f = Fn(rt, "seq_rt_retag", I64, [I64, I64])
    b = f.b
    s, kind = f.args
    with b.if_then(b.icmp_signed("==", load_word(b, s, 0), const(1))):
        b.store(kind, field_ptr(b, s, 8))
        b.ret(s)
    copy = b.call(make, [field_ptr(b, s, BYTES), load_word(b, s, LENGTH)])
    b.store(kind, field_ptr(b, copy, 8))
    b.call(rt.decref, [s])
    b.ret(copy)

    # seq_rt_char_to_string(code point) -> its UTF-8 encoding; empty if it is
    # not a Unicode scalar value
    f = Fn(rt, "seq_rt_char_to_string", I64, [I64])
    b = f.b
    (cp,) = f.args
    invalid = b.or_(b.icmp_unsigned(">", cp, const(0x10FFFF)), f.between(cp, 0xD800, 0xDFFF))
    with b.if_then(invalid):  # negative values are huge unsigned
        b.ret(empty)
    p = b.alloca(I8, size=const(4))
    cont = lambda shift: b.or_(b.and_(b.lshr(cp, const(shift)), const(0x3F)), const(0x80))  # noqa: E731
    with b.if_then(b.icmp_unsigned("<", cp, const(0x80))):
        f.put(p, const(0), cp)
        b.ret(b.call(rt.module.globals["seq_rt_string_of"], [p, const(1)]))
    with b.if_then(b.icmp_unsigned("<", cp, const(0x800))):
        f.put(p, const(0), b.or_(b.lshr(cp, const(6)), const(0xC0)))
        f.put(p, const(1), cont(0))
        b.ret(b.call(make, [p, const(2)]))
    with b.if_then(b.icmp_unsigned("<", cp, const(0x10000))):
        f.put(p, const(0), b.or_(b.lshr(cp, const(12)), const(0xE0)))
        f.put(p, const(1), cont(6))
        f.put(p, const(2), cont(0))
        b.ret(b.call(make, [p, const(3)]))
    f.put(p, const(0), b.or_(b.lshr(cp, const(18)), const(0xF0)))
    f.put(p, const(1), cont(12))
    f.put(p, const(2), cont(6))
    f.put(p, const(3), cont(0))
    b.ret(b.call(make, [p, const(4)]))


# --- UTF-8 ----------------------------------------------------------------------------


def emit_utf8(rt: RuntimeBuilder) -> None:
    # seq_rt_utf8_decode(bytes, length, i) -> {code point or -1 if the bytes at
    # i do not start a valid sequence, index after it}; i < length
    f = Fn(rt, "seq_rt_utf8_decode", PAIR, [PTR, I64, I64], internal=True)
    b = f.b
    data, length, i = f.args

    def result(cp: ir.Value, nxt: ir.Value) -> None:
        b.ret(b.insert_value(b.insert_value(ir.Constant(PAIR, ir.Undefined), cp, 0), nxt, 1))

    b0 = f.byte(data, i)
    one = b.add(i, const(1))
    with b.if_then(b.icmp_unsigned("<", b0, const(0x80)), likely=True):
        result(b0, one)
    bad_lead = b.or_(b.icmp_unsigned("<", b0, const(0xC2)), b.icmp_unsigned(">", b0, const(0xF4)))
    with b.if_then(bad_lead):
        result(const(-1), one)
    n = b.select(b.icmp_unsigned("<", b0, const(0xE0)), const(1),
                 b.select(b.icmp_unsigned("<", b0, const(0xF0)), const(2), const(3)))
    with b.if_then(b.icmp_unsigned(">=", b.add(i, n), length)):
        result(const(-1), one)
    lo = b.select(b.icmp_unsigned("==", b0, const(0xE0)), const(0xA0),
                  b.select(b.icmp_unsigned("==", b0, const(0xF0)), const(0x90), const(0x80)))
    hi = b.select(b.icmp_unsigned("==", b0, const(0xED)), const(0x9F),
                  b.select(b.icmp_unsigned("==", b0, const(0xF4)), const(0x8F), const(0xBF)))
    b1 = f.byte(data, one)
    bad = b.or_(b.icmp_unsigned("<", b1, lo), b.icmp_unsigned(">", b1, hi))
    with b.if_then(bad):
        result(const(-1), one)
    mask = b.lshr(const(0x3F), n)  # 1F, 0F, 07
    cp = f.var(b.or_(b.shl(b.and_(b0, mask), const(6)), b.and_(b1, const(0x3F))))
    j = f.var(b.add(i, const(2)))
    end = b.add(b.add(i, n), const(1))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(j), end)):
        c = f.byte(data, f.get(j))
        with b.if_then(b.icmp_unsigned("!=", b.and_(c, const(0xC0)), const(0x80))):
            result(const(-1), one)
        f.set(cp, b.or_(b.shl(f.get(cp), const(6)), b.and_(c, const(0x3F))))
        f.inc(j)
    result(f.get(cp), end)
    decode = f.fn

    # seq_rt_utf8_count(bytes, length) -> number of characters, or -1 if the
    # bytes are not valid UTF-8
    f = Fn(rt, "seq_rt_utf8_count", I64, [PTR, I64])
    b = f.b
    data, length = f.args
    i = f.var(const(0))
    count = f.var(const(0))
    high = const(0x8080808080808080)
    # ASCII runs eight bytes at a time
    with f.loop(lambda: b.icmp_unsigned("<=", b.add(f.get(i), const(8)), length)) as done:
        word = b.load(f.at(data, f.get(i)), typ=I64, align=1)
        with b.if_then(b.icmp_unsigned("!=", b.and_(word, high), const(0))):
            b.branch(done)
        f.inc(i, 8)
        f.inc(count, 8)
    with f.loop(lambda: b.icmp_unsigned("<", f.get(i), length)):
        c = f.byte(data, f.get(i))
        with b.if_else(b.icmp_unsigned("<", c, const(0x80)), likely=True) as (ascii, other):
            with ascii:
                f.inc(i)
            with other:
                r = b.call(decode, [data, length, f.get(i)])
                with b.if_then(b.icmp_signed("<", b.extract_value(r, 0), const(0))):
                    b.ret(const(-1))
                f.set(i, b.extract_value(r, 1))
        f.inc(count)
    b.ret(f.get(count))

    # seq_rt_utf8_skip(bytes, length, from, n) -> byte index of the n-th
    # character at or after `from` (length if there are fewer); valid UTF-8
    f = Fn(rt, "seq_rt_utf8_skip", I64, [PTR, I64, I64, I64], internal=True)
    b = f.b
    data, length, start, n = f.args
    i = f.var(start)
    k = f.var(const(0))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(i), length)) as done:
        lead = b.icmp_unsigned("!=", b.and_(f.byte(data, f.get(i)), const(0xC0)), const(0x80))
        with b.if_then(lead):
            with b.if_then(b.icmp_unsigned("==", f.get(k), n)):
                b.branch(done)
            f.inc(k)
        f.inc(i)
    b.ret(f.get(i))

    # seq_rt_is_space(code point) -> i1: Unicode White_Space
    f = Fn(rt, "seq_rt_is_space", I1, [I64], internal=True)
    b = f.b
    (cp,) = f.args
    yes = b.or_(f.between(cp, 9, 13), b.icmp_unsigned("==", cp, const(32)))
    yes = b.or_(yes, f.between(cp, 0x2000, 0x200A))
    for wide in WIDE_SPACES:
        yes = b.or_(yes, b.icmp_unsigned("==", cp, const(wide)))
    b.ret(yes)
    is_space = f.fn

    # seq_rt_trim_range(bytes, length) -> {start, end} without surrounding
    # whitespace; valid UTF-8
    f = Fn(rt, "seq_rt_trim_range", PAIR, [PTR, I64], internal=True)
    b = f.b
    data, length = f.args
    start = f.var(const(0))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(start), length)) as done:
        r = b.call(decode, [data, length, f.get(start)])
        with b.if_then(b.not_(b.call(is_space, [b.extract_value(r, 0)]))):
            b.branch(done)
        f.set(start, b.extract_value(r, 1))
    end = f.var(length)
    with f.loop(lambda: b.icmp_unsigned(">", f.get(end), f.get(start))) as done:
        j = f.var(b.sub(f.get(end), const(1)))
        cont = lambda: b.icmp_unsigned(  # noqa: E731
            "==", b.and_(f.byte(data, f.get(j)), const(0xC0)), const(0x80))
        with f.loop(cont):
            f.set(j, b.sub(f.get(j), const(1)))
        r = b.call(decode, [data, length, f.get(j)])
        with b.if_then(b.not_(b.call(is_space, [b.extract_value(r, 0)]))):
            b.branch(done)
        f.set(end, f.get(j))
    pair = b.insert_value(ir.Constant(PAIR, ir.Undefined), f.get(start), 0)
    b.ret(b.insert_value(pair, f.get(end), 1))


def _text(f: Fn, s: ir.Value) -> tuple[ir.Value, ir.Value]:
    b = f.b
    return field_ptr(b, s, BYTES), load_word(b, s, LENGTH)


def _count(f: Fn, s: ir.Value) -> ir.Value:
    data, length = _text(f, s)
    return f.b.call(f.rt.module.globals["seq_rt_utf8_count"], [data, length])


# --- characters -----------------------------------------------------------------------


def emit_access(rt: RuntimeBuilder) -> None:
    g = rt.module.globals
    empty = g["seq_rt_empty_string"].ptrtoint(I64)

    # seq_rt_string_length(s) -> characters (0 if not UTF-8); keeps s
    f = Fn(rt, "seq_rt_string_length", I64, [I64])
    b = f.b
    n = _count(f, f.args[0])
    b.ret(b.select(b.icmp_signed("<", n, const(0)), const(0), n))

    # seq_rt_string_char_at(s, index) -> code point, or -1; keeps s
    f = Fn(rt, "seq_rt_string_char_at", I64, [I64, I64])
    b = f.b
    s, index = f.args
    data, length = _text(f, s)
    with b.if_then(b.icmp_signed("<", index, const(0))):
        b.ret(const(-1))
    with b.if_then(b.icmp_signed("<", _count(f, s), const(0))):
        b.ret(const(-1))
    at = b.call(g["seq_rt_utf8_skip"], [data, length, const(0), index])
    with b.if_then(b.icmp_unsigned(">=", at, length)):
        b.ret(const(-1))
    b.ret(b.extract_value(b.call(g["seq_rt_utf8_decode"], [data, length, at]), 0))

    # seq_rt_string_substring(s, start, count) -> characters [start, start+count),
    # clamped; empty for negative arguments or non-UTF-8; drops s
    f = Fn(rt, "seq_rt_string_substring", I64, [I64, I64, I64])
    b = f.b
    s, start, count = f.args
    data, length = _text(f, s)
    bad = b.or_(b.icmp_signed("<", start, const(0)), b.icmp_signed("<", count, const(0)))
    bad = b.or_(bad, b.icmp_signed("<", _count(f, s), const(0)))
    with b.if_then(bad):
        b.call(rt.decref, [s])
        b.ret(empty)
    first = b.call(g["seq_rt_utf8_skip"], [data, length, const(0), start])
    last = b.call(g["seq_rt_utf8_skip"], [data, length, first, count])
    b.ret(b.call(g["seq_rt_string_slice"], [s, first, last]))


# --- searching ------------------------------------------------------------------------


def emit_search(rt: RuntimeBuilder) -> None:
    g = rt.module.globals
    memmem = declare(rt.module, "memmem", ir.FunctionType(PTR, [PTR, I64, PTR, I64]))

    # seq_rt_string_find(haystack, needle) -> character index of the first
    # occurrence, or -1 (as on the texts, non-UTF-8 reading as empty); keeps both
    f = Fn(rt, "seq_rt_string_find", I64, [I64, I64])
    b = f.b
    hay, needle = f.args
    hdata, hlen = _text(f, hay)
    ndata, nlen = _text(f, needle)
    found_at_0 = b.or_(b.icmp_unsigned("==", nlen, const(0)),
                       b.icmp_signed("<", _count(f, needle), const(0)))
    with b.if_then(found_at_0):
        b.ret(const(0))
    with b.if_then(b.icmp_signed("<", _count(f, hay), const(0))):
        b.ret(const(-1))
    p = b.call(memmem, [hdata, hlen, ndata, nlen])
    with b.if_then(b.icmp_unsigned("==", p, ir.Constant(PTR, None))):
        b.ret(const(-1))
    offset = b.sub(b.ptrtoint(p, I64), b.ptrtoint(hdata, I64))
    b.ret(b.call(g["seq_rt_utf8_count"], [hdata, offset]))

    # seq_rt_string_contains(haystack, needle) -> i1, byte-clean; keeps both
    f = Fn(rt, "seq_rt_string_contains", I1, [I64, I64])
    b = f.b
    hdata, hlen = _text(f, f.args[0])
    ndata, nlen = _text(f, f.args[1])
    with b.if_then(b.icmp_unsigned("==", nlen, const(0))):
        b.ret(ir.Constant(I1, 1))
    p = b.call(memmem, [hdata, hlen, ndata, nlen])
    b.ret(b.icmp_unsigned("!=", p, ir.Constant(PTR, None)))

    # seq_rt_string_starts_with(s, prefix) -> i1, byte-clean; keeps both
    f = Fn(rt, "seq_rt_string_starts_with", I1, [I64, I64])
    b = f.b
    sdata, slen = _text(f, f.args[0])
    pdata, plen = _text(f, f.args[1])
    with b.if_then(b.icmp_unsigned(">", plen, slen)):
        b.ret(ir.Constant(I1, 0))
    r = b.call(rt.libc["memcmp"], [sdata, pdata, plen])
    b.ret(b.icmp_signed("==", r, ir.Constant(I32, 0)))


# --- new strings from old -------------------------------------------------------------


def emit_transform(rt: RuntimeBuilder) -> None:
    g = rt.module.globals
    empty = g["seq_rt_empty_string"].ptrtoint(I64)
    slice_ = g["seq_rt_string_slice"]

    # seq_rt_string_trim(s) -> s without leading and trailing Unicode
    # whitespace (empty if not UTF-8); drops s
    f = Fn(rt, "seq_rt_string_trim", I64, [I64])
    b = f.b
    (s,) = f.args
    data, length = _text(f, s)
    with b.if_then(b.icmp_signed("<", _count(f, s), const(0))):
        b.call(rt.decref, [s])
        b.ret(empty)
    r = b.call(g["seq_rt_trim_range"], [data, length])
    b.ret(b.call(slice_, [s, b.extract_value(r, 0), b.extract_value(r, 1)]))

    # seq_rt_string_chomp(s) -> s without one trailing "\n" or "\r\n"; drops s
    f = Fn(rt, "seq_rt_string_chomp", I64, [I64])
    b = f.b
    (s,) = f.args
    data, length = _text(f, s)
    end = f.var(length)
    last_is = lambda c: b.and_(  # noqa: E731
        b.icmp_unsigned(">", f.get(end), const(0)),
        b.icmp_unsigned("==", f.byte(data, b.sub(f.get(end), const(1))), const(ord(c))))
    with b.if_then(last_is("\n")):
        f.set(end, b.sub(f.get(end), const(1)))
        with b.if_then(last_is("\r")):
            f.set(end, b.sub(f.get(end), const(1)))
    b.ret(b.call(slice_, [s, const(0), f.get(end)]))

    # seq_rt_string_case(s, upper) -> s upper- or lower-cased (Unicode; ASCII
    # done here, anything else by the host); empty if not UTF-8; drops s
    f = Fn(rt, "seq_rt_string_case", I64, [I64, I1])
    b = f.b
    s, upper = f.args
    data, length = _text(f, s)
    i = f.var(const(0))
    seen = f.var(const(0))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(i), length)):
        f.set(seen, b.or_(f.get(seen), f.byte(data, f.get(i))))
        f.inc(i)
    with b.if_then(b.icmp_unsigned(">=", f.get(seen), const(0x80))):
        with b.if_then(b.icmp_signed("<", _count(f, s), const(0))):
            b.call(rt.decref, [s])
            b.ret(empty)
        result = host_call(rt, b, "string_case", I64, [data, length, b.zext(upper, I32)])
        b.call(rt.decref, [s])
        b.ret(result)
    out = f.var(s)
    with b.if_then(b.icmp_signed("!=", load_word(b, s, 0), const(1))):
        f.set(out, b.call(g["seq_rt_string"], [data, length]))
        b.call(rt.decref, [s])
    odata = field_ptr(b, f.get(out), BYTES)
    lo = b.select(upper, const(ord("a")), const(ord("A")))
    f.set(i, const(0))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(i), length)):
        c = f.byte(odata, f.get(i))
        flip = b.icmp_unsigned("<=", b.sub(c, lo), const(25))
        f.put(odata, f.get(i), b.select(flip, b.xor(c, const(0x20)), c))
        f.inc(i)
    b.ret(f.get(out))

    emit_json_escape(rt)


def emit_json_escape(rt: RuntimeBuilder) -> None:
    """seq_rt_string_json_escape(s) -> s escaped for a JSON string literal:
    quote, backslash, \\n \\r \\t \\b \\f by name, other control characters
    (C0, DEL, C1) as \\u00XX; empty if not UTF-8; drops s."""
    g = rt.module.globals
    empty = g["seq_rt_empty_string"].ptrtoint(I64)
    hex_ty = ir.ArrayType(I8, 16)
    digits = ir.GlobalVariable(rt.module, hex_ty, name="seq_rt_hex_upper")
    digits.global_constant = True
    digits.linkage = "internal"
    digits.initializer = ir.Constant(hex_ty, bytearray(b"0123456789ABCDEF"))
    named = {ord('"'): '"', ord("\\"): "\\", 10: "n", 13: "r", 9: "t", 8: "b", 12: "f"}

    f = Fn(rt, "seq_rt_string_json_escape", I64, [I64])
    b = f.b
    (s,) = f.args
    data, length = _text(f, s)
    with b.if_then(b.icmp_signed("<", _count(f, s), const(0))):
        b.call(rt.decref, [s])
        b.ret(empty)

    def walk(out: ir.Value | None) -> ir.Value:
        """One pass over s: with `out` None, the escaped length; else write it."""
        i = f.var(const(0))
        o = f.var(const(0))

        def emit(chars: list[ir.Value]) -> None:
            if out is not None:
                for k, ch in enumerate(chars):
                    f.put(out, b.add(f.get(o), const(k)), ch)
            f.inc(o, len(chars))

        with f.loop(lambda: b.icmp_unsigned("<", f.get(i), length)):
            c = f.byte(data, f.get(i))
            nxt = b.add(f.get(i), const(1))
            c1 = b.and_(b.icmp_unsigned("==", c, const(0xC2)),
                        b.icmp_unsigned("<", nxt, length))
            with b.if_then(c1):  # U+0080..U+009F, two bytes
                second = f.byte(data, nxt)
                with b.if_then(f.between(second, 0x80, 0x9F)):
                    emit(_unicode_escape(f, digits, second))
                    f.inc(i, 2)
                    b.branch(f.head)
            for code, letter in named.items():
                with b.if_then(b.icmp_unsigned("==", c, const(code))):
                    emit([const(ord("\\")), const(ord(letter))])
                    f.inc(i)
                    b.branch(f.head)
            control = b.or_(b.icmp_unsigned("<", c, const(0x20)),
                            b.icmp_unsigned("==", c, const(0x7F)))
            with b.if_then(control):
                emit(_unicode_escape(f, digits, c))
                f.inc(i)
                b.branch(f.head)
            emit([c])
            f.inc(i)
        return f.get(o)

    size = walk(None)
    with b.if_then(b.icmp_unsigned("==", size, length)):
        b.ret(s)
    result = b.call(g["seq_rt_string_new"], [size])
    walk(field_ptr(b, result, BYTES))
    b.call(rt.decref, [s])
    b.ret(result)


def _unicode_escape(f: Fn, digits: ir.GlobalVariable, c: ir.Value) -> list[ir.Value]:
    b = f.b

    def hex_digit(v: ir.Value) -> ir.Value:
        return f.byte(digits, v)

    return [const(ord(ch)) for ch in "\\u00"] + [
        hex_digit(b.lshr(c, const(4))), hex_digit(b.and_(c, const(15)))]


# --- split and join (lists) -----------------------------------------------------------


def emit_lists(rt: RuntimeBuilder) -> None:
    g = rt.module.globals
    empty = g["seq_rt_empty_string"].ptrtoint(I64)
    string_of = g["seq_rt_string_of"]
    alloc = g["seq_rt_alloc"]
    memmem = g["memmem"]
    list_tag = static_object(rt, "seq_rt_strings_list_tag", b"List", SYMBOL)

    # seq_rt_string_split(s, delimiter) -> a List of the pieces between
    # occurrences (byte-clean); an empty delimiter gives "", every byte, "".
    # Drops both.
    f = Fn(rt, "seq_rt_string_split", I64, [I64, I64])
    b = f.b
    s, delim = f.args
    data, length = _text(f, s)
    ddata, dlen = _text(f, delim)

    def new_list(count: ir.Value) -> ir.Value:
        obj = b.call(alloc, [const(VARIANT), b.add(const(16), b.mul(count, const(8)))])
        b.store(list_tag, field_ptr(b, obj, VARIANT_TAG))
        b.store(count, field_ptr(b, obj, VARIANT_COUNT))
        return obj

    def set_field(obj: ir.Value, i: ir.Value, value: ir.Value) -> None:
        b.store(value, b.gep(field_ptr(b, obj, VARIANT_FIELDS), [i], source_etype=I64))

    def finish(obj: ir.Value) -> None:
        b.call(rt.decref, [s])
        b.call(rt.decref, [delim])
        b.ret(b.ptrtoint(obj, I64))

    with b.if_then(b.icmp_unsigned("==", dlen, const(0))):
        obj = new_list(b.add(length, const(2)))
        set_field(obj, const(0), empty)
        set_field(obj, b.add(length, const(1)), empty)
        i = f.var(const(0))
        with f.loop(lambda: b.icmp_unsigned("<", f.get(i), length)):
            set_field(obj, b.add(f.get(i), const(1)),
                      b.call(string_of, [f.at(data, f.get(i)), const(1)]))
            f.inc(i)
        finish(obj)

    def pieces(obj: ir.Value | None) -> ir.Value:
        """Walk the matches: count the pieces, or (given the list) fill it."""
        start = f.var(const(0))
        k = f.var(const(0))
        with f.loop(lambda: b.icmp_unsigned("<=", b.add(f.get(start), dlen), length)) as done:
            rest = b.sub(length, f.get(start))
            p = b.call(memmem, [f.at(data, f.get(start)), rest, ddata, dlen])
            with b.if_then(b.icmp_unsigned("==", p, ir.Constant(PTR, None))):
                b.branch(done)
            at = b.sub(b.ptrtoint(p, I64), b.ptrtoint(data, I64))
            if obj is not None:
                piece = b.call(string_of, [f.at(data, f.get(start)), b.sub(at, f.get(start))])
                set_field(obj, f.get(k), piece)
            f.inc(k)
            f.set(start, b.add(at, dlen))
        if obj is not None:
            last = b.call(string_of, [f.at(data, f.get(start)), b.sub(length, f.get(start))])
            set_field(obj, f.get(k), last)
        return b.add(f.get(k), const(1))

    obj = new_list(pieces(None))
    pieces(obj)
    finish(obj)

    # seq_rt_join_piece(value) -> a new reference to the String a list item
    # contributes to string.join
    true_s = static_object(rt, "seq_rt_str_true", b"true")
    false_s = static_object(rt, "seq_rt_str_false", b"false")
    other_s = static_object(rt, "seq_rt_str_value", b"<value>")
    f = Fn(rt, "seq_rt_join_piece", I64, [I64], internal=True)
    b = f.b
    (v,) = f.args
    with b.if_then(b.trunc(v, I1)):
        b.ret(b.call(g["seq_rt_int_to_string"], [v]))
    with b.if_then(b.icmp_unsigned("==", v, const(0))):
        b.ret(false_s)
    with b.if_then(b.icmp_unsigned("==", v, const(2))):
        b.ret(true_s)
    kind = load_word(b, v, 8)
    with b.if_then(b.icmp_unsigned("==", kind, const(STRING))):
        with b.if_then(b.icmp_signed("<", _count(f, v), const(0))):
            b.ret(empty)
        b.call(rt.incref, [v])
        b.ret(v)
    with b.if_then(b.icmp_unsigned("==", kind, const(SYMBOL))):
        data, length = _text(f, v)
        out = b.call(g["seq_rt_string_new"], [b.add(length, const(1))])
        odata = field_ptr(b, out, BYTES)
        f.put(odata, const(0), const(ord(":")))
        b.call(rt.libc["memcpy"], [f.at(odata, const(1)), data, length])
        b.ret(out)
    with b.if_then(b.icmp_unsigned("==", kind, const(FLOAT))):
        b.ret(b.call(g["seq_rt_float_to_string"], [load_word(b, v, HEADER, F64)]))
    b.ret(other_s)
    piece_of = f.fn

    # seq_rt_string_join(list, separator) -> the items as text with the
    # separator between them; drops both
    f = Fn(rt, "seq_rt_string_join", I64, [I64, I64])
    b = f.b
    lst, sep = f.args
    count = load_word(b, lst, VARIANT_COUNT)
    sdata, slen = _text(f, sep)
    slen = b.select(b.icmp_signed("<", _count(f, sep), const(0)), const(0), slen)
    parts = b.call(rt.libc["malloc"], [b.mul(b.add(count, const(1)), const(8))])
    fields = field_ptr(b, lst, VARIANT_FIELDS)
    i = f.var(const(0))
    total = f.var(const(0))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(i), count)):
        item = b.load(b.gep(fields, [f.get(i)], source_etype=I64), typ=I64)
        piece = b.call(piece_of, [item])
        b.store(piece, b.gep(parts, [f.get(i)], source_etype=I64))
        f.inc(total, load_word(b, piece, LENGTH))
        with b.if_then(b.icmp_unsigned(">", f.get(i), const(0))):
            f.inc(total, slen)
        f.inc(i)
    result = b.call(g["seq_rt_string_new"], [f.get(total)])
    out = field_ptr(b, result, BYTES)
    at = f.var(const(0))
    f.set(i, const(0))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(i), count)):
        with b.if_then(b.icmp_unsigned(">", f.get(i), const(0))):
            b.call(rt.libc["memcpy"], [f.at(out, f.get(at)), sdata, slen])
            f.inc(at, slen)
        piece = b.load(b.gep(parts, [f.get(i)], source_etype=I64), typ=I64)
        pdata, plen = _text(f, piece)
        b.call(rt.libc["memcpy"], [f.at(out, f.get(at)), pdata, plen])
        f.inc(at, plen)
        b.call(rt.decref, [piece])
        f.inc(i)
    b.call(rt.libc["free"], [parts])
    b.call(rt.decref, [lst])
    b.call(rt.decref, [sep])
    b.ret(result)


# --- numbers from text ----------------------------------------------------------------


def emit_parse(rt: RuntimeBuilder) -> None:
    g = rt.module.globals

    # seq_rt_string_to_int(s) -> {i64, ok}: optional sign and decimal digits,
    # surrounding whitespace allowed, within i64; keeps s
    f = Fn(rt, "seq_rt_string_to_int", INT_RESULT, [I64])
    b = f.b
    (s,) = f.args
    data, _ = _text(f, s)

    def result(value: ir.Value, ok: int) -> None:
        r = b.insert_value(ir.Constant(INT_RESULT, ir.Undefined), value, 0)
        b.ret(b.insert_value(r, ir.Constant(I1, ok), 1))

    with b.if_then(b.icmp_signed("<", _count(f, s), const(0))):
        result(const(0), 0)
    bounds = b.call(g["seq_rt_trim_range"], [data, load_word(b, s, LENGTH)])
    start, end = b.extract_value(bounds, 0), b.extract_value(bounds, 1)
    with b.if_then(b.icmp_unsigned("==", start, end)):
        result(const(0), 0)
    first = f.byte(data, start)
    negative = b.icmp_unsigned("==", first, const(ord("-")))
    signed = b.or_(negative, b.icmp_unsigned("==", first, const(ord("+"))))
    i = f.var(b.add(start, b.zext(signed, I64)))
    with b.if_then(b.icmp_unsigned("==", f.get(i), end)):
        result(const(0), 0)
    acc = f.var(const(0))  # accumulated negated, so i64::MIN fits
    smul = declare(rt.module, "llvm.smul.with.overflow.i64",
                   ir.FunctionType(ir.LiteralStructType([I64, I1]), [I64, I64]))
    ssub = declare(rt.module, "llvm.ssub.with.overflow.i64",
                   ir.FunctionType(ir.LiteralStructType([I64, I1]), [I64, I64]))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(i), end)):
        digit = b.sub(f.byte(data, f.get(i)), const(ord("0")))
        with b.if_then(b.icmp_unsigned(">", digit, const(9))):
            result(const(0), 0)
        m = b.call(smul, [f.get(acc), const(10)])
        d = b.call(ssub, [b.extract_value(m, 0), digit])
        with b.if_then(b.or_(b.extract_value(m, 1), b.extract_value(d, 1))):
            result(const(0), 0)
        f.set(acc, b.extract_value(d, 0))
        f.inc(i)
    with b.if_then(negative):
        result(f.get(acc), 1)
    with b.if_then(b.icmp_signed("==", f.get(acc), const(-(2**63)))):
        result(const(0), 0)
    result(b.neg(f.get(acc)), 1)

    # seq_rt_skip_digits(bytes, length, i) -> index of the first non-digit at or after i
    f = Fn(rt, "seq_rt_skip_digits", I64, [PTR, I64, I64], internal=True)
    b = f.b
    data, length, start = f.args
    i = f.var(start)
    is_digit = lambda: b.and_(  # noqa: E731
        b.icmp_unsigned("<", f.get(i), length),
        b.icmp_unsigned("<=", b.sub(f.byte(data, b.select(
            b.icmp_unsigned("<", f.get(i), length), f.get(i), const(0))), const(48)), const(9)))
    with f.loop(is_digit):
        f.inc(i)
    b.ret(f.get(i))
    skip_digits = f.fn

    # seq_rt_string_to_float(s) -> {double, ok}: the whole text must be a Rust
    # float literal: [+-] (inf | infinity | nan | digits [. digits] [e [+-] digits]),
    # case-insensitive, no surrounding whitespace; keeps s
    strtod = declare(rt.module, "strtod", ir.FunctionType(F64, [PTR, PTR]))
    f = Fn(rt, "seq_rt_string_to_float", FLOAT_RESULT, [I64])
    b = f.b
    (s,) = f.args
    data, length = _text(f, s)

    def fail() -> None:
        r = b.insert_value(ir.Constant(FLOAT_RESULT, ir.Undefined), ir.Constant(F64, 0.0), 0)
        b.ret(b.insert_value(r, ir.Constant(I1, 0), 1))

    with b.if_then(b.icmp_unsigned("==", length, const(0))):
        fail()
    first = f.byte(data, const(0))
    signed = b.or_(b.icmp_unsigned("==", first, const(ord("-"))),
                   b.icmp_unsigned("==", first, const(ord("+"))))
    start = b.zext(signed, I64)
    valid = f.var(ir.Constant(I1, 0), I1)
    rest = b.sub(length, start)
    for word in (b"inf", b"infinity", b"nan"):
        same = b.icmp_unsigned("==", rest, const(len(word)))
        with b.if_then(same):
            match = ir.Constant(I1, 1)
            for k, ch in enumerate(word):
                c = b.or_(f.byte(data, b.add(start, const(k))), const(0x20))
                match = b.and_(match, b.icmp_unsigned("==", c, const(ch)))
            f.set(valid, b.or_(f.get(valid, I1), match))
    with b.if_then(b.not_(f.get(valid, I1))):
        i = f.var(b.call(skip_digits, [data, length, start]))
        whole = b.sub(f.get(i), start)
        fraction = f.var(const(0))
        at = lambda ch: b.and_(  # noqa: E731
            b.icmp_unsigned("<", f.get(i), length),
            b.icmp_unsigned("==", b.or_(f.byte(data, b.select(
                b.icmp_unsigned("<", f.get(i), length), f.get(i), const(0))),
                const(0x20 if ch == "e" else 0)), const(ord(ch))))
        with b.if_then(at(".")):
            after = b.call(skip_digits, [data, length, b.add(f.get(i), const(1))])
            f.set(fraction, b.sub(after, b.add(f.get(i), const(1))))
            f.set(i, after)
        with b.if_then(b.icmp_unsigned("==", b.add(whole, f.get(fraction)), const(0))):
            fail()
        with b.if_then(at("e")):
            f.inc(i)
            with b.if_then(b.or_(at("+"), at("-"))):
                f.inc(i)
            after = b.call(skip_digits, [data, length, f.get(i)])
            with b.if_then(b.icmp_unsigned("==", after, f.get(i))):
                fail()
            f.set(i, after)
        f.set(valid, b.icmp_unsigned("==", f.get(i), length))
    with b.if_then(b.not_(f.get(valid, I1))):
        fail()
    text = b.call(rt.libc["malloc"], [b.add(length, const(1))])
    b.call(rt.libc["memcpy"], [text, data, length])
    f.put(text, length, const(0))
    x = b.call(strtod, [text, ir.Constant(PTR, None)])
    b.call(rt.libc["free"], [text])
    r = b.insert_value(ir.Constant(FLOAT_RESULT, ir.Undefined), x, 0)
    b.ret(b.insert_value(r, ir.Constant(I1, 1), 1))


# --- stdin ----------------------------------------------------------------------------


def emit_stdin(rt: RuntimeBuilder) -> None:
    """Reads from fd 0 through one read-ahead buffer, so io.read-line and
    io.read-n can be mixed. Pending output is flushed before any read blocks."""
    g = rt.module.globals
    buf_ty = ir.ArrayType(I8, IN_BUFFER)
    buf = ir.GlobalVariable(rt.module, buf_ty, name="seq_in_buffer")
    buf.initializer = ir.Constant(buf_ty, None)
    pos = ir.GlobalVariable(rt.module, I64, name="seq_in_pos")
    pos.initializer = const(0)
    end = ir.GlobalVariable(rt.module, I64, name="seq_in_end")
    end.initializer = const(0)
    read = declare(rt.module, "read", ir.FunctionType(I64, [I32, PTR, I64]))
    errno = declare(rt.module, "__errno_location", ir.FunctionType(PTR, []))
    memchr = declare(rt.module, "memchr", ir.FunctionType(PTR, [PTR, I32, I64]))
    realloc = declare(rt.module, "realloc", ir.FunctionType(PTR, [PTR, I64]))
    empty = g["seq_rt_empty_string"].ptrtoint(I64)
    base = buf  # a global is a pointer

    # seq_rt_stdin_fill() -> i1: the buffer holds unread bytes (false at EOF or error)
    f = Fn(rt, "seq_rt_stdin_fill", I1, [], internal=True)
    b = f.b
    with b.if_then(b.icmp_signed("<", b.load(pos), b.load(end))):
        b.ret(ir.Constant(I1, 1))
    used = g["seq_out_used"]
    with b.if_then(b.icmp_signed(">", b.load(used), const(0))):
        b.call(g["seq_rt_flush"], [])
    b.store(const(0), pos)
    b.store(const(0), end)
    # Park only this strand until stdin has something (runtime/net.py polls it).
    io_wait = declare(rt.module, "seq_io_wait", ir.FunctionType(VOID, [I64, I64, I64]))
    with f.loop(lambda: ir.Constant(I1, 1)):
        b.call(io_wait, [const(0), const(POLLIN), const(-1)])
        n = b.call(read, [ir.Constant(I32, 0), base, const(IN_BUFFER)])
        with b.if_then(b.icmp_signed(">", n, const(0))):
            b.store(n, end)
            b.ret(ir.Constant(I1, 1))
        interrupted = b.icmp_signed("==", b.load(b.call(errno, []), typ=I32),
                                    ir.Constant(I32, EINTR))
        with b.if_then(b.not_(b.and_(b.icmp_signed("<", n, const(0)), interrupted))):
            b.ret(ir.Constant(I1, 0))
    b.unreachable()
    fill = f.fn

    # seq_rt_read_line() -> {String, ok}: the next line with its "\n" ("\r\n"
    # becomes "\n"; the last line may lack one); {"", false} at EOF, on error
    # or if the line is not UTF-8, as the reference reads it
    f = Fn(rt, "seq_rt_read_line", INT_RESULT, [])
    b = f.b

    def result(s: ir.Value, ok: ir.Value) -> None:
        b.ret(b.insert_value(b.insert_value(ir.Constant(INT_RESULT, ir.Undefined), s, 0), ok, 1))

    acc = f.var(ir.Constant(PTR, None), PTR)
    acc_len = f.var(const(0))
    acc_cap = f.var(const(0))
    line = f.var(const(0))
    with f.loop(lambda: ir.Constant(I1, 1)) as done:
        with b.if_then(b.not_(b.call(fill, []))):
            with b.if_then(b.icmp_unsigned("==", f.get(acc_len), const(0))):
                b.call(rt.libc["free"], [f.get(acc, PTR)])
                result(empty, ir.Constant(I1, 0))
            f.set(line, b.call(g["seq_rt_string"], [f.get(acc, PTR), f.get(acc_len)]))
            b.branch(done)
        start = b.load(pos)
        avail = b.sub(b.load(end), start)
        here = f.at(base, start)
        nl = b.call(memchr, [here, ir.Constant(I32, 10), avail])
        found = b.icmp_unsigned("!=", nl, ir.Constant(PTR, None))
        take = b.select(found, b.add(b.sub(b.ptrtoint(nl, I64), b.ptrtoint(here, I64)),
                                     const(1)), avail)
        b.store(b.add(start, take), pos)
        with b.if_then(b.and_(found, b.icmp_unsigned("==", f.get(acc_len), const(0)))):
            f.set(line, b.call(g["seq_rt_string"], [here, take]))
            b.branch(done)
        need = b.add(f.get(acc_len), take)
        with b.if_then(b.icmp_unsigned(">", need, f.get(acc_cap))):
            cap = b.add(b.mul(need, const(2)), const(64))
            f.set(acc, b.call(realloc, [f.get(acc, PTR), cap]))
            f.set(acc_cap, cap)
        b.call(rt.libc["memcpy"], [f.at(f.get(acc, PTR), f.get(acc_len)), here, take])
        f.set(acc_len, need)
        with b.if_then(found):
            f.set(line, b.call(g["seq_rt_string"], [f.get(acc, PTR), f.get(acc_len)]))
            b.branch(done)
    b.call(rt.libc["free"], [f.get(acc, PTR)])
    s = f.get(line)
    data, length = _text(f, s)
    with b.if_then(b.icmp_signed("<", b.call(g["seq_rt_utf8_count"], [data, length]),
                                 const(0))):
        b.call(rt.decref, [s])
        result(empty, ir.Constant(I1, 0))
    crlf = b.and_(b.icmp_unsigned(">=", length, const(2)),
                  b.icmp_unsigned("==", f.byte(data, b.sub(length, const(2))), const(13)))
    crlf = b.and_(crlf, b.icmp_unsigned("==", f.byte(data, b.sub(length, const(1))), const(10)))
    with b.if_then(crlf):
        f.put(data, b.sub(length, const(2)), const(10))
        b.store(b.sub(length, const(1)), field_ptr(b, s, LENGTH))
    result(s, ir.Constant(I1, 1))

    # seq_rt_read_n(n) -> {String, 1 if all n bytes came else 0}; bytes that
    # are not UTF-8 are replaced as the reference does (U+FFFD)
    f = Fn(rt, "seq_rt_read_n", PAIR, [I64])
    b = f.b
    (n,) = f.args

    def pair(s: ir.Value, status: ir.Value) -> None:
        b.ret(b.insert_value(b.insert_value(ir.Constant(PAIR, ir.Undefined), s, 0), status, 1))

    with b.if_then(b.icmp_unsigned(">", n, const(READ_N_MAX))):  # negative too
        pair(empty, const(0))
    s = b.call(g["seq_rt_string_new"], [n])
    out = field_ptr(b, s, BYTES)
    got = f.var(const(0))
    with f.loop(lambda: b.icmp_unsigned("<", f.get(got), n)) as done:
        with b.if_then(b.not_(b.call(fill, []))):
            b.branch(done)
        start = b.load(pos)
        avail = b.sub(b.load(end), start)
        want = b.sub(n, f.get(got))
        take = b.select(b.icmp_unsigned("<", avail, want), avail, want)
        b.call(rt.libc["memcpy"], [f.at(out, f.get(got)), f.at(base, start), take])
        b.store(b.add(start, take), pos)
        f.inc(got, take)
    b.store(f.get(got), field_ptr(b, s, LENGTH))
    status = b.zext(b.icmp_unsigned("==", f.get(got), n), I64)
    with b.if_then(b.icmp_signed("<", b.call(g["seq_rt_utf8_count"], [out, f.get(got)]),
                                 const(0))):
        fixed = host_call(rt, b, "utf8_lossy", I64, [out, f.get(got)])
        b.call(rt.decref, [s])
        pair(fixed, status)
    with b.if_then(b.icmp_unsigned("==", f.get(got), const(0))):
        b.call(rt.decref, [s])
        pair(empty, status)
    pair(s, status)


# --- byte encodings -------------------------------------------------------------------


def emit_encodings(rt: RuntimeBuilder) -> None:
    g = rt.module.globals
    empty = g["seq_rt_empty_string"].ptrtoint(I64)

    # seq_rt_int_to_bytes_i32_be(untagged Int) -> 4 bytes, big-endian, low 32 bits
    # seq_rt_float_to_bytes_f32_be(double) -> 4 bytes, big-endian binary32
    bswap = declare(rt.module, "llvm.bswap.i32", ir.FunctionType(I32, [I32]))
    for name, ty in (("seq_rt_int_to_bytes_i32_be", I64), ("seq_rt_float_to_bytes_f32_be", F64)):
        f = Fn(rt, name, I64, [ty])
        b = f.b
        (x,) = f.args
        word = b.trunc(x, I32) if ty == I64 else b.bitcast(b.fptrunc(x, ir.FloatType()), I32)
        s = b.call(g["seq_rt_string_new"], [const(4)])
        b.store(b.call(bswap, [word]), field_ptr(b, s, BYTES))
        b.ret(s)

    # seq_rt_encode(s, which) -> the host's encoding of s (see host.py); drops s
    f = Fn(rt, "seq_rt_encode", I64, [I64, I32])
    b = f.b
    s, which = f.args
    data, length = _text(f, s)
    result = host_call(rt, b, "encode", I64, [data, length, which])
    b.call(rt.decref, [s])
    b.ret(result)

    # seq_rt_decode(s, which) -> {String, ok}: the host's decoding of s; drops s
    f = Fn(rt, "seq_rt_decode", INT_RESULT, [I64, I32])
    b = f.b
    s, which = f.args
    data, length = _text(f, s)
    result = host_call(rt, b, "decode", I64, [data, length, which])
    b.call(rt.decref, [s])
    ok = b.icmp_unsigned("!=", result, const(0))
    value = b.select(ok, result, empty)
    b.ret(b.insert_value(b.insert_value(ir.Constant(INT_RESULT, ir.Undefined), value, 0), ok, 1))
