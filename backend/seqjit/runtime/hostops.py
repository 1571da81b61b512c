"""Builtins done by Python: one host service per builtin, reached through a
small runtime function, for families that are not hot paths (regex, crypto,
compression, files, SON...).

A family declares each builtin with `host_builtin`, its stack effect
written once:

    @host_builtin("regex.find", "( ..a String String -- ..a String Bool )",
                  "First match of the pattern in the text; false if none or bad pattern.")
    def find(text: bytes, pattern: bytes) -> tuple[str, bool]: ...

The kinds of the inputs and outputs come from the effect (`kinds_of`), and
every host op gets the same emitter (builtins/hostops.py): it pops the
inputs, stores them in a block of i64 words on the native stack and calls
`seq_rt_host_NAME(block)`, a runtime function registered with the op, which
makes the host call (on the system stack, see core.host_call) and turns a
failure into a runtime error. The compiled code then drops the inputs and
pushes the outputs.

Block layout: word 0 the status (0, or the address of a C string: the
runtime error to raise), then the inputs (tagged values), then the outputs.

Kinds of inputs: "str" (the bytes of a String or Symbol), "int" (an Int as a
Python int), "bool", "any" (the raw tagged value; the callee must not keep
it). Kinds of outputs: "str" (bytes or str, made a new String), "int",
"bool", "list" (a list of bytes or str, made a List of Strings), "any" (a
tagged value the callee hands over with its reference). In an effect, a
String is "str", an Int or Socket "int", a Bool "bool", a result `V` "list"
(and, for net ops, a result `M` a Map); anything else is "any".
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from llvmlite import ir

from .bindings import bind
from .host import HostContext, register_service
from .interface import declare_host_op
from .irkit import Fn, runtime_fn
from .layout import I64, PTR, STRING_OBJ, VOID, const

INPUT_KINDS = ("str", "int", "bool", "any")
OUTPUT_KINDS = ("str", "int", "bool", "list", "any")
KEPT_MESSAGES = 64  # panic messages kept alive for whoever reports them


class SeqPanic(Exception):  # noqa: N818 - it is what the reference calls a panic
    """Raised by a host op: the builtin fails with this runtime error."""


@dataclass
class HostOp:
    name: str  # the builtin, e.g. "regex.find"
    ins: tuple[str, ...]
    outs: tuple[str, ...]
    impl: Callable
    needs_host: bool = False  # impl takes the HostContext first

    @property
    def symbol(self) -> str:
        return "seq_rt_host_" + ident(self.name)

    @property
    def service(self) -> str:
        return "op_" + ident(self.name)


HOST_OPS: dict[str, HostOp] = {}


def ident(name: str) -> str:
    """A builtin's name as an identifier: `regex.match?` -> `regex_match_p`."""
    name = name.replace("?", "_p").replace("!", "_x").replace("->", "_to_")
    return re.sub(r"[^0-9A-Za-z_]", "_", name)


# --- reading and making values -----------------------------------------------------------


def word_at(address: int) -> int:
    return ctypes.c_int64.from_address(address).value


def string_bytes(value: int) -> bytes:
    """The bytes of a String (or Symbol) value."""
    return ctypes.string_at(value + STRING_OBJ.end, STRING_OBJ.read(value, "length"))


def text_of(data: bytes) -> str:
    """Bytes as text, invalid UTF-8 replaced (the reference's `as_str_lossy`)."""
    return data.decode("utf-8", errors="replace")


def utf8_or_fail(data: bytes | None) -> tuple[bytes, bool]:
    """`data` and true when it is text (UTF-8); else the failure result
    ( "" false ) builtins give for bytes that are not text."""
    if data is None:
        return b"", False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return b"", False
    return data, True


