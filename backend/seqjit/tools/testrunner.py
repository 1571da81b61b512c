"""The test runner behind `seqrepl test`: find `test-*.seq` files, and in
each run every `test-*` word whose effect is exactly ( -- ).

A file is checked and compiled here; then a worker process (a fork of this
one, so the runtime is already loaded) adds the file's code to its copy of
the JIT and runs each test word in a fork of its own, as a strand on a
fresh data stack and with a fresh test context. A test that panics,
crashes, deadlocks, exits or hangs fails alone; the run goes on. What tests
print is captured, not shown: the runner reports each test as the
reference's runner does,

    test-name ... ok
    test-name ... FAILED
      at line 6: expected 8, got 13

Tests that call a word seqjit cannot compile yet fail with that compile
error, without running; the file's other tests still run.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..builtins.testing import runtime as testing
from ..codegen.program import compile_program
from ..codegen.words import general_name
from ..diagnostics import SeqError, Span
from ..live.scheduler import Deadlock, Failed
from ..live.session import Session
from ..syntax import ast
from ..types.program import CheckedProgram, is_test_word
from ..types.sources import check_file
from ..types.terms import surface

DEFAULT_TIMEOUT = 60.0  # seconds a single test may run
INTERNAL_ERROR = 70  # a test's process failed in Python, not in the test


@dataclass
class TestOutcome:
    name: str
    passed: bool
    details: list[str] = field(default_factory=list)  # indented lines under `... FAILED`
    duration_ms: float = 0.0


@dataclass
class Skipped:
    name: str
    reason: str  # the effect in surface syntax, or "no stack effect declared"

    @property
    def message(self) -> str:
        return (
            f"{self.name} ... skipped — name starts with `test-` but stack effect is "
            f"{self.reason}, not ( -- ). Rename if it's a helper; fix the signature if "
            "it's a test."
        )


@dataclass
class FileResults:
    path: Path
    tests: list[TestOutcome] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    errors: list[SeqError] = field(default_factory=list)  # the file did not check
    has_main: bool = False  # a standalone program: not run as tests

    @property
    def passed(self) -> int:
        return sum(t.passed for t in self.tests)

    @property
    def failed(self) -> int:
        return sum(not t.passed for t in self.tests)


# --- finding tests ------------------------------------------------------------------------


def is_test_file(path: Path) -> bool:
    return path.name.startswith("test-") and path.name.endswith(".seq")


def misnamed_paths(paths: list[Path]) -> list[Path]:
    """Explicit `.seq` paths that are not named test-*.seq (an error, as in
    the reference, rather than silently finding no tests)."""
    return [p for p in paths if p.suffix == ".seq" and not is_test_file(p)]


def discover(paths: list[Path]) -> list[Path]:
    """The test files in `paths` (files as given, directories searched
    recursively), sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            if is_test_file(path):
                found.append(path)
        elif path.is_dir():
            found.extend(_walk(path))
    return sorted(found)


def _walk(directory: Path) -> Iterator[Path]:
    try:
        entries = list(directory.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_file() and is_test_file(entry):
            yield entry
        elif entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)


def _own_words(program: CheckedProgram, path: Path) -> list[str]:
    """Words defined in `path` itself (not in what it includes)."""
    return [
        name
        for name, word in program.words.items()
        if word.definition.span.source.name == str(path)
        and word.definition.generated_from is None
    ]


def test_words(
    program: CheckedProgram, path: Path, pattern: str | None = None
) -> tuple[list[str], list[Skipped]]:
    """The file's test entry points and the test-* words skipped, sorted."""
    tests: list[str] = []
    skipped: list[Skipped] = []
    for name in _own_words(program, path):
        if not name.startswith("test-") or (pattern is not None and pattern not in name):
            continue
        word = program.words[name]
        if is_test_word(word):
            tests.append(name)
        else:
            reason = (
                surface(word.effect)
                if word.definition.effect is not None
                else "no stack effect declared"
            )
            skipped.append(Skipped(name, reason))
    return sorted(tests), sorted(skipped, key=lambda s: s.name)


# --- words that cannot be compiled yet ----------------------------------------------------------


def _contains(outer: Span, inner: Span) -> bool:
    return (
        outer.source.name == inner.source.name
        and (outer.line, outer.col) <= (inner.line, inner.col)
        and (inner.end_line, inner.end_col) <= (outer.end_line, outer.end_col)
    )


def broken_words(
    program: CheckedProgram, errors: list[SeqError]
) -> tuple[dict[str, SeqError], list[SeqError]]:
    """Compile errors by the word they are in, and those that cannot be
    placed in a word."""
    broken: dict[str, SeqError] = {}
    unplaced: list[SeqError] = []
    for error in errors:
        owner = None
        if error.span is not None:
            owner = next(
                (
                    name
                    for name, word in program.words.items()
                    if _contains(word.definition.span, error.span)
                ),
                None,
            )
        if owner is None:
            unplaced.append(error)
        else:
            broken.setdefault(owner, error)
    return broken, unplaced


def reachable(program: CheckedProgram, root: str) -> list[str]:
    """Words `root` may call, itself first, in the order they are found."""
    seen = {root: None}
    work = [root]
    while work:
        word = program.words[work.pop()]
        for stmt in ast.walk(word.definition.body):
            if isinstance(stmt, ast.WordCall):
                name = word.typing.resolved(stmt)
                if name in program.words and name not in seen:
                    seen[name] = None
                    work.append(name)
    return list(seen)


def _error_lines(error: SeqError) -> list[str]:
    return ["  " + line for line in error.render().splitlines()]


