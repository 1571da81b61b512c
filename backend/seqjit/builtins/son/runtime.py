"""SON, the reference's Seq Object Notation: values written as the Seq code
that builds them (`list-of 1 lv 2 lv`, `map-of "k" 1 kv`, `:Tag 1 wrap-1`).
`son.dump` and `son.dump-pretty` write a value; `stack.dump` (testing.py)
writes each value on the stack compactly.

Compact: one line, pieces separated by single spaces. Pretty: each field,
element or entry on its own line, indented two spaces per level; a variant
with fields closes with its `wrap-N` on a line of its own, indented to the
variant's level and preceded by a space, as the reference writes it. Map
entries are sorted: Int keys first (by their 20-digit zero-padded decimal
text), then Bool, then String keys (by their text).
"""

from __future__ import annotations

from collections.abc import Callable

from ...runtime.host import format_float
from ...runtime.hostops import string_bytes, text_of, word_at
from ...runtime.irkit import WORD
from ...runtime.layout import (
    CHANNEL,
    CLOSURE,
    CLOSURE_OBJ,
    FALSE,
    FLOAT,
    FLOAT_OBJ,
    MAP,
    MAP_ENTRY,
    MAP_OBJ,
    OBJECT,
    STRING,
    SYMBOL,
    TRUE,
    VARIANT,
    VARIANT_OBJ,
    WEAVE,
)
from ..hostops import host_builtin

INDENT = 2

# Renderers other families may add for their heap kinds:
# kind -> function(value address, render) -> text.
SON_RENDERERS: dict[int, Callable[[int, Callable[[int], str]], str]] = {}


def son_string(text: str) -> str:
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
               "\b": "\\b", "\f": "\\f"}
    out = []
    for ch in text:
        if ch in escapes:
            out.append(escapes[ch])
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _int(value: int) -> int:
    value &= 2**64 - 1
    return (value - 2**64 if value >= 2**63 else value) >> 1


def _is_heap(value: int) -> bool:
    return not value & 1 and value not in (FALSE, TRUE)


def map_entries(value: int) -> list[tuple[int, int]]:
    """A map's (key, value) pairs, in the reference's SON order (live
    entries have a non-zero hash)."""
    entries = []
    for e in range(MAP_OBJ.read(value, "used")):
        at = value + MAP_OBJ.end + e * MAP_ENTRY.size
        if MAP_ENTRY.read(at, "hash"):
            entries.append((MAP_ENTRY.read(at, "key"), MAP_ENTRY.read(at, "value")))

    def sort_key(entry: tuple[int, int]) -> str:
        key = entry[0] & (2**64 - 1)
        if key & 1:
            return f"0_{_int(key):020}"
        if key in (FALSE, TRUE):
            return f"1_{'true' if key == TRUE else 'false'}"
        return "2_" + text_of(string_bytes(key))

    return sorted(entries, key=sort_key)


def son(value: int, pretty: bool = False) -> str:
    """A value in SON, compact (as `son.dump` and `stack.dump` write it) or pretty."""
    out: list[str] = []
    write(value, pretty, 0, out)
    return "".join(out)


def write(value: int, pretty: bool, depth: int, out: list[str]) -> None:
    value &= 2**64 - 1

    def child() -> int:
        """Separate the next piece; the depth to write it at."""
        if pretty:
            out.append("\n" + " " * ((depth + 1) * INDENT))
            return depth + 1
        out.append(" ")
        return depth

    if value & 1:
        out.append(str(_int(value)))
        return
    if value in (FALSE, TRUE):
        out.append("true" if value == TRUE else "false")
        return
    kind = OBJECT.read(value, "kind")
    if kind == FLOAT:
        x = FLOAT_OBJ.read_float(value, "value")
        text = format_float(x)
        finite = x == x and abs(x) != float("inf")
        out.append(text + ".0" if "." not in text and finite else text)
    elif kind == STRING:
        out.append(son_string(text_of(string_bytes(value))))
    elif kind == SYMBOL:
        out.append(":" + text_of(string_bytes(value)))
    elif kind == VARIANT:
        tag = string_bytes(VARIANT_OBJ.read(value, "tag"))
        first = value + VARIANT_OBJ.end
        count = VARIANT_OBJ.read(value, "count")
        fields = [word_at(first + WORD * i) for i in range(count)]
        if tag == b"List":
            out.append("list-of")
            for f in fields:
                write(f, pretty, child(), out)
                out.append(" lv")
            return
        out.append(":" + text_of(tag))
        for f in fields:
            write(f, pretty, child(), out)
        if pretty and fields:
            out.append("\n" + " " * (depth * INDENT))
        out.append(f" wrap-{len(fields)}")
    elif kind == MAP:
        out.append("map-of")
        for key, item in map_entries(value):
            at = child()
            key_text = (son_string(text_of(string_bytes(key))) if _is_heap(key)
                        else son(key))
            out.append(key_text + " ")
            write(item, pretty, at, out)
            out.append(" kv")
    elif kind in SON_RENDERERS:
        out.append(SON_RENDERERS[kind](value, son))
    elif kind == CLOSURE:
        out.append("<closure>" if CLOSURE_OBJ.read(value, "count") else "<quotation>")
    elif kind == CHANNEL:
        out.append("<channel>")
    elif kind == WEAVE:
        out.append("<weave-ctx>")
    else:
        out.append(f"<kind {kind}>")


@host_builtin("son.dump", "( ..a T -- ..a String )", "Serialize any value as compact SON text.")
def dump(value: int) -> str:
    return son(value)


@host_builtin("son.dump-pretty", "( ..a T -- ..a String )",
              "Serialize any value as indented SON text.")
def dump_pretty(value: int) -> str:
    return son(value, pretty=True)

