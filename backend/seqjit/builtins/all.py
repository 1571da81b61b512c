"""Every family of builtins, found by walking this package: importing this
module fills `OPS` (and `NATIVE_OPS`) with each family's emitters."""

from importlib import import_module
from pkgutil import iter_modules

from . import __path__ as _package_path
from .registry import NATIVE_OPS, OPS, op

FAMILIES = sorted(info.name for info in iter_modules(_package_path) if info.ispkg)

for _family in FAMILIES:
    import_module(f"{__package__}.{_family}.ops")

__all__ = ["FAMILIES", "NATIVE_OPS", "OPS", "op"]
