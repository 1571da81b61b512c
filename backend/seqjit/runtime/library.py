"""The runtime module, assembled from its parts: the machine's modules
(`seqjit.runtime.*`) and each builtin family's `runtime.py`, found by
walking the packages. Importing a part registers its functions, globals and
module assembly (runtime/irkit.py); every function is declared before any
body is emitted, so the parts may call each other in any order."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path
from pkgutil import iter_modules

from llvmlite import ir

from ..cache import CHECKED, cache_root, read_entry, source_key, write_entry
from .irkit import ASSEMBLY, declare_registered, define_registered, with_unwind_tables
from .layout import emit_refcount_helpers
from .threads import THREADED, WORKERS

PACKAGE = Path(__file__).parent.parent  # backend/seqjit


def runtime_modules() -> list[str]:
    """The names of every module that contributes to the runtime module."""
    machine = [f"seqjit.runtime.{info.name}" for info in iter_modules([str(PACKAGE / "runtime")])]
    families = sorted(
        f"seqjit.builtins.{path.parent.name}.runtime"
        for path in (PACKAGE / "builtins").glob("*/runtime.py")
    )
    return [*machine, *families]


@cache
def import_parts() -> None:
    """Import every part, so that all the runtime's functions, externs,
    globals and host services are registered (once per process)."""
    for name in runtime_modules():
        import_module(name)


def runtime_key() -> str:
    """What the runtime module is made from: its source, and how many
    workers it is made for (runtime/threads.py: the IR loops over them)."""
    return f"runtime-{source_key()}" + (f"-{WORKERS}workers" if THREADED else "")


def runtime_ir() -> str:
    """The runtime's IR. Building it takes Python a while, so it is kept in
    the cache directory, keyed by the source that builds it (checked when
    read: a damaged copy is built again)."""
    path = cache_root() / f"{runtime_key()}.{CHECKED}.ll"
    import_parts()  # their host services register on import
    cached = read_entry(path)
    if cached is not None:
        return cached.decode()
    text = build_runtime_ir()
    write_entry(path, text.encode())
    return text


def build_runtime_ir() -> str:
    module = ir.Module("seq_runtime")
    emit_refcount_helpers(module, by_runs=True)
    import_parts()
    declare_registered(module)
    define_registered(module)
    with_unwind_tables(module)
    asm = [line for source in ASSEMBLY for line in source().strip().splitlines()]
    escaped = [line.replace("\\", "\\5C").replace('"', "\\22") for line in asm]
    # After the module (LLVM wants the target triple first).
    return str(module) + "".join(f'module asm "{line}"\n' for line in escaped)
