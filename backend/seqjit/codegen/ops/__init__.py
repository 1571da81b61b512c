"""Builtin emitters, one module per family; importing this package fills
`OPS`. A family adding runtime functions also adds its module to
`seqjit.runtime.library.MODULES`."""

from . import core, process, variants  # noqa: F401  (each registers its builtins)
from .registry import NATIVE_OPS, OPS, op

__all__ = ["NATIVE_OPS", "OPS", "op"]
