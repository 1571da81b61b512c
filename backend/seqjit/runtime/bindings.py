"""ctypes bindings to the compiled runtime, made from its interface
(runtime/interface.py): functions with the argument and result types of
their declared signatures, globals as ctypes objects of their declared type."""

from __future__ import annotations

import ctypes
import threading
from typing import Any, Protocol

from llvmlite import ir

from .interface import InterfaceError, global_type, signature
from .segment import point_gs_at


class Symbols(Protocol):
    """What bindings need of the JIT engine: a symbol's address (0 if none)."""

    def address(self, name: str) -> int: ...


INT_CTYPES = {1: ctypes.c_bool, 8: ctypes.c_int8, 32: ctypes.c_int32, 64: ctypes.c_int64}
_STRUCTS: dict[str, type[ctypes.Structure]] = {}


def ctype(ty: ir.Type) -> Any:
    """The ctypes type passing an LLVM value of type `ty` (None for void)."""
    if isinstance(ty, ir.VoidType):
        return None
    if isinstance(ty, ir.PointerType):
        return ctypes.c_void_p
    if isinstance(ty, ir.DoubleType):
        return ctypes.c_double
    if isinstance(ty, ir.IntType):
        return INT_CTYPES[ty.width]
    if isinstance(ty, ir.ArrayType):
        return ctype(ty.element) * ty.count
    if isinstance(ty, ir.LiteralStructType):
        key = str(ty)
        if key not in _STRUCTS:
            fields = [(f"f{i}", ctype(t)) for i, t in enumerate(ty.elements)]
            name = f"Struct{len(_STRUCTS)}"
            _STRUCTS[key] = type(name, (ctypes.Structure,), {"_fields_": fields})
        return _STRUCTS[key]
    raise InterfaceError(f"no ctypes type for {ty}")


def prototype(name: str) -> Any:
    """The ctypes function type of public runtime function `name`."""
    found = signature(name)
    if found is None:
        raise InterfaceError(f"{name} is not in the runtime's interface (runtime/interface.py)")
    ret, args = found
    return ctypes.CFUNCTYPE(ctype(ret), *(ctype(a) for a in args))


BOUND: dict[str, Any] = {}  # every binding made, by name: its ctypes function type


def bind(engine: Symbols, name: str, worker: int = 0) -> Any:
    """The compiled runtime function `name` as a callable with the argument
    and result types of its declared signature, which runs on the engine's
    worker `worker` (the host's, 0, unless said) from whichever thread calls
    it (runtime/worker.py)."""
    return OnWorker(_compiled(engine, name), _compiled(engine, "seq_rt_worker_init")(worker))


def _compiled(engine: Symbols, name: str) -> Any:
    address = engine.address(name)
    if not address:
        raise InterfaceError(f"{name} is not compiled into the engine")
    proto = BOUND.setdefault(name, prototype(name))
    return proto(address)


_thread = threading.local()  # .worker: the worker this thread's GS points at (0: none yet)


class OnWorker:
    """A compiled function called from Python: compiled code finds its
    worker through the thread's GS base (runtime/segment.py), so a thread
    points it at the engine's worker before calling, and back at the one it
    was on afterwards (a host call from Seq code that calls into another
    engine must return to its own). One test per call once attached."""

    __slots__ = ("function", "worker")

    def __init__(self, function: Any, worker: int) -> None:
        self.function = function
        self.worker = worker

    def __call__(self, *args: Any) -> Any:
        previous = getattr(_thread, "worker", 0)
        if previous == self.worker:
            return self.function(*args)
        point_gs_at(self.worker)
        _thread.worker = self.worker
        try:
            return self.function(*args)
        finally:
            if previous:
                point_gs_at(previous)
                _thread.worker = previous


def global_address(engine: Symbols, name: str) -> int:
    """The address of runtime global `name` (declared in the interface)."""
    global_type(name)
    address = engine.address(name)
    if not address:
        raise InterfaceError(f"{name} is not defined in the engine")
    return address


def global_word(engine: Symbols, name: str, as_type: Any = None) -> Any:
    """Runtime global `name` as a ctypes object over its memory (its declared
    type, or `as_type` of the same size, e.g. c_uint64 for an i64 the host
    sets to all-ones)."""
    declared = ctype(global_type(name))
    if as_type is not None and ctypes.sizeof(as_type) != ctypes.sizeof(declared):
        raise InterfaceError(f"{name} is {global_type(name)}, not {as_type.__name__}")
    return (as_type or declared).from_address(global_address(engine, name))
