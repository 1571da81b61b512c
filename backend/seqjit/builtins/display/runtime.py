"""`plot.line`, `plot.scatter`, `plot.bar` (a List of numbers, or of
pairs) and `display.html`, `display.svg`, `display.markdown`,
`display.image` (a file): shown by whoever runs the program. The shell
(seqjit/shell/displays.py) sets `SINK`: a notebook gets a rich output, the
REPL a Unicode chart or the text. With no sink (a script), the displays
print a plain line.

The sink is called during the builtin, on the engine thread, with the
value still alive (borrowed): it reads what it needs at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ..hostops import host_builtin

# (what to show: "plot.line", "display.html", ...; the value: a plot's
# tagged word, a display's bytes)
Sink = Callable[[str, int | bytes], None]
SINK: list[Sink] = []  # at most one: the shell's


def set_sink(sink: Sink | None) -> None:
    SINK[:] = [sink] if sink is not None else []


def _show(what: str, value: int | bytes) -> None:
    if SINK:
        SINK[0](what, value)
    else:
        os.write(1, f"({what}: shown in the REPL or a notebook)\n".encode())


def _declare(name: str, effect: str, doc: str) -> None:
    host_builtin(name, effect, doc)(lambda value: _show(name, value))


for _kind in ("line", "scatter", "bar"):
    _declare(f"plot.{_kind}", "( ..a V -- ..a )",
             f"Show a {_kind} chart of a List of numbers (y over 0, 1, ...) or of pairs "
             "(x y): in a notebook a Vega-Lite chart, in the REPL a Unicode one.")
for _kind, _what in (("html", "HTML"), ("svg", "SVG"), ("markdown", "Markdown")):
    _declare(f"display.{_kind}", "( ..a String -- ..a )",
             f"Show {_what} in a notebook (its text in the REPL).")
_declare("display.image", "( ..a String -- ..a )",
         "Show an image file (PNG, JPEG, GIF, SVG) in a notebook (its path in the REPL).")
