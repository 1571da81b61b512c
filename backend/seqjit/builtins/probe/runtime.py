"""`~~`'s runtime: the host reads the stack from its base to the stack
pointer and prints one line, `~~ FILE:LINE:COL (WORD): 10:Int "hi":String`,
where program output goes. The compiled call passes what the checker knew
there (types/facts.py): the position, the word and the static types of the
stack's top; values below those show the type their representation tells."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from llvmlite import ir

from ...live.values import show, word_at
from ...runtime.host import HostContext, service
from ...runtime.irkit import I64, Fn, runtime_fn
from ..testing.runtime import stack_start

SEPARATOR = "\x1f"  # between the parts of a probe's description


def describe(where: str, word: str, types: tuple[str, ...]) -> str:
    """What a compiled probe hands the host: its position, word and types."""
    return SEPARATOR.join((where, word, *types))


def probe_line(description: str, values: list[int]) -> str:
    where, word, *types = description.split(SEPARATOR)
    static = [""] * (len(values) - len(types)) + types[-len(values):] if values else []
    slots = []
    for value, static_type in zip(values, static, strict=True):
        shown = show(value)
        typ = static_type or shown.type
        slots.append(f"{shown.text}:{typ}" if typ else shown.text)
    inside = f" ({word})" if word else ""
    return f"~~ {where}{inside}: {' '.join(slots) if slots else '(empty)'}"


@service("probe", ctypes.c_int64, ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)
def _probe(host: HostContext) -> Callable[[int, int, int], int]:
    def probe(base: int, sp: int, description: int) -> int:
        values = [word_at(a) for a in range(base or sp, sp, 8)]
        text = probe_line(ctypes.string_at(description).decode(errors="replace"), values)
        return host.string(text.encode())

    return probe


@runtime_fn("seq_rt_probe")
def probe(f: Fn, sp: ir.Value, description: ir.Value) -> None:
    """Borrows the stack below `sp`; prints it with `description` (a C
    string made by `describe`), leaving it as it is."""
    b = f.b
    base = b.ptrtoint(stack_start(f), I64)
    shown = f.host_call("probe", I64, base, b.ptrtoint(sp, I64), b.ptrtoint(description, I64))
    f.call("seq_rt_write_line", shown)
