"""Strings in the runtime: byte-clean, immutable, length-prefixed objects.

Layout: header, i64 length, the bytes (not NUL-terminated).
"""

from __future__ import annotations

from llvmlite import ir

from .core import RuntimeBuilder
from .layout import (
    F64,
    HEADER,
    I1,
    I8,
    I32,
    I64,
    PTR,
    STRING,
    VOID,
    call_ptr,
    const,
    field_ptr,
    load_word,
)

LENGTH = HEADER  # offset of the length word
BYTES = HEADER + 8  # offset of the first byte


def emit(rt: RuntimeBuilder) -> None:
    alloc = rt.module.globals["seq_rt_alloc"]

    # seq_rt_string(bytes, length) -> a new String value
    fn, b = rt.function("seq_rt_string", I64, [PTR, I64])
    data, length = fn.args
    p = b.call(alloc, [const(STRING), b.add(length, const(8))])
    b.store(length, field_ptr(b, p, LENGTH))
    b.call(rt.libc["memcpy"], [field_ptr(b, p, BYTES), data, length])
    b.ret(b.ptrtoint(p, I64))
    make = fn

    # seq_rt_int_to_string(tagged Int) -> String
    fn, b = rt.function("seq_rt_int_to_string", I64, [I64])
    buf = b.alloca(ir.ArrayType(I8, 32))
    fmt = rt.cstring("fmt_lld", b"%lld")
    n = b.ashr(fn.args[0], const(1))
    written = b.call(rt.libc["snprintf"], [b.bitcast(buf, PTR), const(32), fmt, n])
    b.ret(b.call(make, [b.bitcast(buf, PTR), b.sext(written, I64)]))

    # seq_rt_float_to_string(double) -> String, formatted by the host
    fn, b = rt.function("seq_rt_float_to_string", I64, [F64])
    slot = rt.host_slot("seq_host_float_to_string")
    b.ret(call_ptr(b, b.load(slot, typ=PTR), ir.FunctionType(I64, [F64]), [fn.args[0]]))

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

