"""Builtin emitters, one module per family; importing this package fills
`OPS`. A family adding runtime functions also adds its module to
`seqjit.runtime.library.MODULES`."""

from importlib import import_module

from .registry import NATIVE_OPS, OPS, op

# One family a line, so families can be added independently.
FAMILIES = [
    "core",
    "math",
    "control",
    "concurrency",
    "process",
    "variants",
    "strings",
    "collections",
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

for _family in FAMILIES:
    import_module(f"{__name__}.{_family}")

__all__ = ["NATIVE_OPS", "OPS", "op"]
