"""The runtime module, assembled from its parts. A new family of runtime
functions adds its module (which defines `emit(rt)`) to MODULES, after the
families it uses."""

from __future__ import annotations

from importlib import import_module

from .core import RuntimeBuilder

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
    "testing",
]


def runtime_ir() -> str:
    rt = RuntimeBuilder()
    for name in MODULES:
        import_module(f"{__package__}.{name}").emit(rt)
    return rt.text()
