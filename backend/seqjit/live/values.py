"""Reading Seq values out of memory and showing them as the reference does:
`3`, `1.5`, `true`, `"text"` (quoted, escaped), `:sym`, `:Tag(f0, f1)`,
`{k: v}`, `<quotation>`, `<closure>`. Front ends colour by `kind`."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..runtime.host import format_float
from ..runtime.layout import (
    CHANNEL,
    CLOSURE,
    CLOSURE_OBJ,
    FLOAT,
    FLOAT_OBJ,
    MAP,
    MAP_ENTRY,
    MAP_OBJ,
    OBJECT,
    STRING,
    STRING_OBJ,
    SYMBOL,
    TRUE,
    VARIANT,
    VARIANT_OBJ,
    WEAVE,
)

if TYPE_CHECKING:  # the checker's terms: a script's run shows no typed value
    from ..types.terms import Type

MAX_DEPTH = 8
MAX_ITEMS = 100


@dataclass(frozen=True, slots=True)
class Shown:
    text: str  # as the reference prints the value
    type: str  # its static type, e.g. Int, Shape, [Int -- Int]
    kind: str  # int float bool string symbol variant map quotation closure channel


def word_at(address: int) -> int:
    return ctypes.c_int64.from_address(address).value


# A value's type from what it is, where its static type is only a variable
# (a generic builtin's result, e.g. chan.receive's T).
KIND_TYPES = {
    "int": "Int", "float": "Float", "bool": "Bool", "string": "String", "symbol": "Symbol",
    "variant": "Variant", "map": "Map", "quotation": "Quotation", "closure": "Closure",
    "channel": "Channel", "weave": "Weave",
}


def type_of(value: int) -> Type:
    """A value's type as far as its representation tells (for values whose
    static type is unknown): a type variable where it cannot tell."""
    from ..types.terms import CONCRETE, Con, Var

    _, kind = render(value, None, MAX_DEPTH)
    name = KIND_TYPES.get(kind)
    return Con(name) if name in CONCRETE else Var("T")


def show(value: int, static_type: Type | None = None) -> Shown:
    text, kind = render(value, static_type, 0)
    if static_type is None:
        return Shown(text, KIND_TYPES.get(kind, ""), kind)
    from ..types.terms import Var, pretty

    type_name = KIND_TYPES.get(kind, "") if isinstance(static_type, Var) else pretty(static_type)
    return Shown(text, type_name, kind)


def _closure_type(static_type: Type | None) -> bool:
    if static_type is None:
        return False
    from ..types.terms import Closure

    return isinstance(static_type, Closure)


def render(value: int, static_type: Type | None, depth: int) -> tuple[str, str]:
    if value & 1:
        return str(value >> 1), "int"
    if value in (0, TRUE):
        return ("true" if value == TRUE else "false"), "bool"
    if depth > MAX_DEPTH:
        return "…", "other"
    kind = OBJECT.read(value, "kind")
    if kind == FLOAT:
        return format_float(FLOAT_OBJ.read_float(value, "value")), "float"
    if kind in (STRING, SYMBOL):
        data = ctypes.string_at(STRING_OBJ.item_address(value, 0), STRING_OBJ.read(value, "length"))
        text = data.decode("utf-8", errors="replace")
        return (rust_debug(text), "string") if kind == STRING else (f":{text}", "symbol")
    if kind == VARIANT:
        tag, _ = render(VARIANT_OBJ.read(value, "tag"), None, depth + 1)
        count = VARIANT_OBJ.read(value, "count")
        fields = [
            render(word_at(VARIANT_OBJ.item_address(value, i)), None, depth + 1)[0]
            for i in range(min(count, MAX_ITEMS))
        ]
        if count > MAX_ITEMS:
            fields.append("…")
        return (f"{tag}({', '.join(fields)})" if fields else tag), "variant"
    if kind == CLOSURE:
        closure = _closure_type(static_type) or CLOSURE_OBJ.read(value, "count") > 0
        return ("<closure>", "closure") if closure else ("<quotation>", "quotation")
    if kind == MAP:
        # Entries in insertion order, `used` of them; hash 0 marks a removed one.
        entries = []
        for i in range(min(MAP_OBJ.read(value, "used"), MAX_ITEMS)):
            entry = MAP_OBJ.item_address(value, i, MAP_ENTRY.size)
            if MAP_ENTRY.read(entry, "hash"):
                key, _ = render(MAP_ENTRY.read(entry, "key"), None, depth + 1)
                item, _ = render(MAP_ENTRY.read(entry, "value"), None, depth + 1)
                entries.append(f"{key}: {item}")
        return "{" + ", ".join(entries) + "}", "map"
    if kind == CHANNEL:
        return "<channel>", "channel"
    if kind == WEAVE:
        return "<weave-ctx>", "weave"
    return f"<value of kind {kind}>", "other"


def python_value(value: int, depth: int = 0) -> object:
    """A value as Python data, for displays: an Int an int, a Float a
    float, a Bool a bool, a String or Symbol a str, a variant (a List) the
    list of its fields; anything else None."""
    if value & 1:
        return value >> 1
    if value in (0, TRUE):
        return value == TRUE
    if depth > MAX_DEPTH:
        return None
    kind = OBJECT.read(value, "kind")
    if kind == FLOAT:
        return FLOAT_OBJ.read_float(value, "value")
    if kind in (STRING, SYMBOL):
        data = ctypes.string_at(STRING_OBJ.item_address(value, 0), STRING_OBJ.read(value, "length"))
        return data.decode("utf-8", errors="replace")
    if kind == VARIANT:
        return [python_value(word_at(VARIANT_OBJ.item_address(value, i)), depth + 1)
                for i in range(VARIANT_OBJ.read(value, "count"))]
    return None


def rust_debug(text: str) -> str:
    """A string quoted and escaped as Rust's `{:?}` does."""
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\0":
            out.append("\\0")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{{{ord(ch):x}}}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
