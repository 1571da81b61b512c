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
from typing import Any

from ..builtins.strings.runtime import ENCODINGS
from ..live.engine import Engine
from .interface import bind, global_word


@dataclass
class Service:
    name: str
    prototype: Any  # a ctypes CFUNCTYPE type
    make: Callable[[HostContext], Callable]


SERVICES: list[Service] = []


def service(name: str, restype: object, *argtypes: object):
    def register(make: Callable[[HostContext], Callable]) -> Callable[[HostContext], Callable]:
        SERVICES.append(Service(name, ctypes.CFUNCTYPE(restype, *argtypes), make))
        return make

    return register


class HostContext:
    """What services need from the process: the engine, to call back into
    the runtime (e.g. to allocate a String)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.new_string = bind(engine, "seq_rt_string")
        self.callbacks: list[object] = []  # kept alive as long as the engine

    def string(self, data: bytes) -> int:
        return self.new_string(data, len(data))

    def set_args(self, argv: list[str]) -> None:
        """What args.count / args.at see; the strings live for the process."""
        values = (ctypes.c_int64 * max(1, len(argv)))(*(self.string(a.encode()) for a in argv))
        self.callbacks.append(values)
        global_word(self.engine, "seq_argc").value = len(argv)
        global_word(self.engine, "seq_argv").value = ctypes.addressof(values)

    def install(self) -> None:
        for svc in SERVICES:
            slot = self.engine.address(f"seq_host_{svc.name}")
            if not slot:
                continue  # no IR calls this service
            callback = svc.prototype(svc.make(self))
            self.callbacks.append(callback)
            ctypes.c_void_p.from_address(slot).value = ctypes.cast(callback, ctypes.c_void_p).value


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


# --- text services for builtins/strings/runtime.py------------------------------------------

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64URL = _B64[:62] + b"-_"


def base64_decode(data: bytes, alphabet: bytes, padded: bool) -> bytes | None:
    """Strict Base64 as the reference's decoder takes it: canonical padding
    (required for the standard alphabet, refused for the URL-safe one), no
    whitespace, unused trailing bits zero. None if malformed."""
    import binascii

    body = data.rstrip(b"=") if padded else data
    if len(body) % 4 == 1 or any(alphabet.find(bytes([c])) < 0 for c in set(body)):
        return None
    if padded and len(body) + (-len(body) % 4) != len(data):
        return None  # missing, extra or misplaced padding
    last = alphabet.find(body[-1:]) if body else 0
    if last & {0: 0, 2: 0x0F, 3: 0x03}[len(body) % 4]:
        return None  # bits beyond the last byte must be zero
    standard = body.translate(bytes.maketrans(alphabet[62:], b"+/"))
    return binascii.a2b_base64(standard + b"=" * (-len(body) % 4))


def base64_encode(data: bytes, alphabet: bytes, padded: bool) -> bytes:
    import binascii

    text = binascii.b2a_base64(data, newline=False)
    if alphabet is _B64URL:
        text = text.translate(bytes.maketrans(b"+/", b"-_"))
    return text if padded else text.rstrip(b"=")


def hex_decode(data: bytes) -> bytes | None:
    if len(data) % 2 or any(c not in b"0123456789abcdefABCDEF" for c in data):
        return None
    return bytes.fromhex(data.decode())


@service("string_case", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int32)
def _string_case(host: HostContext) -> Callable[[int, int, int], int]:
    def convert(data: int | None, length: int, upper: int) -> int:
        text = ctypes.string_at(data or 0, length).decode() if length else ""
        return host.string((text.upper() if upper else text.lower()).encode())

    return convert


@service("utf8_lossy", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64)
def _utf8_lossy(host: HostContext) -> Callable[[int, int], int]:
    def convert(data: int | None, length: int) -> int:
        raw = ctypes.string_at(data or 0, length) if length else b""
        return host.string(raw.decode("utf-8", errors="replace").encode())

    return convert


@service("encode", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int32)
def _encode(host: HostContext) -> Callable[[int, int, int], int]:
    def encode(data: int | None, length: int, which: int) -> int:
        raw = ctypes.string_at(data or 0, length) if length else b""
        name = ENCODINGS[which]
        if name == "hex":
            return host.string(raw.hex().encode())
        alphabet = _B64 if name == "base64" else _B64URL
        return host.string(base64_encode(raw, alphabet, padded=name == "base64"))

    return encode


@service("decode", ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int32)
def _decode(host: HostContext) -> Callable[[int, int, int], int]:
    def decode(data: int | None, length: int, which: int) -> int:
        raw = ctypes.string_at(data or 0, length) if length else b""
        name = ENCODINGS[which]
        if name == "hex":
            out = hex_decode(raw)
        else:
            out = base64_decode(raw, _B64 if name == "base64" else _B64URL, name == "base64")
        return 0 if out is None else host.string(out)

    return decode
