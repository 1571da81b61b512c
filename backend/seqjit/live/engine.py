"""The JIT: one llvmlite MCJIT that owns every piece of compiled code.

Modules are added one at a time (a definition, a cell) and their symbols
resolve across modules, so a later module can call a word compiled earlier.
Once a module is compiled its IR is dropped: the engine keeps only the
machine code and the symbol table.

Code that runs once and is never referenced again (a REPL entry that
defines nothing and makes no quotation or constant) is compiled into an
engine of its own instead (`load_once`), dropped with its machine code once
the entry has run: the main engine never frees code, so 10,000 such entries
would otherwise cost 10,000 modules' worth of memory.
Compiled objects are cached on disk, keyed by the module's IR before
optimisation plus the target, so compiling an unchanged module again skips
both LLVM's optimiser and its code generator. An object is checked before
LLVM sees it (seqjit.cache): LLVM aborts the process on a malformed one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from types import TracebackType

import llvmlite
import llvmlite.binding as llvm

from ..cache import CHECKED, cache_root, prune, read_entry, write_entry

OPT_LEVEL = 2


class Optimise(Enum):
    """How much of LLVM's optimiser a module gets. Each run of llvmlite's
    optimiser leaves memory behind, about 1.5 KiB for every pass it builds
    (60 KiB for the -O2 pipeline), so code that gains little from it gets
    less: a REPL word without loops gets `LIGHT` (about 3.5 KiB)."""

    NONE = "none"  # straight-line code run once
    LIGHT = "light"  # inlining of always-inline helpers, instcombine, simplifycfg
    FULL = "full"  # LLVM's -O2 pipeline


def default_cache_dir() -> Path:
    return cache_root() / "objects"


class Engine:
    """Compiles LLVM IR modules into the running process."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        # Module-level assembly (the context switch) needs the asm parser;
        # without it LLVM aborts the process.
        llvm.initialize_native_asmparser()
        self.target = llvm.Target.from_default_triple()
        self.cpu = llvm.get_host_cpu_name()
        self.features = llvm.get_host_cpu_features().flatten()
        self.target_machine = self._new_target_machine(OPT_LEVEL)
        prune()  # at most once a day
        self.engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), self.target_machine)
        self.engine.set_object_cache(self._store_object, self._load_object)
        target_id = f"{llvm.get_default_triple()}-{llvm.get_host_cpu_name()}-{llvmlite.__version__}"
        self.cache_dir = (cache_dir or default_cache_dir()) / target_id
        self.cache_hits = 0
        self.keys: set[str] = set()  # cache keys of the modules added
        self.cached: dict[str, bytes] = {}  # checked objects, until LLVM asks for them
        # Each module's object (new or from the cache), until taken: what a
        # backtrace reads its line table from (live/backtrace.py).
        self.objects: dict[str, bytes] = {}
        self.light_builder: llvm.PassBuilder | None = None

    def _new_target_machine(self, opt: int) -> llvm.TargetMachine:
        return self.target.create_target_machine(
            cpu=self.cpu, features=self.features, opt=opt, codemodel="jitdefault"
        )

    def add_ir(self, ir: str, optimise: Optimise = Optimise.FULL) -> str:
        """Compile `ir` into the process for good, optimised as `optimise`
        says; returns the module's cache key."""
        prefix = b"" if optimise is Optimise.FULL else optimise.value.encode() + b"\0"
        key = hashlib.sha256(prefix + ir.encode()).hexdigest()
        if not self.add_cached(key):
            self._add(key, ir, None, optimise)
        return key

    def add_cached(self, key: str) -> bool:
        """Load the object cached for the module `key` (an `add_ir` key) into
        the process for good; False when the cache has no such object."""
        cached = read_entry(self._cached_path(key))
        if cached is None:
            return False
        self._add(key, "", cached, Optimise.FULL)
        return True

    def add_keyed(self, key: str, make_ir: Callable[[], str]) -> str:
        """Compile the module `make_ir()` gives, known by `key` (which must
        change whenever it would): when its object is cached, the IR is
        neither made nor parsed (the runtime, at every start). Returns the
        module's cache key."""
        key = f"{key}-O{OPT_LEVEL}"
        cached = read_entry(self._cached_path(key))
        self._add(key, "" if cached is not None else make_ir(), cached, Optimise.FULL)
        return key

    def _add(self, key: str, ir: str, cached: bytes | None, optimise: Optimise) -> None:
        """Compile `ir`, or load `cached` (then `ir` is empty: MCJIT asks the
        object cache for a module by name and loads what it gets)."""
        # A context of its own, dropped with the module: what LLVM interns
        # while parsing (constants, names) would otherwise stay for good.
        context = llvm.create_context()
        module = llvm.parse_assembly(ir, context)
        module.verify()
        module.name = key
        self.keys.add(key)
        if cached is None:
            self._optimise(module, optimise)
        else:
            self.cached[key] = cached
        self.engine.add_module(module)
        try:
            self.engine.finalize_object()
        finally:
            self.cached.pop(key, None)
        # Symbols resolve through the loaded objects' table, so the IR (as
        # big again as the code) is not needed once it is compiled.
        self.engine.remove_module(module)
        module.close()
        context.close()

    def load_once(self, ir: str) -> Transient:
        """Compile `ir` into an engine of its own, resolving what it declares
        against this one; closing it frees its code. For code nothing will
        reference once it has run: no quotation, no constant object."""
        key = hashlib.sha256(b"once\0" + ir.encode()).hexdigest()
        context = llvm.create_context()
        module = llvm.parse_assembly(ir, context)
        module.verify()
        module.name = key
        # Straight-line code run once: the fastest code generator does.
        engine = llvm.create_mcjit_compiler(module, self._new_target_machine(0))
        engine.set_object_cache(self._store_object, self._load_object)
        for value in [*module.functions, *module.global_variables]:
            if value.is_declaration and not value.name.startswith("llvm."):
                address = self.address(value.name)
                if address:  # else the process's own (libc), as in this engine
                    engine.add_global_mapping(value, address)
        self.keys.add(key)
        cached = read_entry(self._cached_path(key))
        if cached is not None:
            self.cached[key] = cached
        try:
            engine.finalize_object()
        finally:
            self.keys.discard(key)  # the set would grow by one key per entry
            self.cached.pop(key, None)
        return Transient(engine, context, key)

    def address(self, symbol: str) -> int:
        """The address of a compiled function or global; 0 if there is none."""
        return self.engine.get_function_address(symbol) or self.engine.get_global_value_address(
            symbol
        )

    def optimised_ir(self, ir: str, optimise: Optimise = Optimise.FULL) -> str:
        """The IR as the optimiser leaves it (for `:ir`)."""
        module = llvm.parse_assembly(ir)
        self._optimise(module, optimise)
        return str(module)

    def assembly(self, ir: str, optimise: Optimise = Optimise.FULL) -> str:
        """Native assembly for `ir` (for `:asm`)."""
        module = llvm.parse_assembly(ir)
        self._optimise(module, optimise)
        return self.target_machine.emit_assembly(module)

    def _optimise(self, module: llvm.ModuleRef, optimise: Optimise) -> None:
        if optimise is Optimise.FULL:
            tuning = llvm.create_pipeline_tuning_options(speed_level=OPT_LEVEL)
            builder = llvm.create_pass_builder(self.target_machine, tuning)
            builder.getModulePassManager().run(module, builder)
            return
        if optimise is Optimise.NONE:
            return
        passes = llvm.create_new_module_pass_manager()
        passes.add_always_inliner_pass()
        passes.add_instruction_combine_pass()
        passes.add_simplify_cfg_pass()
        if self.light_builder is None:  # one for the engine: each leaves memory behind
            tuning = llvm.create_pipeline_tuning_options(speed_level=OPT_LEVEL)
            self.light_builder = llvm.create_pass_builder(self.target_machine, tuning)
        passes.run(module, self.light_builder)

    def _cached_path(self, key: str) -> Path:
        return self.cache_dir / f"{key}.{CHECKED}.o"

    def take_object(self, key: str) -> bytes | None:
        """The object the module `key` was compiled to (once)."""
        return self.objects.pop(key, None)

    def _store_object(self, module: llvm.ModuleRef, buffer: bytes) -> None:
        if module.name in self.keys:  # not the engine's empty backing module
            write_entry(self._cached_path(module.name), buffer)
            self.objects[module.name] = buffer

    def _load_object(self, module: llvm.ModuleRef) -> bytes | None:
        data = self.cached.pop(module.name, None)
        if data is not None:
            self.cache_hits += 1
            self.objects[module.name] = data
        return data


class Transient:
    """Code compiled by `Engine.load_once`, alive until closed."""

    def __init__(self, engine: llvm.ExecutionEngine, context: llvm.ContextRef, key: str) -> None:
        self.engine = engine
        self.context = context
        self.key = key

    def address(self, symbol: str) -> int:
        return self.engine.get_function_address(symbol)

    def close(self) -> None:
        self.engine.close()  # and the module it owns
        self.context.close()

    def __enter__(self) -> Transient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
