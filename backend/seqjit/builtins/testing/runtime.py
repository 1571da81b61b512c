"""The test framework's runtime (`test.*` builtins) and `stack.dump`.

Assertions that pass only bump a counter in the runtime module; failures,
names and reports go to the host, which keeps the current test's context
(its name and failures) and renders reports as the reference does:

    NAME ... ok
    NAME ... FAILED
      at line 6: expected 8, got 13

`stack.dump` prints every value from the base of the data stack (the
running strand's, or else the global `seq_stack_base`, set by whoever runs
code on a stack of their own) up to the stack pointer in SON,
`» 1 "two" :three`, then empties the stack.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field

from llvmlite import ir

from ...runtime.core import RuntimeBuilder
from ...runtime.host import HostContext, service
from ...runtime.hostops import string_bytes, text_of, word_at
from ...runtime.layout import (
    I1,
    I64,
    PTR,
    VOID,
    const,
)
from ...runtime.status import STRAND
from ..son.runtime import son

MAX_PRINTED_FAILURES = 5

# What a failed assertion recorded (the host's `test_failure` service's first argument).
FAIL_BOOL, FAIL_INT, FAIL_STR, FAIL_MESSAGE = 0, 1, 2, 3


# --- the host side: the current test's context -----------------------------------------------


@dataclass
class Failure:
    line: int | None
    message: str
    expected: str | bytes | None = None
    actual: str | bytes | None = None
    strings: bool = False  # expected/actual are raw string bytes (assert-eq-str)


@dataclass
class TestContext:
    name: str | None = None
    failures: list[Failure] = field(default_factory=list)


def test_context(host: HostContext) -> TestContext:
    context = getattr(host, "test_context", None)
    if context is None:
        context = host.test_context = TestContext()
    return context


def passes_cell(host: HostContext) -> ctypes.c_int64:
    return ctypes.c_int64.from_address(host.engine.address("seq_test_passes"))


def reset_test(host: HostContext, name: str | None) -> None:
    """What `test.init` does: a new current test with no results yet."""
    context = test_context(host)
    context.name = name
    context.failures = []
    passes_cell(host).value = 0


def escape_for_display(data: bytes) -> str:
    """A string value on one line: quotes, backslashes and control bytes
    escaped; other bytes (UTF-8 text) left as they are."""
    named = {0x5C: "\\\\", 0x22: '\\"', 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}
    out = bytearray()
    for byte in data:
        if byte in named:
            out += named[byte].encode()
        elif byte < 0x20 or byte == 0x7F:
            out += f"\\x{byte:02X}".encode()
        else:
            out.append(byte)
    return text_of(bytes(out))


def failure_detail(failure: Failure) -> list[str]:
    """A failure as indented lines under its test's `... FAILED` line."""
    at = f"at line {failure.line}: " if failure.line else ""
    if failure.strings:
        e, a = failure.expected, failure.actual
        assert isinstance(e, bytes) and isinstance(a, bytes)
        lines = [
            f"  {at}{failure.message}",
            f'    expected ({len(e)} bytes): "{escape_for_display(e)}"',
            f'    actual   ({len(a)} bytes): "{escape_for_display(a)}"',
        ]
        if e != a:
            pairs = enumerate(zip(e, a, strict=False))
            common = next((i for i, (x, y) in pairs if x != y), min(len(e), len(a)))
            lines.append(f"    first differ at byte {common}")
        return lines
    if failure.expected is not None and failure.actual is not None:
        return [f"  {at}expected {failure.expected}, got {failure.actual}"]
    return [f"  {at}{failure.message}"]


def failure_details(failures: list[Failure]) -> list[str]:
    """Every failure's lines, the first few in full, then a count of the rest."""
    lines = [line for f in failures[:MAX_PRINTED_FAILURES] for line in failure_detail(f)]
    more = len(failures) - MAX_PRINTED_FAILURES
    if more > 0:
        lines.append(f"  +{more} more failure{'' if more == 1 else 's'}")
    return lines


