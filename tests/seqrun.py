"""What the `seq` fixture (tests/conftest.py) offers: compile and run Seq
in this process, on one Session shared by the whole test run, instead of
starting `python -m seqrepl` per case (which loads LLVM and the runtime
each time).

    seq.run("1 2 i.+")               -> Ran(output, stack, error)
    seq.run_program(source, ["a"])   -> Completed(stdout, stderr, returncode)

`run` evaluates a snippet as a REPL entry in a fresh world; `run_program`
checks and runs a program's `main` as `seqrepl FILE` does, its stdout,
stderr and exit code as that command would give them. Each program's words
are compiled under symbols of their own, so programs never clash in the
shared JIT.

What needs a process of its own stays a subprocess: exit codes of a crash
or `os.exit`, signals, stdin, a terminal, killing. Programs run here read
an empty stdin.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from seqjit.codegen.program import ProgramCompiler
from seqjit.codegen.words import general_name
from seqjit.diagnostics import SeqError
from seqjit.live.scheduler import Deadlock, Failed
from seqjit.live.session import Session
from seqjit.live.world import World
from seqjit.types.sources import check_source
from seqjit.types.terms import INT, items


@dataclass(frozen=True)
class Ran:
    """A snippet's outcome: what it printed, the stack as the REPL shows it
    (values separated by spaces), and the first error rendered, if any;
    `kinds` is what each value on the stack is (live/values.py's kinds)."""

    output: str
    stack: str
    error: str | None
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Completed:
    """A program's outcome, shaped as `subprocess.CompletedProcess` with text."""

    stdout: str
    stderr: str
    returncode: int


@contextlib.contextmanager
def captured(out: list[str], err: list[str]) -> Iterator[None]:
    """Send file descriptors 1 and 2 (what compiled code writes) and
    Python's sys.stderr (the scheduler's reports) to buffers, and read
    stdin from /dev/null, for the duration; what was written is appended
    to `out` and `err` as text."""
    saved = {fd: os.dup(fd) for fd in (0, 1, 2)}
    files = [tempfile.TemporaryFile() for _ in range(2)]
    python_err = io.StringIO()
    sys.stdout.flush()
    sys.stderr.flush()
    null = os.open(os.devnull, os.O_RDONLY)
    try:
        os.dup2(null, 0)
        os.dup2(files[0].fileno(), 1)
        os.dup2(files[1].fileno(), 2)
        with contextlib.redirect_stderr(python_err):
            yield
    finally:
        for fd, copy in saved.items():
            os.dup2(copy, fd)
            os.close(copy)
        os.close(null)
        texts = []
        for file in files:
            file.seek(0)
            texts.append(file.read().decode("utf-8", errors="replace"))
            file.close()
        out.append(texts[0])
        err.append(texts[1] + python_err.getvalue())


class SeqRunner:
    """Runs snippets and programs on one Session (see the module docstring)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counter = itertools.count(1)

    def run(self, code: str) -> Ran:
        """Evaluate `code` as one REPL entry in a world of its own."""
        world = World(self.session.engine, self.session.scheduler)
        out: list[str] = []
        err: list[str] = []
        with captured(out, err):
            result = self.session.thread.call(lambda: world.eval(code), world.interrupt)
        error = result.errors[0].render() if result.errors else None
        shown = world.stack()
        stack = " ".join(value.text for value in shown)
        return Ran(out[0] + err[0], stack, error, tuple(value.kind for value in shown))

    def run_program(self, source: str, args: Sequence[str] = (), name: str = "prog.seq",
                    base_dir: Path | None = None) -> Completed:
        """Check, compile and run `source`'s `main` with `args` as
        `seqrepl NAME ARGS...` would; relative includes resolve from
        `base_dir` (default: the working directory)."""
        out: list[str] = []
        err: list[str] = []
        with captured(out, err):
            code, errors = self._run_main(source, [name, *args], base_dir)
            for error in errors:
                print(error.render(), file=sys.stderr)
        return Completed(out[0], err[0], code)

    def _run_main(self, source: str, argv: list[str],
                  base_dir: Path | None) -> tuple[int, list[SeqError]]:
        program = check_source(source, argv[0], base_dir)
        if not program.ok:
            return 1, program.errors
        main = program.words.get("main")
        if main is None:
            return 1, [SeqError("error", f"{argv[0]}: no 'main' word to run")]
        number = next(self.counter)
        suffix = f"~prog{number}"
        compiler = ProgramCompiler(program, f"seq_test_program_{number}", suffix=suffix)
        text = compiler.compile()
        if compiler.errors:
            return 1, compiler.errors
        session = self.session
        session.engine.add_ir(text)
        session.host.set_args(argv)
        scheduler = session.scheduler

        def run_main() -> int:
            try:
                return scheduler.run_word(general_name("main") + suffix)
            finally:
                session.flush()
                # A program that failed may leave strands behind: they must
                # not run in the next one.
                for strand in scheduler.strands():
                    scheduler.kill(strand.id)

        try:
            top = session.thread.call(run_main, lambda: None)
        except (Deadlock, Failed) as e:
            return 1, [SeqError("runtime error", str(e))]
        outputs, _ = items(main.effect.outputs)
        return ((top >> 1) & 0xFF if outputs == [INT] else 0), []

