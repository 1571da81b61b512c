"""Runtime side of control combinators that loop over quotations: cond."""

from __future__ import annotations

from llvmlite import ir

from ...runtime.core import RuntimeBuilder
from ...runtime.layout import I64, PTR, WORD_FN, call_ptr, const, emit_closure_enter


def emit(rt: RuntimeBuilder) -> None:
    enter = emit_closure_enter(rt.module)
    panic = rt.module.globals["seq_rt_panic"]
    message = rt.cstring("cond_no_match", b"cond: no predicate matched")

    # seq_rt_cond(sp) -> sp. On the stack: value, N (pred, body) pairs, N.
    fn, b = rt.function("seq_rt_cond", PTR, [PTR])
    (sp,) = fn.args
    n = b.ashr(b.load(b.gep(sp, [const(-1)], source_etype=I64), typ=I64), const(1))
    pairs = b.gep(sp, [b.sub(const(-1), b.mul(n, const(2)))], source_etype=I64)
    # Move the quotations off the data stack: predicates push onto it.
    size = b.mul(n, const(16))
    saved = b.call(rt.libc["malloc"], [size])
    b.call(rt.libc["memcpy"], [saved, pairs, size])
    entry = b.block
    loop, test, found, none = (fn.append_basic_block(x) for x in ("loop", "test", "found", "none"))
    b.branch(loop)
    b.position_at_end(loop)
    i = b.phi(I64)
    i.add_incoming(const(0), entry)
    b.cbranch(b.icmp_signed("<", i, n), test, none)

    b.position_at_end(test)

    def run(quot: ir.Value, at: ir.Value) -> ir.Value:
        b.call(rt.incref, [quot])
        entered = b.call(enter, [quot, at])
        return call_ptr(b, b.extract_value(entered, 1), WORD_FN, [b.extract_value(entered, 0)])

    pred = b.load(b.gep(saved, [b.mul(i, const(2))], source_etype=I64), typ=I64)
    after = run(pred, pairs)
    top = b.gep(after, [const(-1)], source_etype=I64)
    matched = b.icmp_unsigned("!=", b.load(top, typ=I64), const(0))
    i.add_incoming(b.add(i, const(1)), test)
    b.cbranch(matched, found, loop)

    b.position_at_end(found)
    body = b.load(b.gep(saved, [b.add(b.mul(i, const(2)), const(1))], source_etype=I64), typ=I64)
    result = run(body, top)
    # Drop every quotation taken off the stack.
    b.call(rt.module.globals["seq_rt_drop_values"], [saved, b.mul(n, const(2))])
    b.call(rt.libc["free"], [saved])
    b.ret(result)

    b.position_at_end(none)
    b.call(panic, [message])
    b.unreachable()
