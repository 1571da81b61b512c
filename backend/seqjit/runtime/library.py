"""The runtime module, assembled from its parts. A new family of runtime
functions adds its module to MODULES, after the families it uses: importing
it registers its functions, globals and module assembly (runtime/irkit.py);
a module not yet written that way defines `emit(rt)` instead."""

from __future__ import annotations

import hashlib
import os
from importlib import import_module
from pathlib import Path

import llvmlite

from .irkit import ASSEMBLY, declare_registered, define_registered

# In emission order: a module after those whose functions it calls.
MODULES = [
    "seqjit.runtime.core",
    "seqjit.builtins.strings.runtime",
    "seqjit.builtins.process.runtime",
    "seqjit.builtins.collections.runtime",
    "seqjit.builtins.control.runtime",
    "seqjit.runtime.unwind",
    "seqjit.runtime.context",
    "seqjit.runtime.waitq",
    "seqjit.runtime.strands",
    "seqjit.runtime.iowait",
    "seqjit.runtime.channels",
    "seqjit.runtime.weaves",
    "seqjit.runtime.protected",
    "seqjit.runtime.faults",
    "seqjit.builtins.testing.runtime",
    "seqjit.builtins.regex.runtime",
    "seqjit.builtins.son.runtime",
    "seqjit.builtins.crypto.runtime",
    "seqjit.builtins.compress.runtime",
    "seqjit.builtins.system.runtime",
    "seqjit.builtins.files.runtime",
    "seqjit.builtins.signals.runtime",
    "seqjit.builtins.terminal.runtime",
    "seqjit.builtins.net.runtime",
]


def runtime_ir() -> str:
    """The runtime's IR. Building it takes Python a while, so it is kept in
    the cache directory, keyed by the source that builds it."""
    from ..live.engine import default_cache_dir

    path = default_cache_dir().parent / f"runtime-{_source_key()}.ll"
    for name in MODULES:  # their host services register on import
        import_module(name)
    try:
        return path.read_text()
    except OSError:
        pass
    text = build_runtime_ir()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text)
        tmp.replace(path)
    except OSError:
        pass  # no cache: only slower
    return text


def build_runtime_ir() -> str:
    from .core import RuntimeBuilder

    rt = RuntimeBuilder()
    modules = [import_module(name) for name in MODULES]
    declare_registered(rt.module)
    for source in ASSEMBLY:
        rt.asm.extend(source().strip().splitlines())
    for module in modules:  # those not yet written as registered functions
        if hasattr(module, "emit"):
            module.emit(rt)
    define_registered(rt.module)
    return rt.text()


def _source_key() -> str:
    digest = hashlib.sha256(llvmlite.__version__.encode())
    package = Path(__file__).parent.parent
    for source in sorted([*package.glob("runtime/*.py"), *package.glob("builtins/**/*.py")]):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:24]