# --- running ------------------------------------------------------------------------------------


def run_file_tests(
    session: Session, path: Path, pattern: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> FileResults:
    """Check, compile and run the tests of one file."""
    results = FileResults(path)
    program = check_file(path, session.ffi)
    if not program.ok:
        results.errors = program.errors
        return results
    own = _own_words(program, path)
    results.has_main = "main" in own
    names, results.skipped = test_words(program, path, pattern)
    if results.has_main or not names:
        return results
    try:
        text, errors = compile_program(program)
    except Exception as e:  # a bug in the code generator: every test fails with it
        problem = f"  internal compiler error: {type(e).__name__}: {e}"
        results.tests = [TestOutcome(name, False, [problem]) for name in names]
        return results
    broken, unplaced = broken_words(program, errors)
    runnable: list[str] = []
    outcomes: dict[str, TestOutcome] = {}
    for name in names:
        blocker = next((broken[w] for w in reachable(program, name) if w in broken), None)
        if blocker is None and unplaced:
            blocker = unplaced[0]
        if blocker is not None:
            outcomes[name] = TestOutcome(name, False, _error_lines(blocker))
        else:
            runnable.append(name)
    problem = "the test runner's worker process died"
    if runnable:
        for outcome in _run_in_worker(session, path, text, runnable, timeout):
            if outcome.name:
                outcomes[outcome.name] = outcome
            else:
                problem = outcome.details[0]
    for name in runnable:
        if name not in outcomes:
            outcomes[name] = TestOutcome(name, False, [f"  {problem}"])
    results.tests = [outcomes[name] for name in names]
    return results


def _run_in_worker(
    session: Session, path: Path, ir_text: str, names: list[str], timeout: float
) -> Iterator[TestOutcome]:
    """Run `names` in a fork that holds the file's code; outcomes stream
    back as JSON lines."""
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: never returns into the caller
        try:
            os.close(read_end)
            with os.fdopen(write_end, "w") as out:
                try:
                    _worker(session, path, ir_text, names, timeout, out)
                except Exception as e:  # reported as every remaining test's failure
                    problem = f"the test runner's worker failed: {type(e).__name__}: {e}"
                    out.write(json.dumps(asdict(TestOutcome("", False, [problem]))) + "\n")
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as lines:
            for line in lines:
                data = json.loads(line)
                yield TestOutcome(**data)
    finally:
        os.waitpid(pid, 0)


def _worker(
    session: Session, path: Path, ir_text: str, names: list[str], timeout: float, out
) -> None:
    session.engine.add_ir(ir_text)
    session.host.set_args([str(path)])  # a test program has no arguments
    for name in names:
        outcome = _run_one(session, name, timeout)
        out.write(json.dumps(asdict(outcome)) + "\n")
        out.flush()


def _run_one(session: Session, name: str, timeout: float) -> TestOutcome:
    """Run one test word in a fork of the worker; its output goes to a
    scratch file, its result comes back through a pipe."""
    capture = tempfile.TemporaryFile()
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the test
        try:
            os.close(read_end)
            os.dup2(capture.fileno(), 1)
            os.dup2(capture.fileno(), 2)
            result = _test_body(session, name)
            os.write(write_end, json.dumps(result).encode())
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
            os._exit(INTERNAL_ERROR)
        finally:
            os._exit(0)
    os.close(write_end)
    data, timed_out = _read_all(read_end, timeout)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    elapsed = (time.perf_counter() - started) * 1000
    capture.seek(0)
    output = capture.read().decode("utf-8", errors="replace")
    capture.close()
    if timed_out:
        return TestOutcome(name, False, [f"  timed out after {timeout:g} s"], elapsed)
    if data:
        result = json.loads(data)
        return TestOutcome(name, not result["failures"], result["details"], result["ms"])
    return TestOutcome(name, False, _died(status, output), elapsed)


def _test_body(session: Session, name: str) -> dict:
    """In the test's process: the reference's `"NAME" test.init NAME
    "NAME" test.set-name`, then the results. The word runs as a strand on
    a fresh data stack, with the strands it spawns run to completion."""
    host = session.host
    testing.reset_test(host, name)
    started = time.perf_counter()
    try:
        session.scheduler.run_word(general_name(name))
        problem = None
    except (Deadlock, Failed) as e:
        problem = str(e)
    elapsed = (time.perf_counter() - started) * 1000
    session.flush()
    context = testing.test_context(host)
    context.name = name
    details = testing.failure_details(context.failures)
    if problem is not None:
        details.append(f"  runtime error: {problem}")
    return {
        "failures": len(context.failures) + (problem is not None),
        "details": details,
        "ms": elapsed,
    }


def _read_all(fd: int, timeout: float) -> tuple[bytes, bool]:
    """Everything written to `fd` until it closes; (data, True) if that
    takes longer than `timeout` seconds."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return b"".join(chunks), True
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
    finally:
        os.close(fd)


def _died(status: int, output: str) -> list[str]:
    """Why a test's process ended without reporting."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            signame = signal.Signals(number).name
        except ValueError:
            signame = f"signal {number}"
        return [f"  crashed: killed by {signame}"]
    lines = output.splitlines()
    code = os.WEXITSTATUS(status)
    if code == INTERNAL_ERROR and lines:
        return [f"  internal error in the test runner: {lines[-1]}"]
    errors = [line for line in lines if line.startswith("error: ")]
    if errors:
        return [f"  runtime error: {errors[-1].removeprefix('error: ')}"]
    return [f"  the test ended the process (exit code {code})"]
