"""The runtime module, assembled from its parts. A new family of runtime
functions adds its module (which defines `emit(rt)`) to MODULES, after the
families it uses."""

from __future__ import annotations

import hashlib
import os
from importlib import import_module
from pathlib import Path

import llvmlite

# One module a line, so families can be added independently.
MODULES = [
    "core",
    "strings",
    "process",
    "collections",
    "control",
    "unwind",
    "strands",
    "channels",
    "weaves",
    "protected",
    "faults",
    "testing",
    "regex",
    "son",
    "crypto",
    "compress",
    "system",
    "files",
    "signals",
    "terminal",
    "net",
]


def runtime_ir() -> str:
    """The runtime's IR. Building it takes Python a while, so it is kept in
    the cache directory, keyed by the source that builds it."""
    from ..engine import default_cache_dir

    path = default_cache_dir().parent / f"runtime-{_source_key()}.ll"
    for name in MODULES:  # their host services register on import
        import_module(f"{__package__}.{name}")
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
    for name in MODULES:
        import_module(f"{__package__}.{name}").emit(rt)
    return rt.text()


def _source_key() -> str:
    digest = hashlib.sha256(llvmlite.__version__.encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:24]
