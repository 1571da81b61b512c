"""Calling quotations: call, dip, keep, bi, the `if` combinator on quotation
values (literal ones are inlined as branches before this), and cond."""

from __future__ import annotations

from ...codegen.vstack import Slot
from ...codegen.words import FunctionCompiler, Unsupported
from ...runtime.layout import PTR
from ..registry import builtin


@builtin("call", "( ..a Q -- ..b )", "Run a quotation or closure (checked specially).")
def _call(c: FunctionCompiler) -> None:
    c.invoke(c.vs.pop(), tail=c.tail)


@builtin("dip", "( ..a T Q -- ..b T )",
         "Run a quotation under the top value, then put it back (checked specially).")
def _dip(c: FunctionCompiler) -> None:
    quot = c.vs.pop()
    kept = c.vs.pop()
    c.invoke(quot, who="dip")
    c.vs.push(kept)


@builtin("keep", "( ..a T Q -- ..b T )",
         "Run a quotation on the top value and restore that value (checked specially).")
def _keep(c: FunctionCompiler) -> None:
    quot = c.vs.pop()
    kept = c.vs.peek()
    c.incref(kept)
    c.invoke(quot, who="keep")
    c.vs.push(kept)


@builtin("bi", "( ..a T Q1 Q2 -- ..b )",
         "Apply two quotations to one value in turn (checked specially).")
def _bi(c: FunctionCompiler) -> None:
    second = c.vs.pop()
    first = c.vs.pop()
    value = c.vs.peek()
    c.incref(value)
    c.invoke(first, who="bi")
    c.vs.push(value)
    c.invoke(second, who="bi")


@builtin("if", "( ..a Bool Q1 Q2 -- ..b )",
         "Run the first quotation if true, else the second; same effects (checked specially).")
def _if(c: FunctionCompiler) -> None:
    otherwise = c.vs.pop()
    then = c.vs.pop()
    cond = c.vs.as_bool(c.vs.pop())
    b = c.b
    chosen = Slot(b.select(cond, then.value, otherwise.value), then.kind)
    c.decref(Slot(b.select(cond, otherwise.value, then.value), then.kind))
    c.invoke(chosen, tail=c.tail, who="if")


@builtin("cond", "( ..a -- ..b )",
         "Multi-way conditional over predicate/body clauses (variable arity).")
def _cond(c: FunctionCompiler) -> None:
    """( value [pred] [body] ... N -- result ): the runtime tries each pair."""
    if c.native is not None:
        raise Unsupported("cond in a native word", None)
    sp = c.vs.flush()
    c.vs.state.sp = c.runtime("seq_rt_cond", PTR, [sp])