def report(context: TestContext) -> str:
    """What `test.finish` prints."""
    name = context.name if context.name is not None else "unknown"
    if not context.failures:
        return f"{name} ... ok\n"
    lines = [f"{name} ... FAILED", *failure_details(context.failures)]
    return "\n".join(lines) + "\n"


@service("test_init", None, ctypes.c_int64)
def _test_init(host: HostContext) -> Callable[[int], None]:
    return lambda name: reset_test(host, text_of(string_bytes(name)))


@service("test_set_name", None, ctypes.c_int64)
def _test_set_name(host: HostContext) -> Callable[[int], None]:
    def set_name(name: int) -> None:
        test_context(host).name = text_of(string_bytes(name))

    return set_name


@service("test_finish", ctypes.c_int64)
def _test_finish(host: HostContext) -> Callable[[], int]:
    return lambda: host.string(report(test_context(host)).encode())


@service("test_fail_count", ctypes.c_int64)
def _test_fail_count(host: HostContext) -> Callable[[], int]:
    return lambda: len(test_context(host).failures)


@service("test_failure", None, ctypes.c_int64, ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)
def _test_failure(host: HostContext) -> Callable[[int, int, int, int], None]:
    def record(kind: int, line: int, a: int, b: int) -> None:
        at = line if line > 0 else None
        if kind == FAIL_BOOL:  # a: the value expected (1 true, 0 false)
            want = "true" if a else "false"
            got = "false" if a else "true"
            failure = Failure(at, "assertion failed", want, got)
        elif kind == FAIL_INT:  # a: expected, b: actual (untagged)
            failure = Failure(at, "assertion failed: values not equal", str(a), str(b))
        elif kind == FAIL_STR:  # a: expected, b: actual (String values)
            failure = Failure(
                at, "assertion failed: strings not equal", string_bytes(a), string_bytes(b),
                strings=True,
            )
        else:  # test.fail: a is the message
            failure = Failure(None, text_of(string_bytes(a)))
        test_context(host).failures.append(failure)

    return record


# --- stack.dump ------------------------------------------------------------------------------


@service("stack_dump", ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)
def _stack_dump(host: HostContext) -> Callable[[int, int], int]:
    def dump(base: int, sp: int) -> int:
        values = [son(word_at(a)) for a in range(base, sp, 8)]
        return host.string(" ".join(["»", *values]).encode())

    return dump


# --- the runtime module's part -------------------------------------------------------------


