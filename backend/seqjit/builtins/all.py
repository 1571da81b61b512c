"""Every family of builtins, found by walking this package: importing this
module imports each family's `ops` and `runtime` modules (whichever it has),
which declares its builtins, and fills `OPS` (and `NATIVE_OPS`) with an
emitter for each. A declared builtin without an emitter fails here, at import."""

from importlib import import_module
from importlib.util import find_spec
from pkgutil import iter_modules

from . import __path__ as _package_path
from .registry import BORROWS, COPIES, DECLARED, NATIVE_OPS, OPS, check_complete

FAMILIES = sorted(info.name for info in iter_modules(_package_path) if info.ispkg)
PARTS = ("ops", "runtime")  # the modules of a family that declare builtins

for _family in FAMILIES:
    for _part in PARTS:
        _name = f"{__package__}.{_family}.{_part}"
        if find_spec(_name) is not None:
            import_module(_name)
check_complete()
# A module imported before this one (a test or a lazy import reaching it
# directly) declared its builtins early: every listing (and the checker's
# cached specs) shows them by family, then by declaring module, then in
# declaration order, whatever imported first.
_in_order = sorted(DECLARED.values(), key=lambda builtin: (
    FAMILIES.index(builtin.family), builtin.where.split(":")[0]))
DECLARED.clear()
DECLARED.update((builtin.name, builtin) for builtin in _in_order)

__all__ = ["BORROWS", "COPIES", "DECLARED", "FAMILIES", "NATIVE_OPS", "OPS"]
