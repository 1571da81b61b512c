"""The test framework's builtins (`test.*`) and `stack.dump`: calls into
seqjit.runtime.testing. Assertions pass their source line, so a failure
reports where it happened."""

from __future__ import annotations

from ...codegen.words import FunctionCompiler
from ...runtime.layout import I64, PTR, VOID, const
from ..registry import builtin


def _line(c: FunctionCompiler) -> int:
    """The line of the builtin call being compiled (0 when unknown)."""
    call = c.current_call
    return call.span.line if call is not None else 0


def _consume(name: str):
    def emit(c: FunctionCompiler) -> None:
        c.runtime(name, VOID, [c.tagged(c.vs.pop())])

    return emit


builtin("test.init", "( ..a String -- ..a )",
        "Begin a test run under the given name.")(_consume("seq_rt_test_init"))
builtin("test.set-name", "( ..a String -- ..a )",
        "Rename the current test, keeping its assertion results.")(_consume("seq_rt_test_set_name"))
builtin("test.fail", "( ..a String -- ..a )",
        "Record a failure with a message.")(_consume("seq_rt_test_fail"))


@builtin("test.finish", "( ..a -- ..a )", "End the test run and report its results.")
def _finish(c: FunctionCompiler) -> None:
    c.runtime("seq_rt_test_finish", VOID, [])


@builtin("test.has-failures", "( ..a -- ..a Bool )", "True if any assertion has failed so far.")
def _has_failures(c: FunctionCompiler) -> None:
    count = c.runtime("seq_rt_test_fail_count", I64, [])
    c.push_bool(c.b.icmp_signed("!=", count, const(0)))


@builtin("test.fail-count", "( ..a -- ..a Int )", "How many assertions have failed.")
def _fail_count(c: FunctionCompiler) -> None:
    c.push_int(c.runtime("seq_rt_test_fail_count", I64, []))


@builtin("test.pass-count", "( ..a -- ..a Int )", "How many assertions have passed.")
def _pass_count(c: FunctionCompiler) -> None:
    c.push_int(c.runtime("seq_rt_test_pass_count", I64, []))


def _assert_bool(expected: bool):
    def emit(c: FunctionCompiler) -> None:
        ok = c.vs.as_bool(c.vs.pop())
        if not expected:
            ok = c.b.not_(ok)
        c.runtime("seq_rt_test_assert_bool", VOID, [ok, const(int(expected)), const(_line(c))])

    return emit


builtin("test.assert", "( ..a Bool -- ..a )",
        "Record a failure unless the value is true.")(_assert_bool(True))
builtin("test.assert-not", "( ..a Bool -- ..a )",
        "Record a failure unless the value is false.")(_assert_bool(False))


@builtin("test.assert-eq", "( ..a Int Int -- ..a )",
         "Record a failure unless the two integers match.")
def _assert_eq(c: FunctionCompiler) -> None:
    expected = c.vs.pop()
    actual = c.vs.pop()
    c.runtime("seq_rt_test_assert_int", VOID, [actual.value, expected.value, const(_line(c))])


@builtin("test.assert-eq-str", "( ..a String String -- ..a )",
         "Record a failure unless the two strings match.")
def _assert_eq_str(c: FunctionCompiler) -> None:
    expected = c.vs.pop()
    actual = c.vs.pop()
    args = [c.tagged(actual), c.tagged(expected), const(_line(c))]
    c.runtime("seq_rt_test_assert_str", VOID, args)


@builtin("stack.dump", "( ..a -- ..b )",
         "Print every stack value, then empty the stack (REPL aid).")
def _stack_dump(c: FunctionCompiler) -> None:
    sp = c.vs.flush()
    c.vs.state.sp = c.runtime("seq_rt_stack_dump", PTR, [sp])

