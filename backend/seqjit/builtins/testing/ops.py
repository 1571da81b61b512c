"""The test framework's builtins (`test.*`) and `stack.dump`: calls into
seqjit.runtime.testing. Assertions pass their source line, so a failure
reports where it happened."""

from __future__ import annotations

from ...codegen.words import FunctionCompiler
from ...runtime.layout import I64, PTR, VOID, const
from ..registry import op


def _line(c: FunctionCompiler) -> int:
    """The line of the builtin call being compiled (0 when unknown)."""
    call = c.current_call
    return call.span.line if call is not None else 0


def _consume(name: str):
    def emit(c: FunctionCompiler) -> None:
        c.runtime(name, VOID, [c.tagged(c.vs.pop())])

    return emit


op("test.init")(_consume("seq_rt_test_init"))
op("test.set-name")(_consume("seq_rt_test_set_name"))
op("test.fail")(_consume("seq_rt_test_fail"))


@op("test.finish")
def _finish(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_test_finish", VOID, [])


@op("test.has-failures")
def _has_failures(c: FunctionCompiler) -> None:
    count = c.runtime("seq_rt_test_fail_count", I64, [])
    c.push_bool(c.b.icmp_signed("!=", count, const(0)))


@op("test.fail-count")
def _fail_count(c: FunctionCompiler) -> None:
    c.push_int(c.runtime("seq_rt_test_fail_count", I64, []))


@op("test.pass-count")
def _pass_count(c: FunctionCompiler) -> None:
    c.push_int(c.runtime("seq_rt_test_pass_count", I64, []))


def _assert_bool(expected: bool):
    def emit(c: FunctionCompiler) -> None:
        ok = c.vs.as_bool(c.vs.pop())
        if not expected:
            ok = c.b.not_(ok)
        c.runtime("seq_rt_test_assert_bool", VOID, [ok, const(int(expected)), const(_line(c))])

    return emit


op("test.assert")(_assert_bool(True))
op("test.assert-not")(_assert_bool(False))


@op("test.assert-eq")
def _assert_eq(c: FunctionCompiler) -> None:
    expected = c.vs.pop()
    actual = c.vs.pop()
    c.runtime("seq_rt_test_assert_int", VOID, [actual.value, expected.value, const(_line(c))])


@op("test.assert-eq-str")
def _assert_eq_str(c: FunctionCompiler) -> None:
    expected = c.vs.pop()
    actual = c.vs.pop()
    args = [c.tagged(actual), c.tagged(expected), const(_line(c))]
    c.runtime("seq_rt_test_assert_str", VOID, args)


@op("stack.dump")
def _stack_dump(c: FunctionCompiler) -> None:
    sp = c.vs.flush()
    c.vs.state.sp = c.runtime("seq_rt_stack_dump", PTR, [sp])

