"""The runtime module, assembled from its parts. A new family of runtime
functions adds its module (which defines `emit(rt)`) to MODULES."""

from __future__ import annotations

from . import core, process, strings
from .core import RuntimeBuilder

MODULES = [core, strings, process]


def runtime_ir() -> str:
    rt = RuntimeBuilder()
    for module in MODULES:
        module.emit(rt)
    return str(rt.module)
