"""The persistent world of a REPL or notebook: words, unions, included
modules and the stack live on from one entry to the next.

An entry that fails to parse, check, compile or run changes nothing: the
new program is built beside the old one and adopted only when the entry has
run, and the entry runs on a copy of the stack (with its own references).
"""

from __future__ import annotations

import ctypes
import itertools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..codegen.linking import Linked, Plan, plan_entry
from ..codegen.program import ProgramCompiler
from ..codegen.words import NativeWord
from ..diagnostics import SeqError, Source
from ..ffi.registry import Manifests
from ..runtime.bindings import bind, global_word
from ..runtime.status import STRAND
from ..syntax import ast
from ..syntax.cell import parse_cell
from ..types.program import CheckedProgram, check_entry, extend
from ..types.terms import Type
from .engine import Engine, Optimise
from .scheduler import Failed, Scheduler
from .values import Shown, show, type_of

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

STACK_SLOTS = 1 << 20
HISTORY = 100  # entries :undo can step back over
SETTLE_SECONDS = 0.05  # how long strands woken by an entry run before it returns
INTERRUPTED = "interrupted"  # the runtime error of an entry stopped by Ctrl-C


@dataclass
class EntryResult:
    errors: list[SeqError] = field(default_factory=list)
    defined: list[str] = field(default_factory=list)
    redefined: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class EntryInterrupted(BaseException):
    """Raised in the engine thread while it parses, checks or compiles an
    entry that was interrupted (a BaseException, so no `except Exception`
    of the checker or compiler swallows it)."""


class Entry:
    """One entry's interrupt. Made when the entry is handed to the engine
    thread, so an interrupt that comes before the entry starts, while it is
    parsed, checked or compiled, or while it runs, ends that entry (and is
    not mistaken for a stale one)."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.interrupted = False
        # Re-entrant: a SIGINT handler on the thread that holds it calls interrupt.
        self.lock = threading.RLock()
        self.worker: int | None = None  # the thread checking or compiling the entry, meanwhile
        self.raised = False

    def interrupt(self) -> None:
        """Stop the entry (safe from any thread): Python work on it at once,
        compiled code at its next poll."""
        with self.lock:
            self.interrupted = True
            if self.worker is not None and not self.raised:
                # At most one per entry, so that once it has been raised no
                # other can land after the entry stopped being Python work.
                self.raised = True
                _raise_in(self.worker, EntryInterrupted)
        self.world.interrupt()  # after `interrupted`: World._run relies on that order

    def __enter__(self) -> Entry:
        """Parsing, checking and compiling: Python work an interrupt ends
        by raising EntryInterrupted in it."""
        with self.lock:
            if self.interrupted:
                raise EntryInterrupted
            self.worker = threading.get_ident()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.worker = None
            _raise_in(threading.get_ident(), None)  # one sent but not raised yet: dropped


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Raise `exception` in `thread` at its next Python instruction (None:
    cancel one not raised yet)."""
    if exception is not None and not getattr(sys.unraisablehook, "drops_interrupts", False):
        sys.unraisablehook = _dropping_interrupts(sys.unraisablehook)
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(exception) if exception else None)


def _dropping_interrupts(
    hook: Callable[[UnraisableHookArgs], object],
) -> Callable[[UnraisableHookArgs], object]:
    """`hook`, quiet about an EntryInterrupted that landed in a finalizer
    (an llvmlite object's __del__ run meanwhile): Python cannot raise it
    from there and would print a traceback; the entry stops all the same,
    as its `interrupted` is set."""

    def drop(unraisable: UnraisableHookArgs) -> object:
        if isinstance(unraisable.exc_value, EntryInterrupted):
            return None
        return hook(unraisable)

    drop.drops_interrupts = True  # type: ignore[attr-defined]
    return drop


