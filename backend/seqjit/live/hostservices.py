"""Host services bound when first called, so that a start whose runtime is
cached imports no builtin family's runtime module.

A host service (runtime/host.py) is registered when the module declaring it
is imported, so binding every service at start (`HostContext.install`) meant
importing every part of the runtime (`runtime.library.import_parts`), the
biggest share of a kept script's start, though most programs call none of
them. The services are the same for every start of one runtime (its key says
what it is made from), so a start that imports the parts writes a table of
them under that key: each service's name, the module declaring it and its C
prototype. A start that finds the table points each service's slot at a stub
of that prototype which, on its first call, imports the declaring module,
binds the service for good (the slot points at it from then on) and passes
the call on.
"""

from __future__ import annotations

import ctypes
import json
from collections.abc import Callable
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import Any

from ..cache import CHECKED, cache_root, read_entry, write_entry
from ..runtime.host import SERVICES, HostContext, Service

Row = tuple[str, str, Any]  # a service's name, its declaring module, its ctypes prototype


def table_path(runtime_key: str) -> Path:
    return cache_root() / "services" / f"{runtime_key}.{CHECKED}.json"


def declaring_module(make: Callable[[HostContext], Callable]) -> str:
    """The module whose import registers the service `make` makes: where it
    is written; for a host op (a partial over the op), where its Python
    function is (builtins/hostops.py's `host_builtin` decorates it there)."""
    if isinstance(make, partial):
        return make.keywords["op"].impl.__module__
    return make.__module__


def _ctype_name(kind: Any) -> str | None:
    return None if kind is None else kind.__name__


def save(host: HostContext, runtime_key: str) -> None:
    """Write the table of the services whose slot is in `host`'s runtime
    (every part imported)."""
    rows = [[svc.name, declaring_module(svc.make), _ctype_name(svc.prototype._restype_),
             [_ctype_name(kind) for kind in svc.prototype._argtypes_]]
            for svc in SERVICES if host.engine.address(f"seq_host_{svc.name}")]
    write_entry(table_path(runtime_key), json.dumps(rows).encode())


def table(runtime_key: str) -> list[Row] | None:
    """The table written for the runtime `runtime_key`; None when there is
    none (or it is of another shape)."""
    data = read_entry(table_path(runtime_key))
    if data is None:
        return None
    try:
        return [(name, module, ctypes.CFUNCTYPE(_ctype(restype), *map(_ctype, argtypes)))
                for name, module, restype, argtypes in json.loads(data)]
    except (ValueError, TypeError, AttributeError):
        return None


def _ctype(name: str | None) -> Any:
    if name is None:
        return None
    kind = getattr(ctypes, name)
    if not isinstance(kind, type) or not issubclass(kind, ctypes._SimpleCData):
        raise TypeError(f"{name} is not a ctypes type")
    return kind


def install(host: HostContext, rows: list[Row]) -> bool:
    """Point the slot of each service of `rows` at a stub binding it on its
    first call; False (and nothing done) if a slot is missing: the table is
    not this runtime's."""
    slots = [host.engine.address(f"seq_host_{name}") for name, _, _ in rows]
    if not all(slots):
        return False
    host.set_region_budget()
    for slot, (name, module, prototype) in zip(slots, rows, strict=True):
        host.set_slot(slot, prototype(_first_call(host, slot, name, module)))
    return True


def _first_call(host: HostContext, slot: int, name: str, module: str) -> Callable:
    def bind_then_call(*args: Any) -> Any:
        svc = _registered(name, module)
        function = svc.make(host)
        host.set_slot(slot, svc.prototype(function))
        return function(*args)

    return bind_then_call


def _registered(name: str, module: str) -> Service:
    """Service `name`, its module imported if need be (every part, should it
    have moved since the table was written)."""
    for attempt in (lambda: None, lambda: import_module(module), _import_parts):
        attempt()
        for svc in SERVICES:
            if svc.name == name:
                return svc
    raise LookupError(f"host service {name} is registered by no part of the runtime")


def _import_parts() -> None:
    from ..runtime.library import import_parts

    import_parts()
