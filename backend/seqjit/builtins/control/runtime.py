"""Runtime side of control combinators that loop over quotations: cond."""

from __future__ import annotations

from llvmlite import ir

from ...codegen.tags import mismatch
from ...codegen.vstack import BOOL, INT
from ...runtime.core import checked
from ...runtime.irkit import I64, PTR, VOID, Fn, const, extern, for_range, runtime_fn
from ...runtime.layout import CLOSURE, WORD_FN, call_ptr, emit_closure_enter
from ...runtime.strands import data_stack_count, field_or
from ...runtime.worker import running

extern("malloc", PTR, [I64], "libc: allocate bytes.")
extern("free", VOID, [PTR], "libc: release what malloc gave.")
extern("memcpy", PTR, [PTR, PTR, I64], "libc: copy bytes between disjoint runs.")


def run_quotation(f: Fn, quotation: ir.Value, sp: ir.Value) -> ir.Value:
    """Call `quotation` (borrowed: a reference is taken for the call) on
    the data stack at `sp`; returns the stack pointer after it."""
    b = f.b
    enter = emit_closure_enter(f.module)
    f.call("seq_incref", quotation)
    entered = b.call(enter, [quotation, sp])
    return call_ptr(b, b.extract_value(entered, 1), WORD_FN, [b.extract_value(entered, 0)])


def fail_if(f: Fn, condition: ir.Value, message: str) -> None:
    """Raise the runtime error `message` when `condition` holds."""
    with f.b.if_then(condition, likely=False):
        f.call("seq_rt_panic", f.cstring(message))
        f.b.unreachable()


@runtime_fn("seq_rt_cond")
def cond(f: Fn, sp: ir.Value) -> ir.Value:
    """`cond` over the data stack at `sp`: a value, N (predicate, body)
    quotation pairs, then N (a tagged Int). Runs each predicate in turn on
    the value and the body of the first that leaves true; consumes the
    pairs and N and returns the stack pointer after the body. Raises the
    runtime error "cond: no predicate matched" when none does. The checker
    types `cond` as ( ..a -- ..b ) unless it sees the count and the
    quotations, so everything here is checked: the count, the depth of
    the stack, each quotation and each predicate's result."""
    b = f.b
    count = b.load(b.gep(sp, [const(-1)], source_etype=I64), typ=I64)
    fail_if(f, mismatch(b, count, INT), "cond: expected Int count")
    n = b.ashr(count, const(1))
    fail_if(f, b.icmp_signed("<", n, const(1)), "cond: need at least one predicate/body pair")
    base = field_or(f, running(f.b).current, "ds_base", const(0))  # off a strand: no bound known
    below = b.sub(data_stack_count(f, base, sp), const(2))  # values under the count and value
    fail_if(f, b.icmp_signed("<", b.sdiv(below, const(2)), n), "cond: stack underflow")
    pairs = b.gep(sp, [b.sub(const(-1), b.mul(n, const(2)))], source_etype=I64)
    # Move the quotations off the data stack: predicates push onto it.
    size = b.mul(n, const(16))
    saved = checked(f, f.call("malloc", size))
    f.call("memcpy", saved, pairs, size)
    with for_range(b, const(0), b.mul(n, const(2))) as i:
        quotation = b.load(b.gep(pairs, [i], source_etype=I64), typ=I64)
        wrong = mismatch(b, quotation, CLOSURE)
        is_body = b.trunc(i, ir.IntType(1))  # pairs are (predicate, body)
        fail_if(f, b.and_(wrong, is_body), "cond: expected body Quotation")
        fail_if(f, wrong, "cond: expected predicate Quotation")
    with for_range(b, const(0), n) as i:
        predicate = b.load(b.gep(saved, [b.mul(i, const(2))], source_etype=I64), typ=I64)
        top = b.gep(run_quotation(f, predicate, pairs), [const(-1)], source_etype=I64)
        fail_if(f, mismatch(b, b.load(top, typ=I64), BOOL), "cond: predicate must return Bool")
        with b.if_then(b.icmp_unsigned("!=", b.load(top, typ=I64), const(0))):
            at = b.add(b.mul(i, const(2)), const(1))
            body = b.load(b.gep(saved, [at], source_etype=I64), typ=I64)
            result = run_quotation(f, body, top)
            # Drop every quotation taken off the stack.
            f.call("seq_rt_drop_values", saved, b.mul(n, const(2)))
            f.call("free", saved)
            b.ret(result)
    f.call("seq_rt_panic", f.cstring("cond: no predicate matched"))
    b.unreachable()
