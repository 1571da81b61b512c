"""`~~` ( ..a -- ..a ): print the stack with each value's type where it is
run, leaving it as it is (gforth's `~~`), for looking inside words while
developing them."""

from __future__ import annotations

from ...codegen.words import FunctionCompiler
from ...runtime.layout import VOID
from ...types.facts import PROBE
from ..registry import builtin
from .runtime import describe


@builtin(PROBE, "( ..a -- ..a )",
         "Print the stack with each value's type, leaving it as it is (a probe for "
         "looking inside running code).")
def _probe(c: FunctionCompiler) -> None:
    call = c.current_call
    assert call is not None
    word, types = c.typing.probe(call)
    text = describe(call.span.location, word, types)
    sp = c.vs.flush()
    c.runtime("seq_rt_probe", VOID, [sp, c.unit.cstring(text)])  # consumes nothing
