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
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import alarms
from ..codegen.linking import Linked, Plan, plan_entry
from ..codegen.probe import WordProbe
from ..codegen.program import ProgramCompiler
from ..codegen.words import NativeWord
from ..diagnostics import SeqError, Source
from ..ffi.registry import Manifests
from ..runtime.bindings import bind, global_word
from ..runtime.status import STRAND
from ..runtime.unwind import INTERRUPTED  # the runtime error of an entry stopped by Ctrl-C
from ..runtime.worker import worker_words
from ..syntax import ast
from ..syntax.cell import parse_cell
from ..types.program import CheckedProgram, check_entry, extend
from ..types.terms import Type
from .engine import Engine, Optimise
from .observe import Snapshot, explain_deadlock, snapshot
from .profile import probed_words
from .scheduler import Failed, Failure, Scheduler
from .values import Shown, show, type_of

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

STACK_SLOTS = 1 << 20
HISTORY = 100  # entries :undo can step back over
SETTLE_SECONDS = 0.05  # how long strands woken by an entry run before it returns


@dataclass
class EntryResult:
    errors: list[SeqError] = field(default_factory=list)
    defined: list[str] = field(default_factory=list)
    redefined: list[str] = field(default_factory=list)
    run_seconds: float = 0.0  # how long its code ran (the rest was parsing, checking, compiling)
    name: str | None = None  # the entry's source name (`<entry 7>`), once it ran

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
        self.run_seconds = 0.0  # how long the last entry's code ran
        # Where a background strand's failure goes (a notebook routes it to a
        # cell); None: stderr.
        self.reporter: Callable[[str], None] | None = None
        self.deadlock: Snapshot | None = None  # the strands of the last entry that deadlocked
        self.buffer = (ctypes.c_int64 * STACK_SLOTS)()
        self.incref = bind(engine, "seq_rt_incref")
        self.decref = bind(engine, "seq_rt_decref")
        self.flush = bind(engine, "seq_rt_flush")
        self.interrupt_flag = global_word(engine, "seq_interrupt_flag")
        self.interrupt_passed = global_word(engine, "seq_interrupt_passed")
        self.stack_guards = worker_words(engine, "guard", ctypes.c_uint64)
        self.last_byte = global_word(engine, "seq_out_last_byte")

    def interrupt(self) -> None:
        """Stop the running entry at its next poll (safe from any thread)."""
        self.interrupt_passed.value = 0
        self.interrupt_flag.value = 1
        for guard in self.stack_guards:  # every poll, on every worker, now asks for attention
            guard.value = 2**64 - 1

    # --- entries ----------------------------------------------------------------------

    def eval(self, text: str, name: str | None = None, base_dir: Path | None = None,
             entry: Entry | None = None, modules: list[ast.Module] | None = None,
             probe: WordProbe | None = None) -> EntryResult:
        """Run one entry; `entry` is its interrupt (Session.eval makes it
        before handing the entry to the engine thread); `modules` are
        definitions it brings besides its text's (an FFI manifest's words).
        With `probe` (the profiler: live/profile.py) the entry may only run
        code, and runs it through probed copies of the words it reaches;
        the words the world compiled stay as they were."""
        number = next(self.counter)
        source = Source(name or f"<entry {number}>", text)
        resolver = self.resolver
        included = (set(resolver.files), set(resolver.std), set(resolver.ffi_libraries))
        try:
            result = self._eval(source, number, base_dir or Path.cwd(), entry or Entry(self),
                                modules or [], probe)
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
              extra: list[ast.Module], probe: WordProbe | None) -> EntryResult:
        with entry:
            cell = parse_cell(source)
            modules = [cell.module, *extra, *self.resolver.expand(cell.module, base_dir)]
            program = extend(self.program, modules)
            if not program.ok:
                return EntryResult(program.errors)
            checked = check_entry(program, cell.code, self.types)
            suffix = f"~{number}"
            plan = plan_entry(program, self.linked, self.natives, suffix)
            if probe is None:
                compiler = ProgramCompiler(program, f"seq_entry_{number}", only=plan.compile,
                                           suffix=suffix, linked=self.linked, natives=plan.natives)
            else:
                # Probed copies of the words the code reaches, under symbols of
                # their own: the world's words and slots stay as they were.
                compiler = ProgramCompiler(program, f"seq_entry_{number}",
                                           only=probed_words(cell, program, checked),
                                           suffix=f"~p{number}", linked=self.linked,
                                           natives=plan.natives, probe=probe)
            compiler.compile_words()
            for slot, function in plan.new_slots if probe is None else ():
                compiler.define_slot(slot, function)
            symbol = f"seq.entry.{number}"
            compiler.compile_entry(symbol, checked.code, checked.typing)
            ir = compiler.finish()
        if compiler.errors:
            return EntryResult(compiler.errors)
        if entry.interrupted:  # before LLVM's part, which no interrupt reaches
            raise EntryInterrupted
        if plan.compile or compiler.quotations or compiler.strings or compiler.closures or probe:
            # Words, quotations and constant objects outlive the entry: its
            # code stays. A probe's counters are read after the run: its code
            # stays too, optimised as the words it copies would be.
            optimise = Optimise.FULL if probe else optimisation(program, plan.compile, compiler)
            self.scheduler.code.load(self.engine, ir, compiler.debug.sites, optimise)
            restore = self._point_slots(plan)
            error = self._run(self.engine.address(symbol), checked.types, entry)
            if error is not None:
                restore()
        else:
            # Nothing will reference this code once it has run.
            with self.engine.load_once(ir) as code:
                self.scheduler.code.add(code.key, self.engine.take_object(code.key),
                                        compiler.debug.sites, code.address)
                try:
                    error = self._run(code.address(symbol), checked.types, entry)
                finally:
                    self.scheduler.code.remove(code.key)
        if error is not None:
            return EntryResult([error], run_seconds=self.run_seconds)
        self.program = program
        if probe is None:
            self.linked, self.natives = plan.linked, plan.natives
        return EntryResult([], program.defined, program.redefined, self.run_seconds,
                           source.name)

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
        started = time.perf_counter()
        try:
            outcome = self.run_on(code, self.values, entry)
        finally:
            self.run_seconds = time.perf_counter() - started
        if isinstance(outcome, SeqError):
            return outcome
        self.adopt(outcome, types if types is not None else [type_of(v) for v in outcome])
        # Let strands the entry woke run a little, so what they print right
        # away comes with the entry's output.
        self.background(SETTLE_SECONDS)
        return None

    def run_on(self, code: int, values: list[int], entry: Entry) -> list[int] | SeqError:
        """Run the word function at `code` as a strand starting on a copy of
        `values` (borrowed); the values it leaves (now the caller's), or its
        error, after which it and every strand it spawned are ended. The
        world's own stack is not touched (the stepper runs words this way)."""
        for i, value in enumerate(values):
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
                                       base + 8 * len(values))
        except Failed as failed:
            return failed.failure.error()
        # The entry's strand owns itself (strand ids are unique in a session,
        # entry numbers not: each world counts its own); it has not run yet,
        # so every strand it spawns inherits this.
        owner = int(STRAND.read(strand, "id"))
        STRAND.write(strand, "owner", owner)
        outcome = scheduler.run_entry(strand, self.report)
        self.flush()
        if isinstance(outcome, Failure):
            if outcome.message.startswith("deadlock"):
                # Taken before its strands end: a notebook draws it (seqkernel/console.py).
                self.deadlock = snapshot(self.engine, scheduler)
                explained = "\n".join([outcome.message, *explain_deadlock(self.deadlock)])
                outcome = replace(outcome, message=explained)
            scheduler.kill_owned(owner)
            return outcome.error()
        return outcome

    def background(self, limit: float | None = None) -> float | None:
        """Run strands left from earlier entries (between entries), for at
        most `limit` seconds; returns how long until one wakes (None: no
        strand will run unless something new happens; with a limit that
        cannot be kept, no strand runs now: they run when the engine thread
        is idle, which a new entry interrupts)."""
        try:
            alarm = alarms.after(limit, self.scheduler.ask_for_control) if limit else None
        except alarms.NoAlarms:
            return None
        try:
            wait = self.scheduler.run_background(self.report)
        finally:
            if alarm is not None:
                alarm.cancel()
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

    def adopt(self, values: list[int], types: list[Type]) -> None:
        """Make `values` (their references handed over) the stack; the old
        one is kept for :undo."""
        self._remember()
        self.values, self.types = values, types

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