def text_or_empty(data: bytes) -> str:
    """Bytes as text, or "" if they are not UTF-8 (the reference's `as_str_or_empty`)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return ""


def signed(word: int) -> int:
    word &= 2**64 - 1
    return word - 2**64 if word >= 2**63 else word


def tag_int(n: int) -> int:
    return signed((n << 1) | 1)


class Values:
    """Conversions between Python values and Seq values, for one process."""

    def __init__(self, host: HostContext) -> None:
        self.host = host
        engine = host.engine
        self.list_make = bind(engine, "seq_rt_list_make")
        self.list_push = bind(engine, "seq_rt_list_push")
        self.messages: list[ctypes.Array] = []

    def string(self, data: bytes | str) -> int:
        return self.host.string(data.encode() if isinstance(data, str) else data)

    def list_of(self, items: list[bytes | str]) -> int:
        value = self.list_make()
        for item in items:
            value = self.list_push(value, self.string(item))
        return value

    def message(self, text: str) -> int:
        """The address of a C string holding `text`, kept alive a while."""
        buf = ctypes.create_string_buffer(text.encode("utf-8", errors="replace"))
        self.messages.append(buf)
        del self.messages[:-KEPT_MESSAGES]
        return ctypes.addressof(buf)

    def decode(self, kind: str, word: int):
        if kind == "str":
            return string_bytes(word)
        if kind == "int":
            return signed(word) >> 1
        if kind == "bool":
            return word != 0
        return word

    def encode(self, kind: str, value) -> int:
        if kind == "str":
            return self.string(value)
        if kind == "int":
            return tag_int(int(value))
        if kind == "bool":
            return 2 if value else 0
        if kind == "list":
            return self.list_of(value)
        return signed(value)


def values(host: HostContext) -> Values:
    return host.state(Values, lambda: Values(host))


# --- declaring host ops ------------------------------------------------------------------


# The kind of a value of each type in an effect; any other type is "any" (a
# type variable: the raw tagged value). A Socket is its descriptor, an Int.
TYPE_KINDS = {"String": "str", "Int": "int", "Bool": "bool", "Socket": "int"}
# Results only: a Variant `V` made by Python is a List of Strings, `M` a Map.
RESULT_KINDS = {**TYPE_KINDS, "V": "list", "M": "map"}


def kinds_of(effect: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The kinds of a flat effect's inputs and outputs, bottom first:
    `( ..a String Int -- ..a V Bool )` -> `(("str", "int"), ("list", "bool"))`.
    The row variables (`..a`) are left out; quotations are not allowed."""
    inside = effect.strip()
    assert inside[0] == "(" and inside[-1] == ")" and "[" not in inside, effect
    before, after = inside[1:-1].split("--")
    ins = tuple(TYPE_KINDS.get(t, "any") for t in before.split() if not t.startswith(".."))
    outs = tuple(RESULT_KINDS.get(t, "any") for t in after.split() if not t.startswith(".."))
    return ins, outs


def register_host_op(op: HostOp) -> None:
    """Make `op` callable from IR: its runtime function `seq_rt_host_NAME`
    joins the interface and the runtime module, its Python side the host
    services."""
    HOST_OPS[op.name] = op
    declare_host_op(op.symbol)
    _register_stub(op)
    register_service(op.service, None, [ctypes.c_void_p], partial(_callback, op=op))


def _callback(host: HostContext, *, op: HostOp) -> Callable[[int], None]:
    n_in, n_out = len(op.ins), len(op.outs)
    words_type = ctypes.c_int64 * (1 + n_in + n_out)

    def call(block: int) -> None:
        words = words_type.from_address(block)
        conv = values(host)
        try:
            args = [conv.decode(kind, words[1 + i]) for i, kind in enumerate(op.ins)]
            results = op.impl(host, *args) if op.needs_host else op.impl(*args)
            if n_out == 1:
                results = (results,)
            elif n_out == 0:
                results = ()
            for j, (kind, value) in enumerate(zip(op.outs, results, strict=True)):
                words[1 + n_in + j] = conv.encode(kind, value)
            words[0] = 0
        except SeqPanic as error:
            words[0] = conv.message(str(error))
        except Exception as error:  # a bug here must not take the process down
            words[0] = conv.message(f"{op.name}: internal error: {error!r}")

    return call


# --- the runtime module's part ----------------------------------------------------------


def _register_stub(op: HostOp) -> None:
    """`void seq_rt_host_NAME(ptr block)`: make the host call on the system
    stack, then raise the runtime error it reports, if any."""

    @runtime_fn(op.symbol)
    def stub(f: Fn, block: ir.Value) -> None:
        """Borrows `block` (status, inputs, outputs; see the module's doc);
        the host fills in the status and the outputs."""
        b = f.b
        f.host_call(op.service, VOID, block)
        status = b.load(block, typ=I64)
        with b.if_then(b.icmp_unsigned("!=", status, const(0)), likely=False):
            f.call("seq_rt_panic", b.inttoptr(status, PTR))
            b.unreachable()
