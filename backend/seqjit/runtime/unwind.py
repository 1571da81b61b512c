"""The interrupt flag the host sets and compiled code polls, and reference
counting for the host."""

from __future__ import annotations

from .irkit import I64, PTR, VOID, Fn, const, extern, runtime_fn, runtime_global

INTERRUPTED = "interrupted"  # the runtime error an interrupt raises
# Polls of strands of other entries that let an interrupt pass before the
# host is asked to end the entry (about one per worker per time slice).
INTERRUPT_PATIENCE = 10

INTERRUPT_FLAG = runtime_global(
    "seq_interrupt_flag", I64, "Set by the host (Ctrl-C, an interrupt); compiled code polls it."
)
INTERRUPT_OWNER = runtime_global(
    "seq_interrupt_owner", I64, "Set by the host: the entry an interrupt is for (a strand's "
    "`owner`); only its strands take it. 0: any strand (a script's)."
)
INTERRUPT_PASSED = runtime_global(
    "seq_interrupt_passed", I64, "How many polls of other entries' strands passed the "
    "interrupt by (the host zeroes it as it sets the flag)."
)

extern("seq_rt_panic", VOID, [PTR], "Raise the runtime error whose C string is given.")
extern("seq_incref", VOID, [I64], "Count one more reference to a value (inline).")
extern("seq_decref", VOID, [I64], "Count one reference fewer, releasing at zero (inline).")


@runtime_fn("seq_rt_interrupted")
def interrupted(f: Fn) -> None:
    """Clear the interrupt flag and raise the runtime error "interrupted".
    Does not return."""
    f.store(INTERRUPT_FLAG, const(0))
    f.call("seq_rt_panic", f.cstring(INTERRUPTED))
    f.b.unreachable()


@runtime_fn("seq_rt_incref")
def incref(f: Fn, value: object) -> None:
    """Borrows `value`; counts one more reference to it (for the host)."""
    f.call("seq_incref", value)


@runtime_fn("seq_rt_decref")
def decref(f: Fn, value: object) -> None:
    """Consumes one reference to `value` (for the host)."""
    f.call("seq_decref", value)