class World:
    """Words, unions, includes and the stack of one REPL or notebook. Its
    entries run as strands of `scheduler`, which belongs to the Session
    (the scheduler outlives a `:reset`, which makes a new World)."""

    def __init__(self, engine: Engine, scheduler: Scheduler, ffi: Manifests | None = None) -> None:
        self.engine = engine
        self.scheduler = scheduler
        self.program = CheckedProgram()
        self.linked: dict[str, Linked] = {}  # word -> its current compiled version
        self.natives: dict[str, NativeWord] = {}  # the words with native-signature functions
        self.resolver = (ffi or Manifests()).resolver()
        self.values: list[int] = []  # the stack, bottom first; the world owns a reference each
        self.types: list[Type] = []
        self.history: list[tuple[list[int], list[Type]]] = []
        self.counter = itertools.count(1)
        # Where a background strand's failure goes (a notebook routes it to a
        # cell); None: stderr.
        self.reporter: Callable[[str], None] | None = None
        self.buffer = (ctypes.c_int64 * STACK_SLOTS)()
        self.incref = bind(engine, "seq_rt_incref")
        self.decref = bind(engine, "seq_rt_decref")
        self.flush = bind(engine, "seq_rt_flush")
        self.interrupt_flag = global_word(engine, "seq_interrupt_flag")
        self.stack_guard = global_word(engine, "seq_stack_guard", ctypes.c_uint64)
        self.last_byte = global_word(engine, "seq_out_last_byte")

    def interrupt(self) -> None:
        """Stop the running entry at its next poll (safe from any thread)."""
        self.interrupt_flag.value = 1
        self.stack_guard.value = 2**64 - 1  # every poll now asks for attention

    # --- entries ----------------------------------------------------------------------

    def eval(self, text: str, name: str | None = None, base_dir: Path | None = None,
             entry: Entry | None = None, modules: list[ast.Module] | None = None) -> EntryResult:
        """Run one entry; `entry` is its interrupt (Session.eval makes it
        before handing the entry to the engine thread); `modules` are
        definitions it brings besides its text's (an FFI manifest's words)."""
        number = next(self.counter)
        source = Source(name or f"<entry {number}>", text)
        resolver = self.resolver
        included = (set(resolver.files), set(resolver.std), set(resolver.ffi_libraries))
        try:
            result = self._eval(source, number, base_dir or Path.cwd(), entry or Entry(self),
                                modules or [])
        except EntryInterrupted:
            result = EntryResult([SeqError("runtime error", INTERRUPTED)])
        except SeqError as e:
            result = EntryResult([e])
        except RecursionError:
            result = EntryResult([SeqError("error", "the entry nests too deeply")])
        if not result.ok:
            resolver.files, resolver.std, resolver.ffi_libraries = included
        return result

    def _eval(self, source: Source, number: int, base_dir: Path, entry: Entry,
              extra: list[ast.Module]) -> EntryResult:
        with entry:
            cell = parse_cell(source)
            modules = [cell.module, *extra, *self.resolver.expand(cell.module, base_dir)]
            program = extend(self.program, modules)
            if not program.ok:
                return EntryResult(program.errors)
            checked = check_entry(program, cell.code, self.types)
            suffix = f"~{number}"
            plan = plan_entry(program, self.linked, self.natives, suffix)
            compiler = ProgramCompiler(program, f"seq_entry_{number}", only=plan.compile,
                                       suffix=suffix, linked=self.linked, natives=plan.natives)
            compiler.compile_words()
            for slot, function in plan.new_slots:
                compiler.define_slot(slot, function)
            symbol = f"seq.entry.{number}"
            compiler.compile_entry(symbol, checked.code, checked.typing)
            ir = compiler.finish()
        if compiler.errors:
            return EntryResult(compiler.errors)
        if entry.interrupted:  # before LLVM's part, which no interrupt reaches
            raise EntryInterrupted
        if plan.compile or compiler.quotations or compiler.strings or compiler.closures:
            # Words, quotations and constant objects outlive the entry: its
            # code stays.
            self.engine.add_ir(ir, optimisation(program, plan.compile, compiler))
            restore = self._point_slots(plan)
            error = self._run(self.engine.address(symbol), checked.types, entry)
            if error is not None:
                restore()
        else:
            # Nothing will reference this code once it has run.
            with self.engine.load_once(ir) as code:
                error = self._run(code.address(symbol), checked.types, entry)
        if error is not None:
            return EntryResult([error])
        self.program = program
        self.linked, self.natives = plan.linked, plan.natives
        return EntryResult([], program.defined, program.redefined)

    def _point_slots(self, plan: Plan) -> Callable[[], None]:
        """Point the slots of the words `plan` compiled again at their new
        code (before the entry runs: it may call them through other words);
        returns what puts them back, for an entry that fails."""
        slots = [(ctypes.c_uint64.from_address(self.engine.address(slot)),
                  self.engine.address(function)) for slot, function in plan.patches]
        before = [slot.value for slot, _ in slots]
        for slot, address in slots:
            slot.value = address

        def restore() -> None:
            for (slot, _), value in zip(slots, before, strict=True):
                slot.value = value

        return restore

    def _run(self, code: int, types: list[Type] | None, entry: Entry) -> SeqError | None:
        """Run an entry's code (the word function at `code`) as a strand
        starting on a copy of the stack; adopt the stack it leaves. If it
        fails, its strand and every strand it spawned are ended: a failed
        entry changes nothing."""
        for i, value in enumerate(self.values):
            self.buffer[i] = value
        base = ctypes.addressof(self.buffer)
        # An interrupt that came between entries is stale; this entry's own
        # is in `entry` (set before the flag, so one that comes after this
        # check finds the flag cleared already, and sets it).
        self.interrupt_flag.value = 0
        if entry.interrupted:
            return SeqError("runtime error", INTERRUPTED)
        self.last_byte.value = 10
        scheduler = self.scheduler
        try:
            strand = scheduler.watched(scheduler.closure_at(code), base,
                                       base + 8 * len(self.values))
        except Failed as failure:
            return SeqError("runtime error", str(failure))
        # The entry's strand owns itself (strand ids are unique in a session,
        # entry numbers not: each world counts its own); it has not run yet,
        # so every strand it spawns inherits this.
        owner = int(STRAND.read(strand, "id"))
        STRAND.write(strand, "owner", owner)
        outcome = scheduler.run_entry(strand, self.report)
        self.flush()
        if isinstance(outcome, str):
            scheduler.kill_owned(owner)
            return SeqError("runtime error", outcome)
        self._remember()
        self.values = outcome
        self.types = types if types is not None else [type_of(v) for v in outcome]
        # Let strands the entry woke run a little, so what they print right
        # away comes with the entry's output.
        self.background(SETTLE_SECONDS)
        return None

    def background(self, limit: float | None = None) -> float | None:
        """Run strands left from earlier entries (between entries), for at
        most `limit` seconds; returns how long until one wakes (None: no
        strand will run unless something new happens)."""
        timer = threading.Timer(limit, self.scheduler.ask_for_control) if limit else None
        if timer is not None:
            timer.start()
        try:
            wait = self.scheduler.run_background(self.report)
        finally:
            if timer is not None:
                timer.cancel()
        self.flush()
        return wait

    def report(self, message: str) -> None:
        """A background strand's failure, shown to the user."""
        self.flush()
        if self.reporter is not None:
            self.reporter(message)
            return
        print(f"error: {message}", file=sys.stderr, flush=True)

    # --- the stack ------------------------------------------------------------------------

    def output_ended_midline(self) -> bool:
        """Whether what the last entry printed did not end with a newline."""
        return self.last_byte.value != 10

    def stack(self) -> list[Shown]:
        return [show(v, t) for v, t in zip(self.values, self.types, strict=True)]

    def _remember(self) -> None:
        """Keep the current stack (and its references) for :undo."""
        self.history.append((self.values, self.types))
        if len(self.history) > HISTORY:
            old, _ = self.history.pop(0)
            for value in old:
                self.decref(value)

    def undo(self) -> bool:
        """Put the stack back as it was before the last entry changed it."""
        if not self.history:
            return False
        for value in self.values:
            self.decref(value)
        self.values, self.types = self.history.pop()
        return True

    def clear(self) -> None:
        self._remember()
        self.values, self.types = [], []


def optimisation(program: CheckedProgram, words: list[str], unit: ProgramCompiler) -> Optimise:
    """How much optimising a REPL unit compiling `words` is worth. Loops
    (recursive words, quotations a combinator may run again and again) get
    the whole optimiser; straight-line words a light one; an entry's
    straight-line code with only constants none (the optimiser leaks in
    llvmlite, and no caller could run such code again)."""
    if unit.quotations or any(program.calls.recursive(w) for w in words):
        return Optimise.FULL
    return Optimise.LIGHT if words else Optimise.NONE
