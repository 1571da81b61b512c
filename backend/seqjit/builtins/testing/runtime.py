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

from ...runtime.bindings import global_word
from ...runtime.core import record_backtrace
from ...runtime.host import HostContext, service
from ...runtime.hostops import string_bytes, text_of, word_at
from ...runtime.irkit import (
    I64,
    PTR,
    VOID,
    Fn,
    Var,
    const,
    runtime_fn,
    runtime_global,
    tally,
    while_,
)
from ...runtime.status import STRAND
from ...runtime.worker import running
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
    frames: tuple[int, ...] = ()  # the native return addresses it was recorded under


@dataclass
class TestContext:
    name: str | None = None
    failures: list[Failure] = field(default_factory=list)


def test_context(host: HostContext) -> TestContext:
    return host.state(TestContext, TestContext)


def passes_cell(host: HostContext) -> ctypes.c_int64:
    return global_word(host.engine, "seq_test_passes")


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
        # not strings: both are the values' texts
        assert isinstance(failure.expected, str) and isinstance(failure.actual, str)
        return [f"  {at}expected {failure.expected}, got {failure.actual}"]
    return [f"  {at}{failure.message}"]


def failure_details(
    failures: list[Failure], where: Callable[[Failure], list[str]] = lambda _: []
) -> list[str]:
    """Every failure's lines (and what `where` says of it: the test
    runner's backtrace), the first few in full, then a count of the rest."""
    lines = [line for f in failures[:MAX_PRINTED_FAILURES]
             for line in [*failure_detail(f), *where(f)]]
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
        depth = global_word(host.engine, "seq_panic_depth")
        start = global_word(host.engine, "seq_panic_frames").value
        if start:
            failure.frames = tuple((ctypes.c_uint64 * depth.value).from_address(start))
        depth.value = 0
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

PASSES = runtime_global(
    "seq_test_passes", I64, "Assertions passed in the current test (the host resets it)."
)
STACK_BASE = runtime_global(
    "seq_stack_base", PTR,
    "The data stack's base for stack.dump off strands (set by whoever runs code there).",
)


def record_failure(f: Fn, kind: int, line: ir.Value, first: ir.Value, second: ir.Value) -> None:
    """Hand one failed assertion to the host (the test_failure service says
    what `first` and `second` are for each kind FAIL_*)."""
    record_backtrace(f)  # for the test runner: where, when a helper word asserted
    f.host_call("test_failure", VOID, const(kind), line, first, second)


def count_pass(f: Fn) -> None:
    """One more assertion passed."""
    tally(f, PASSES)


@runtime_fn("seq_rt_test_init")
def test_init(f: Fn, name: ir.Value) -> None:
    """Consumes the String `name`; starts a new current test of that name."""
    f.host_call("test_init", VOID, name)
    f.call("seq_decref", name)


@runtime_fn("seq_rt_test_set_name")
def test_set_name(f: Fn, name: ir.Value) -> None:
    """Consumes the String `name`; renames the current test."""
    f.host_call("test_set_name", VOID, name)
    f.call("seq_decref", name)


@runtime_fn("seq_rt_test_finish")
def test_finish(f: Fn) -> None:
    """Prints the current test's report."""
    f.call("seq_rt_write", f.host_call("test_finish", I64))


@runtime_fn("seq_rt_test_fail_count")
def test_fail_count(f: Fn) -> ir.Value:
    """Returns how many assertions of the current test failed."""
    return f.host_call("test_fail_count", I64)


@runtime_fn("seq_rt_test_pass_count")
def test_pass_count(f: Fn) -> ir.Value:
    """Returns how many assertions of the current test passed."""
    return f.load(PASSES)


@runtime_fn("seq_rt_test_assert_bool")
def assert_bool(f: Fn, ok: ir.Value, expected: ir.Value, line: ir.Value) -> None:
    """Records a pass if the i1 `ok`, else a failure at `line` that expected
    the Bool `expected` (1 true, 0 false)."""
    with f.b.if_else(ok) as (then, otherwise):
        with then:
            count_pass(f)
        with otherwise:
            record_failure(f, FAIL_BOOL, line, expected, const(0))


@runtime_fn("seq_rt_test_assert_int")
def assert_int(f: Fn, actual: ir.Value, expected: ir.Value, line: ir.Value) -> None:
    """Records a pass if the tagged Ints `actual` and `expected` are equal,
    else a failure at `line` with both values."""
    b = f.b
    with b.if_else(b.icmp_signed("==", actual, expected)) as (then, otherwise):
        with then:
            count_pass(f)
        with otherwise:
            untagged = [b.ashr(expected, const(1)), b.ashr(actual, const(1))]
            record_failure(f, FAIL_INT, line, *untagged)


@runtime_fn("seq_rt_test_assert_str")
def assert_str(f: Fn, actual: ir.Value, expected: ir.Value, line: ir.Value) -> None:
    """Consumes the Strings `actual` and `expected`; records a pass if they
    have the same bytes, else a failure at `line` with both."""
    b = f.b
    with b.if_else(f.call("seq_rt_bytes_equal", actual, expected)) as (then, otherwise):
        with then:
            count_pass(f)
        with otherwise:
            record_failure(f, FAIL_STR, line, expected, actual)
    f.call("seq_decref", actual)
    f.call("seq_decref", expected)


@runtime_fn("seq_rt_test_fail")
def test_fail(f: Fn, message: ir.Value) -> None:
    """Consumes the String `message`; records it as a failure."""
    record_failure(f, FAIL_MESSAGE, const(0), message, const(0))
    f.call("seq_decref", message)


def stack_start(f: Fn) -> ir.Value:
    """The base of the data stack code runs on: the running strand's, else
    seq_stack_base (null when neither is known)."""
    b = f.b
    strand = running(f.b).current
    ds_base = STRAND(b, strand).addr("ds_base")
    on_strand = b.icmp_unsigned("!=", strand, ir.Constant(PTR, None))
    return b.load(b.select(on_strand, ds_base, f.address(STACK_BASE)), typ=PTR)


@runtime_fn("seq_rt_stack_dump")
def stack_dump(f: Fn, sp: ir.Value) -> ir.Value:
    """`stack.dump` on the data stack at `sp`: prints every value from the
    stack's base (the running strand's, else seq_stack_base) up to `sp`,
    consumes them, and returns the base (`sp` itself when no base is set)."""
    b = f.b
    start = stack_start(f)
    with b.if_then(b.icmp_unsigned("==", start, ir.Constant(PTR, None))):
        b.ret(sp)
    shown = f.host_call("stack_dump", I64, b.ptrtoint(start, I64), b.ptrtoint(sp, I64))
    f.call("seq_rt_write_line", shown)
    at = Var(b, PTR, start)
    with while_(b, lambda: b.icmp_unsigned("<", b.ptrtoint(at.get(), I64), b.ptrtoint(sp, I64))):
        f.call("seq_decref", b.load(at.get(), typ=I64))
        at.set(b.gep(at.get(), [const(1)], source_etype=I64))
    return start
