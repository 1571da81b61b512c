"""The core family's runtime: the error of a computed `pick` or `roll`
index outside the data stack (a literal index is checked by the checker)."""

from __future__ import annotations

from llvmlite import ir

from ...runtime.core import panic_format
from ...runtime.irkit import I64, PTR, Fn, runtime_fn
from ...runtime.layout import const

INDEX_OPS = ("pick", "roll")  # seq_rt_stack_index_error's `op`


@runtime_fn("seq_rt_stack_index_error")
def stack_index_error(f: Fn, op: ir.Value, n: ir.Value, depth: ir.Value) -> None:
    """Raises the runtime error of INDEX_OPS[op] given the index `n` (untagged)
    on a data stack holding `depth` values below it, in the reference's
    words. Does not return."""
    b = f.b
    name: ir.Value = f.cstring(INDEX_OPS[0]).ptrtoint(I64)
    for k in range(1, len(INDEX_OPS)):
        name = b.select(b.icmp_unsigned("==", op, const(k)),
                        f.cstring(INDEX_OPS[k]).ptrtoint(I64), name)
    name = b.inttoptr(name, PTR)
    with b.if_then(b.icmp_signed("<", n, const(0))):
        panic_format(f, "%s: index cannot be negative (got %lld)", name, n)
    panic_format(f, "%s: index %lld exceeds stack depth %lld (need at least %lld values)",
                 name, n, depth, b.add(n, const(1)))
