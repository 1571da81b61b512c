"""Host services: Python functions JIT code calls through `seq_host_NAME`
slots in the runtime module. For work off the hot path only (formatting
floats, reporting a panic, later regex, crypto...).

Python must never run on a strand's stack (newer CPythons check the C stack
pointer): once strands exist, these are reached through the scheduler.
"""

from __future__ import annotations

import ctypes
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .bindings import Symbols, bind, global_word
from .interface import declare_service

T = TypeVar("T")


@dataclass
class Service:
    name: str
    prototype: Any  # a ctypes CFUNCTYPE type
    make: Callable[[HostContext], Callable]


SERVICES: list[Service] = []


def register_service(
    name: str, restype: Any, argtypes: list[Any], make: Callable[[HostContext], Callable]
) -> None:
    """Declare host service `name`: IR calls it through the slot
    `seq_host_NAME` with this C prototype; `make(host)` gives the Python
    function, once per process."""
    prototype = ctypes.CFUNCTYPE(restype, *argtypes)
    SERVICES.append(Service(name, prototype, make))
    declare_service(name, prototype)


def service(name: str, restype: Any, *argtypes: Any):
    """Decorator form of `register_service` for a function `make(host)`."""

    def register(make: Callable[[HostContext], Callable]) -> Callable[[HostContext], Callable]:
        register_service(name, restype, list(argtypes), make)
        return make

    return register


class HostContext:
    """What services need from the process: the engine, to call back into
    the runtime (e.g. to allocate a String)."""

    def __init__(self, engine: Symbols) -> None:
        self.engine = engine
        self.new_string = bind(engine, "seq_rt_string")
        self.callbacks: list[object] = []  # kept alive as long as the engine
        # Runs long C work where Ctrl-C reaches it, raising SeqPanic
        # ("interrupted") then; the Session sets it (live/session.py).
        self.interruptible: Callable[[Callable[[], Any]], Any] = lambda work: work()
        self.states: dict[type, object] = {}

    def state(self, kind: type[T], make: Callable[[], T]) -> T:
        """The one `kind` object a family keeps for this process (open line
        readers, signal handlers, the test context...), made on first use."""
        found = self.states.get(kind)
        if not isinstance(found, kind):
            found = self.states[kind] = make()
        return found

    def string(self, data: bytes) -> int:
        return self.new_string(data, len(data))

    def set_args(self, argv: list[str]) -> None:
        """What args.count / args.at see; the strings live for the process."""
        values = (ctypes.c_int64 * max(1, len(argv)))(*(self.string(a.encode()) for a in argv))
        self.callbacks.append(values)
        global_word(self.engine, "seq_argc").value = len(argv)
        global_word(self.engine, "seq_argv").value = ctypes.addressof(values)

    def install(self) -> None:
        """Bind every service registered (live/hostservices.py binds them
        when first called instead)."""
        self.set_region_budget()
        for svc in SERVICES:
            slot = self.engine.address(f"seq_host_{svc.name}")
            if slot:  # else no IR calls this service
                self.set_slot(slot, svc.prototype(svc.make(self)))

    def set_region_budget(self) -> None:
        global_word(self.engine, "seq_region_budget").value = region_budget()

    def set_slot(self, slot: int, callback: Any) -> None:
        """Point the service slot at `slot` at `callback` (a ctypes
        function), kept alive as long as the engine."""
        self.callbacks.append(callback)
        ctypes.c_void_p.from_address(slot).value = ctypes.cast(callback, ctypes.c_void_p).value


MAPS_PER_REGION = 4  # a strand's region, split by its guard pages (runtime/strands.py)
HOST_MAPS = 8192  # of the mappings free at start, at most this many kept for the host


def region_budget() -> int:
    """How many strand regions the runtime may map: what the process's
    budget of memory mappings (vm.max_map_count) leaves once the host's
    reserve (Python's arenas, LLVM's code, libc) is set aside, so that
    running out of regions stays the failure of a strand and never
    becomes the host's. -1 (no budget) where Linux's files are missing."""
    try:
        with open("/proc/sys/vm/max_map_count") as limit, open("/proc/self/maps") as maps:
            free = int(limit.read()) - sum(1 for _ in maps)
    except (OSError, ValueError):
        return -1
    return max(0, free - min(free // 4, HOST_MAPS)) // MAPS_PER_REGION


def format_float(x: float) -> str:
    """A Float as the reference prints it: shortest round-trip digits, never
    an exponent, `NaN`, `inf`, `-inf`."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    text = repr(x)
    if "e" not in text and "E" not in text:
        return text[:-2] if text.endswith(".0") else text
    mantissa, exponent = text.split("e")
    sign = "-" if mantissa.startswith("-") else ""
    digits = mantissa.lstrip("-").replace(".", "")
    point = len(mantissa.lstrip("-").split(".")[0]) + int(exponent)
    if point <= 0:
        return f"{sign}0.{'0' * -point}{digits.rstrip('0') or '0'}"
    if point >= len(digits):
        return f"{sign}{digits}{'0' * (point - len(digits))}"
    return f"{sign}{digits[:point]}.{digits[point:]}"


@service("float_to_string", ctypes.c_int64, ctypes.c_double)
def _float_to_string(host: HostContext) -> Callable[[float], int]:
    return lambda x: host.string(format_float(x).encode())


@service("panic", None, ctypes.c_char_p)
def _panic(host: HostContext) -> Callable[[bytes], None]:
    def panic(message: bytes) -> None:
        # Script mode: report and end the process as the reference does.
        sys.stdout.flush()
        sys.stderr.write(f"error: {message.decode(errors='replace')}\n")
        sys.stderr.flush()
        os._exit(1)

    return panic