def emit(rt: RuntimeBuilder) -> None:
    m = rt.module
    passes = ir.GlobalVariable(m, I64, name="seq_test_passes")
    passes.initializer = const(0)
    base = ir.GlobalVariable(m, PTR, name="seq_stack_base")
    base.initializer = ir.Constant(PTR, None)

    def host(name: str, ret: ir.Type, args: list[ir.Type]) -> Callable:
        fnty = ir.FunctionType(ret, args)

        def call(b: ir.IRBuilder, values: list[ir.Value]) -> ir.Value:
            return rt.host_call(b, name, fnty, values)

        return call

    failure = host("test_failure", VOID, [I64, I64, I64, I64])

    def count_pass(b: ir.IRBuilder) -> None:
        b.store(b.add(b.load(passes, typ=I64), const(1)), passes)

    # seq_rt_test_init / seq_rt_test_set_name (String): consume the name
    for fn_name, svc in (("seq_rt_test_init", "test_init"), ("seq_rt_test_set_name",
                                                               "test_set_name")):
        call = host(svc, VOID, [I64])
        fn, b = rt.function(fn_name, VOID, [I64])
        call(b, [fn.args[0]])
        b.call(rt.decref, [fn.args[0]])
        b.ret_void()

    # seq_rt_test_finish(): print the current test's report
    call = host("test_finish", I64, [])
    fn, b = rt.function("seq_rt_test_finish", VOID, [])
    b.call(m.globals["seq_rt_write"], [call(b, [])])
    b.ret_void()

    call = host("test_fail_count", I64, [])
    fn, b = rt.function("seq_rt_test_fail_count", I64, [])
    b.ret(call(b, []))

    fn, b = rt.function("seq_rt_test_pass_count", I64, [])
    b.ret(b.load(passes, typ=I64))

    # seq_rt_test_assert_bool(i1 ok, i64 expected (1 or 0), i64 line)
    fn, b = rt.function("seq_rt_test_assert_bool", VOID, [I1, I64, I64])
    ok, expected, line = fn.args
    with b.if_else(ok) as (then, otherwise):
        with then:
            count_pass(b)
        with otherwise:
            failure(b, [const(FAIL_BOOL), line, expected, const(0)])
    b.ret_void()

    # seq_rt_test_assert_int(tagged actual, tagged expected, i64 line)
    fn, b = rt.function("seq_rt_test_assert_int", VOID, [I64, I64, I64])
    actual, expected, line = fn.args
    with b.if_else(b.icmp_signed("==", actual, expected)) as (then, otherwise):
        with then:
            count_pass(b)
        with otherwise:
            untag = [b.ashr(expected, const(1)), b.ashr(actual, const(1))]
            failure(b, [const(FAIL_INT), line, *untag])
    b.ret_void()

    # seq_rt_test_assert_str(String actual, String expected, i64 line): consumes both
    fn, b = rt.function("seq_rt_test_assert_str", VOID, [I64, I64, I64])
    actual, expected, line = fn.args
    same = b.call(m.globals["seq_rt_bytes_equal"], [actual, expected])
    with b.if_else(same) as (then, otherwise):
        with then:
            count_pass(b)
        with otherwise:
            failure(b, [const(FAIL_STR), line, expected, actual])
    b.call(rt.decref, [actual])
    b.call(rt.decref, [expected])
    b.ret_void()

    # seq_rt_test_fail(String message): consumes it
    fn, b = rt.function("seq_rt_test_fail", VOID, [I64])
    failure(b, [const(FAIL_MESSAGE), const(0), fn.args[0], const(0)])
    b.call(rt.decref, [fn.args[0]])
    b.ret_void()

    # seq_rt_stack_dump(sp) -> the stack's base: print base..sp, then drop those values
    dump = host("stack_dump", I64, [I64, I64])
    fn, b = rt.function("seq_rt_stack_dump", PTR, [PTR])
    (sp,) = fn.args
    start = b.load(base, typ=PTR)
    current = m.globals.get("seq_current")  # the running strand (runtime/strands.py)
    if current is not None:
        strand = b.load(current, typ=PTR)
        on_strand = b.icmp_unsigned("!=", strand, ir.Constant(PTR, None))
        ds_base = STRAND(b, strand).addr("ds_base")
        own = b.load(b.select(on_strand, ds_base, base), typ=PTR)
        start = b.select(on_strand, own, start)
    unset, show, loop, body, done = (
        fn.append_basic_block(n) for n in ("unset", "show", "loop", "body", "done")
    )
    b.cbranch(b.icmp_unsigned("==", start, ir.Constant(PTR, None)), unset, show)
    b.position_at_end(unset)
    b.ret(sp)
    b.position_at_end(show)
    text = dump(b, [b.ptrtoint(start, I64), b.ptrtoint(sp, I64)])
    b.call(m.globals["seq_rt_write_line"], [text])
    b.branch(loop)
    b.position_at_end(loop)
    at = b.phi(PTR)
    at.add_incoming(start, show)
    b.cbranch(b.icmp_unsigned("<", b.ptrtoint(at, I64), b.ptrtoint(sp, I64)), body, done)
    b.position_at_end(body)
    b.call(rt.decref, [b.load(at, typ=I64)])
    at.add_incoming(b.gep(at, [const(1)], source_etype=I64), body)
    b.branch(loop)
    b.position_at_end(done)
    b.ret(start)
