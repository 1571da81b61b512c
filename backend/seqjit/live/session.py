"""The one door front ends use: check and run Seq programs in this process.

A Session owns the JIT engine with the runtime loaded into it, the
scheduler that runs strands on it, and the REPL's or notebook's persistent
world (words and stack), which it hands the scheduler.

The scheduler's state (the strand registry, the ready queue, the channels,
the flags the host and the strands signal each other with) is the runtime
module's globals: it lives in this session's engine, so there is one per
Session, and it is driven from one thread at a time (the engine thread).
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .. import progress
from ..diagnostics import SeqError
from ..runtime.bindings import bind, global_word
from ..runtime.host import HostContext
from ..runtime.hostops import SeqPanic
from ..runtime.library import import_parts, runtime_ir, runtime_key
from ..runtime.unwind import INTERRUPTED
from . import hostservices, programs
from .engine import Engine
from .enginethread import EngineThread
from .observe import Snapshot, Watches, explain_deadlock, snapshot
from .scheduler import ChannelInfo, Deadlock, Failed, Scheduler, StrandInfo

if TYPE_CHECKING:  # imported where used: a script run compiles nothing when its program is kept
    from ..codegen.probe import WordProbe
    from ..ffi.model import Manifest
    from ..ffi.registry import Manifests
    from ..syntax import ast
    from .profile import Profile
    from .timeit import Timings
    from .world import Entry, EntryResult, World

T = TypeVar("T")
DATA_STACK_SLOTS = 1 << 20  # 8 MiB of address space; pages are touched only when used


@dataclass
class RunResult:
    exit_code: int
    errors: list[SeqError] = field(default_factory=list)
    profile: Profile | None = None  # with a probe: each word's calls and times
    run_ns: int = 0  # how long main ran
    final: Snapshot | None = None  # the strands, channels and totals when it ended
    reused: bool = False  # the program compiled by an earlier run (live/programs.py)


class Session:
    def __init__(self) -> None:
        self.engine = Engine()
        # Quick from the cache, where the IR is neither built nor parsed; the
        # first start builds and compiles it (seconds), saying so: the task
        # (and its timer thread) only then.
        with ExitStack() as first_start:

            def build() -> str:
                starting = first_start.enter_context(
                    progress.task("starting Seq: the runtime", total=2))
                starting.step("building its IR")
                ir = runtime_ir()
                starting.step("compiling it to machine code")
                return ir

            key = self.engine.add_keyed(runtime_key(), build)
        self.engine.take_object(key)  # no Seq code to explain
        self.host = HostContext(self.engine)
        # Each service bound when first called, when a start before this one
        # said what they are (live/hostservices.py); else every part of the
        # runtime is imported, registering them all.
        services = hostservices.table(runtime_key())
        if services is None or not hostservices.install(self.host, services):
            import_parts()
            self.host.install()
            hostservices.save(self.host, runtime_key())
        self.flush = bind(self.engine, "seq_rt_flush")
        # Large blocks a program freed are kept for its next allocations
        # (runtime/blocks.py); between entries they go back to the system.
        self.trim_spare = bind(self.engine, "seq_rt_spare_trim")
        self.scheduler = Scheduler(self.engine)
        self._ffi: Manifests | None = None

        self._world: World | None = None
        self._world_made = threading.Lock()
        self.entry: Entry | None = None  # the entry eval is waiting for
        # An interrupt from another thread (a kernel's) that came while the
        # front end was on its way to an entry: that entry starts interrupted.
        self.pending_interrupt = False
        self.thread = EngineThread()
        # A memory fault inside a strand becomes that strand's runtime error,
        # on either thread that runs Seq code (script mode runs on this one).
        install = bind(self.engine, "seq_rt_install_fault_handler")
        install()
        self.thread.call(install, lambda: None)
        self.host.interruptible = self._interruptible
        self._probes = itertools.count(1)  # each profiled run's counters have names of their own
        self.watches = Watches(self.host, self._watch_line)

    @property
    def ffi(self) -> Manifests:
        """The FFI manifests --ffi-manifest and :ffi register (made when first
        needed: a kept script's run reads none)."""
        if self._ffi is None:
            from ..ffi.registry import Manifests

            self._ffi = Manifests()
        return self._ffi

    @property
    def world(self) -> World:
        """The REPL's or notebook's persistent words and stack, made when
        first needed (a script's run needs none)."""
        with self._world_made:  # once, should a kernel's interrupt come first from its thread
            if self._world is None:
                from .world import World

                self._world = World(self.engine, self.scheduler, self.ffi)
            return self._world

    @world.setter
    def world(self, world: World) -> None:
        self._world = world

    def _interruptible(self, work: Callable[[], T]) -> T:
        """A host op's long C work (a regex match), run where Ctrl-C ends it."""
        flag = self.world.interrupt_flag
        try:
            if flag.value:
                raise KeyboardInterrupt
            return self.thread.run_on_caller(work)
        except KeyboardInterrupt:
            flag.value = 0  # taken, as compiled code takes it (runtime/unwind.py)
            raise SeqPanic(INTERRUPTED) from None

    def set_unbuffered(self, on: bool = True) -> None:
        """Write program output at once instead of at the end (for a REPL or
        notebook, so output appears as it happens)."""
        global_word(self.engine, "seq_out_unbuffered").value = int(on)

    def catch_exit(self, on: bool = True) -> None:
        """Make os.exit end only the running entry, with a runtime error
        saying it was caught (a REPL or notebook: the session lives on)."""
        global_word(self.engine, "seq_exit_caught").value = int(on)

    def _interactive(self) -> None:
        """From the first entry on, strands left running go on between
        entries (on the engine thread, when it has nothing else to do).
        Script mode and test runs never start this, so nothing drives the
        scheduler behind their back (nor holds its lock when they fork)."""
        if self.thread.idle is None:
            # The idle callback looks the world up each time: :reset replaces it.
            self.thread.wake = self.scheduler.ask_for_control
            self.thread.idle = lambda: self.world.background()

    def eval(self, text: str, name: str | None = None, base_dir: Path | None = None,
             modules: list[ast.Module] | None = None) -> EntryResult:
        """Run one REPL entry or notebook cell on the engine thread; Ctrl-C
        while it runs interrupts it (and the world stays as it was).
        `base_dir` is where its `include "path"`s are found (default: the
        working directory; a loaded file's own directory for `:load`)."""
        world = self.world
        return self.run_job(lambda entry: world.eval(text, name, base_dir, entry, modules=modules))

    def profile(self, text: str, name: str | None = None) -> tuple[EntryResult, Profile]:
        """Run code as `eval` does, through probed copies of the words it
        reaches (live/profile.py); its result and each word's figures."""
        from ..codegen.probe import WordProbe
        from .profile import read_profile

        probe = WordProbe(f"seq.profile.{next(self._probes)}")
        world = self.world
        result = self.run_job(lambda entry: world.eval(text, name, None, entry, probe=probe))
        run_ns = round(result.run_seconds * 1e9)
        return result, read_profile(self.engine, probe, self.world.program, run_ns)

    def timeit(self, text: str) -> Timings:
        """Compile code once and run it many times on copies of the stack,
        which stays as it was (live/timeit.py)."""
        from .timeit import timeit

        world = self.world
        return self.run_job(lambda entry: timeit(world, text, entry))

    def run_job(self, job: Callable[[Entry], T]) -> T:
        """Run `job` on the engine thread as the world's entry: Ctrl-C (or
        interrupt() from another thread) while it runs interrupts the Entry
        it is given (the stepper runs a `:trace` this way)."""
        from .world import Entry

        self._interactive()
        entry = Entry(self.world)
        self.entry = entry
        if self.pending_interrupt:
            entry.interrupt()

        def job_then_trim() -> T:
            try:
                return job(entry)
            finally:
                self.trim_spare()

        try:
            return self.thread.call(job_then_trim, entry.interrupt)
        finally:
            if entry.interrupted:
                self.pending_interrupt = False  # it was this entry's
            self.entry = None

    def reset(self) -> None:
        """Start again with a fresh world: no words, an empty stack (the
        REPL's `:reset`). The engine and the code compiled into it stay;
        entry numbers go on from the old world's, so the new world's
        symbols never clash with code compiled for the old one."""
        old = self.world

        def release() -> None:
            for values in [old.values, *(v for v, _ in old.history)]:
                for value in values:
                    old.decref(value)

        self.thread.call(release, old.interrupt)
        from .world import World

        self.world = World(self.engine, self.scheduler, self.ffi)
        self.world.counter = old.counter
        self.world.reporter = old.reporter

    def register_manifest(self, path: Path) -> Manifest:
        """Read the FFI manifest at `path` and load its libraries, for the
        programs this session checks and runs (--ffi-manifest). Raises SeqError."""
        from ..ffi.manifest import load_manifest

        manifest = load_manifest(path)
        self.ffi.register(manifest)
        return manifest

    def bind_manifest(self, path: Path) -> EntryResult:
        """`register_manifest`, then its words defined in the live world (:ffi)."""
        from ..ffi.registry import library_module
        from .world import EntryResult

        try:
            manifest = self.register_manifest(path)
        except SeqError as e:
            return EntryResult([e])
        modules = [library_module(manifest, lib.name) for lib in manifest.libraries]
        result = self.eval("", f"<ffi {path}>", modules=modules)
        if result.ok:
            self.world.resolver.ffi_libraries.update(lib.name for lib in manifest.libraries)
        return result

    def snapshot_here(self) -> Snapshot:
        """A snapshot, taken on the engine thread (where this runs)."""
        return snapshot(self.engine, self.scheduler)

    def snapshot(self) -> Snapshot:
        """Every strand and channel with its record, and the totals (the
        strand console: live/observe.py), taken between two runs of the
        scheduler."""
        return self.thread.call(self.snapshot_here, self.world.interrupt)

    def watch(self, ident: int, on: bool = True) -> bool:
        """Show each value sent into channel `ident` from now on (`:watch`),
        or stop; False when there is no such channel."""
        return self.thread.call(lambda: self.watches.set(self.scheduler, ident, on),
                                self.world.interrupt)

    def _watch_line(self, line: str) -> None:
        # Where the program's output goes, in its order (the engine thread).
        self.flush()
        os.write(1, f"watch: {line}\n".encode())

    def strands(self) -> list[StrandInfo]:
        """Live strands (for :strands); finished ones are in scheduler.finished()."""
        return self.thread.call(self.scheduler.strands, self.world.interrupt)

    def channels(self) -> list[ChannelInfo]:
        """Live channels (for :channels)."""
        return self.thread.call(self.scheduler.channels, self.world.interrupt)

    def kill(self, ident: int) -> bool:
        """End a strand that is not running (for :kill)."""
        return self.thread.call(lambda: self.scheduler.kill(ident), self.world.interrupt)

    def interrupt(self) -> None:
        """Stop the entry running now (from any thread: a kernel's
        interrupt); when none runs, the next one (until forget_interrupt)."""
        # Pending first: eval sets its entry, then looks at this.
        self.pending_interrupt = True
        entry = self.entry
        if entry is not None:
            entry.interrupt()
        else:
            self.world.interrupt()

    def forget_interrupt(self) -> None:
        """Drop an interrupt no entry took (a front end back at its prompt:
        the next entry is not the one it was meant for)."""
        self.pending_interrupt = False

    def run_file(self, path: Path, argv: list[str] | None = None,
                 probe: WordProbe | None = None) -> RunResult:
        """Check, compile and run `path`'s `main` with `argv` as its
        arguments (argv[0] the program); its exit code comes back. With
        `probe`, every word counts its calls and times (the result's
        `profile`)."""
        # Kept from an earlier run unless something it was made of changed
        # (live/programs.py); never with C libraries bound or a probe.
        keep = probe is None and (self._ffi is None or not self._ffi.registered)
        compiled = programs.load(path, self.engine, self.scheduler.code) if keep else None
        reused = compiled is not None
        program = None
        if compiled is None:
            from ..codegen.program import compile_program
            from ..types.sources import check_file
            from ..types.terms import INT, items

            modules: list[ast.Module] = []
            program = check_file(path, self.ffi, modules)
            if not program.ok:
                return RunResult(1, program.errors)
            main = program.words.get("main")
            if main is None:
                return RunResult(1, [SeqError("error", f"{path}: no 'main' word to run")])
            text, errors, sites = compile_program(program, probe)
            if errors:
                return RunResult(1, errors)
            key = self.scheduler.code.load(self.engine, text, sites)
            outputs, _ = items(main.effect.outputs)
            compiled = programs.Compiled(key, sites, outputs == [INT])
            if keep and not any(i.kind == "ffi" for m in modules for i in m.includes):
                programs.save(path, modules, compiled)
        self.host.set_args(argv or [str(path)])

        final: list[Snapshot] = []

        def run_main() -> int:
            # On the engine thread, like every other use of the scheduler and
            # of the output buffer.
            try:
                return self.scheduler.run_word("seq.w.main")
            except Deadlock as e:
                explained = explain_deadlock(self.snapshot_here())
                raise Deadlock(e.strands, explained) from None
            finally:
                self.flush()
                final.append(self.snapshot_here())

        started = time.perf_counter_ns()
        try:
            top = self.thread.call(run_main, lambda: None)
        except Failed as e:
            result = RunResult(1, [e.failure.error()])
        except Deadlock as e:
            result = RunResult(1, [SeqError("runtime error", str(e))])
        else:
            result = RunResult((top >> 1) & 0xFF if compiled.int_exit else 0)
        result.run_ns = time.perf_counter_ns() - started
        result.reused = reused
        result.final = final[0] if final else None
        if probe is not None and program is not None:
            from .profile import read_profile

            result.profile = read_profile(self.engine, probe, program, result.run_ns)
        return result

    def set_stack_base(self, address: int) -> None:
        """Where the data stack that code is about to run on starts (what
        `stack.dump` prints from)."""
        global_word(self.engine, "seq_stack_base").value = address
