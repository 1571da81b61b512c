"""The JIT: one llvmlite MCJIT that owns every piece of compiled code.

Modules are added one at a time (a definition, a cell) and their symbols
resolve across modules, so a later module can call a word compiled earlier.
Compiled objects are cached on disk, keyed by the module's IR before
optimisation plus the target, so compiling an unchanged module again skips
both LLVM's optimiser and its code generator. An object is checked before
LLVM sees it (seqjit.cache): LLVM aborts the process on a malformed one.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import llvmlite
import llvmlite.binding as llvm

from ..cache import CHECKED, cache_root, prune, read_entry, write_entry

OPT_LEVEL = 2


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
        target = llvm.Target.from_default_triple()
        self.target_machine = target.create_target_machine(
            cpu=llvm.get_host_cpu_name(),
            features=llvm.get_host_cpu_features().flatten(),
            opt=OPT_LEVEL,
            codemodel="jitdefault",
        )
        prune()  # at most once a day
        self.engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), self.target_machine)
        self.engine.set_object_cache(self._store_object, self._load_object)
        target_id = f"{llvm.get_default_triple()}-{llvm.get_host_cpu_name()}-{llvmlite.__version__}"
        self.cache_dir = (cache_dir or default_cache_dir()) / target_id
        self.cache_hits = 0
        self.keys: set[str] = set()  # cache keys of the modules added
        self.cached: dict[str, bytes] = {}  # checked objects, until LLVM asks for them
        self.modules: list[llvm.ModuleRef] = []

    def add_ir(self, ir: str) -> str:
        """Compile `ir` into the process; returns the module's cache key."""
        key = hashlib.sha256(ir.encode()).hexdigest()
        module = llvm.parse_assembly(ir)
        module.verify()
        module.name = key
        self.keys.add(key)
        cached = read_entry(self._cached_path(key))
        if cached is None:
            self._optimise(module)
        else:
            self.cached[key] = cached
        self.engine.add_module(module)
        try:
            self.engine.finalize_object()
        finally:
            self.cached.pop(key, None)
        self.modules.append(module)
        return key

    def address(self, symbol: str) -> int:
        """The address of a compiled function or global; 0 if there is none."""
        return self.engine.get_function_address(symbol) or self.engine.get_global_value_address(
            symbol
        )

    def optimised_ir(self, ir: str) -> str:
        """The IR as the optimiser leaves it (for `:ir`)."""
        module = llvm.parse_assembly(ir)
        self._optimise(module)
        return str(module)

    def assembly(self, ir: str) -> str:
        """Native assembly for `ir` (for `:asm`)."""
        module = llvm.parse_assembly(ir)
        self._optimise(module)
        return self.target_machine.emit_assembly(module)

    def _optimise(self, module: llvm.ModuleRef) -> None:
        tuning = llvm.create_pipeline_tuning_options(speed_level=OPT_LEVEL)
        builder = llvm.create_pass_builder(self.target_machine, tuning)
        builder.getModulePassManager().run(module, builder)

    def _cached_path(self, key: str) -> Path:
        return self.cache_dir / f"{key}.{CHECKED}.o"

    def _store_object(self, module: llvm.ModuleRef, buffer: bytes) -> None:
        if module.name in self.keys:  # not the engine's empty backing module
            write_entry(self._cached_path(module.name), buffer)

    def _load_object(self, module: llvm.ModuleRef) -> bytes | None:
        data = self.cached.pop(module.name, None)
        if data is not None:
            self.cache_hits += 1
        return data
