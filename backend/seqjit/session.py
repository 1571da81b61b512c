"""The one door front ends use: check and run Seq programs in this process.

A Session owns the JIT engine with the runtime loaded into it. (The REPL's
persistent world — the REPL strand, cells, strands living across cells —
builds on this.)
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path

from .codegen.program import compile_program
from .diagnostics import SeqError
from .engine import Engine
from .frontend import check_file
from .enginethread import EngineThread
from .runtime.host import HostContext
from .runtime.library import runtime_ir
from .types.terms import INT, items
from .world import EntryResult, World

DATA_STACK_SLOTS = 1 << 20  # 8 MiB of address space; pages are touched only when used
WORD_FN = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)


@dataclass
class RunResult:
    exit_code: int
    errors: list[SeqError] = field(default_factory=list)


class Session:
    def __init__(self) -> None:
        self.engine = Engine()
        self.engine.add_ir(runtime_ir())
        self.host = HostContext(self.engine)
        self.host.install()
        self.flush = ctypes.CFUNCTYPE(None)(self.engine.address("seq_rt_flush"))
        # The REPL's or notebook's persistent words and stack.
        self.world = World(self.engine)
        self.thread = EngineThread()

    def set_unbuffered(self, on: bool = True) -> None:
        """Write program output at once instead of at the end (for a REPL or
        notebook, so output appears as it happens)."""
        ctypes.c_int64.from_address(self.engine.address("seq_out_unbuffered")).value = int(on)

    def eval(self, text: str, name: str | None = None) -> EntryResult:
        """Run one REPL entry or notebook cell on the engine thread; Ctrl-C
        while it runs interrupts it (and the world stays as it was)."""
        return self.thread.call(lambda: self.world.eval(text, name), self.world.interrupt)

    def interrupt(self) -> None:
        """Stop the entry running now (from any thread: a kernel's interrupt)."""
        self.world.interrupt()

    def run_file(self, path: Path, argv: list[str] | None = None) -> RunResult:
        """Check, compile and run `path`'s `main` with `argv` as its
        arguments (argv[0] the program); its exit code comes back."""
        program = check_file(path)
        if not program.ok:
            return RunResult(1, program.errors)
        main = program.words.get("main")
        if main is None:
            return RunResult(1, [SeqError("error", f"{path}: no 'main' word to run")])
        text, errors = compile_program(program)
        if errors:
            return RunResult(1, errors)
        self.engine.add_ir(text)
        self.host.set_args(argv or [str(path)])
        stack = (ctypes.c_int64 * DATA_STACK_SLOTS)()
        entry = WORD_FN(self.engine.address("seq.w.main"))
        sp = entry(ctypes.addressof(stack))
        self.flush()
        outputs, _ = items(main.effect.outputs)
        if outputs == [INT]:
            top = ctypes.c_int64.from_address(sp - 8).value
            return RunResult((top >> 1) & 0xFF)
        return RunResult(0)
