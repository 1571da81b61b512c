"""Charts and rich displays: `:plot [line|scatter|bar] [CODE]` and what
the `plot.*` and `display.*` builtins show (builtins/display). A chart is a
Vega-Lite spec for Jupyter (JupyterLab renders it natively) and a Unicode
chart for the terminal; HTML, SVG, Markdown and images go to a notebook as
their own MIME types, with their text (or the image's path) as the plain
form the REPL shows.
"""

from __future__ import annotations

import base64
import math
import os
from pathlib import Path

from ..builtins.display.runtime import set_sink
from ..live.values import python_value
from . import render
from .events import CommandOutput, Error
from .registry import failure

KINDS = ("line", "scatter", "bar")
VEGA_LITE = "application/vnd.vegalite.v5+json"
MIME = {"display.html": "text/html", "display.svg": "image/svg+xml",
        "display.markdown": "text/markdown"}
IMAGES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
          ".svg": "image/svg+xml"}
WIDTH, HEIGHT = 60, 12  # the Unicode chart's plotting area, in characters
BLOCKS = " ▁▂▃▄▅▆▇█"

Point = tuple[float, float]


def points(data: object) -> list[Point]:
    """A List of numbers (y over 0, 1, ...) or of pairs (x y) as points;
    ValueError saying what is wrong otherwise."""
    if not isinstance(data, list):
        raise ValueError("a chart needs a List of numbers or of pairs (x y)")
    out: list[Point] = []
    for i, item in enumerate(data):
        if _number(item):
            out.append((float(i), float(item)))
        elif isinstance(item, list) and len(item) == 2 and all(map(_number, item)):
            out.append((float(item[0]), float(item[1])))
        else:
            raise ValueError(f"item {i} of the List is neither a number nor a pair (x y)")
    if not out:
        raise ValueError("the List is empty: nothing to draw")
    return out


def _number(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def vega_lite(pts: list[Point], kind: str) -> dict:
    mark = {"line": "line", "scatter": "point", "bar": "bar"}[kind]
    x_type = "ordinal" if kind == "bar" else "quantitative"
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": [{"x": _plain(x), "y": _plain(y)} for x, y in pts]},
        "mark": {"type": mark, "tooltip": True, **({"point": True} if kind == "line" else {})},
        "encoding": {"x": {"field": "x", "type": x_type},
                     "y": {"field": "y", "type": "quantitative"}},
        "width": 400, "height": 200,
    }


def _plain(n: float) -> int | float:
    return int(n) if n.is_integer() else n


def unicode_chart(pts: list[Point], kind: str) -> str:
    """The chart in characters: a y axis with the extremes, the points
    (`●`, joined by `·` on a line chart) or bars in eighth blocks, and the
    x range below."""
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    low, high = min(0.0, *ys) if kind == "bar" else min(ys), max(ys)
    span = (high - low) or 1.0
    grid = [[" "] * WIDTH for _ in range(HEIGHT)]
    if kind == "bar":
        width = max(1, WIDTH // len(pts))
        for i, (_, y) in enumerate(pts[:WIDTH]):
            eighths = round((y - low) / span * HEIGHT * 8)
            for row in range(HEIGHT):
                fill = min(8, max(0, eighths - row * 8))
                for col in range(i * width, min(WIDTH, i * width + max(1, width - 1))):
                    grid[HEIGHT - 1 - row][col] = BLOCKS[fill]
    else:
        x_low, x_span = min(xs), (max(xs) - min(xs)) or 1.0

        def cell(x: float, y: float) -> tuple[int, int]:
            col = round((x - x_low) / x_span * (WIDTH - 1))
            return col, HEIGHT - 1 - round((y - low) / span * (HEIGHT - 1))

        placed = [cell(x, y) for x, y in sorted(pts)]
        if kind == "line":
            for (c0, r0), (c1, r1) in zip(placed, placed[1:], strict=False):
                steps = max(abs(c1 - c0), abs(r1 - r0))
                for s in range(1, steps):
                    grid[round(r0 + (r1 - r0) * s / steps)][round(c0 + (c1 - c0) * s / steps)] = "·"
        for col, row in placed:
            grid[row][col] = "●"
    top, bottom = _label(high), _label(low)
    pad = max(len(top), len(bottom))
    lines = []
    for i, cells in enumerate(grid):
        label = top if i == 0 else bottom if i == HEIGHT - 1 else ""
        lines.append(f"{label:>{pad}} {'┤' if label else '│'}{''.join(cells).rstrip()}")
    lines.append(" " * pad + " └" + "─" * WIDTH)
    first, last = _label(min(xs)), _label(max(xs))
    lines.append(" " * (pad + 2) + first + last.rjust(WIDTH - len(first)))
    return "\n".join(lines)


def _label(n: float) -> str:
    return f"{_plain(n):g}" if abs(n) < 1e6 else f"{n:.3g}"


def chart(data: object, kind: str) -> CommandOutput:
    try:
        pts = points(data)
    except ValueError as e:
        return failure(f"cannot plot: {e}")
    return CommandOutput(render.plain(unicode_chart(pts, kind)),
                         data={VEGA_LITE: vega_lite(pts, kind)})


def rich(what: str, payload: bytes) -> CommandOutput:
    """A `display.*` builtin's value as a display: its MIME type, and its
    text (an image: its path) as the plain form."""
    text = payload.decode("utf-8", errors="replace")
    if what != "display.image":
        return CommandOutput(render.plain(text), data={MIME[what]: text})
    path = Path(text).expanduser()
    mime = IMAGES.get(path.suffix.lower())
    try:
        content = path.read_bytes()
    except OSError as e:
        return failure(f"display.image: cannot read {text}: {e.strerror}")
    if mime is None:
        return failure(f"display.image: {text} is not a PNG, JPEG, GIF or SVG file")
    encoded = content.decode() if mime == "image/svg+xml" else base64.b64encode(content).decode()
    return CommandOutput(render.plain(f"[image: {text}]"), data={mime: encoded})


def shown(what: str, value: int | bytes) -> CommandOutput:
    """What a `plot.*` or `display.*` builtin shows for its value."""
    if isinstance(value, bytes):
        return rich(what, value)
    return chart(python_value(value), what.removeprefix("plot."))


def install_sink(shell) -> None:
    """The displays of programs run in `shell`: a front end that takes rich
    output (a notebook, capturing program output) gets them as events; the
    terminal gets their plain form, in order with what the program prints."""

    def sink(what: str, value: int | bytes) -> None:
        answer = shown(what, value)
        if shell.options.capture_output:
            shell.emit(answer)
        else:
            os.write(1, ((answer.ansi if shell.options.color else answer.text) + "\n").encode())

    set_sink(sink)


def plot(shell, arg: str) -> CommandOutput:
    """`:plot [line|scatter|bar] [CODE]`: a chart of the value CODE leaves
    on top (the stack then as it was), or of the top of the stack."""
    kind, _, code = arg.strip().partition(" ")
    if kind not in KINDS:
        kind, code = "line", arg.strip()
    world = shell.session.world
    if not code.strip():
        if not world.values:
            return failure("usage: :plot [line|scatter|bar] [CODE] (the stack is empty)")
        return chart(python_value(world.values[-1]), kind)
    ran = shell.run_code(code, "<:plot>")
    errors = [e.error for e in ran if isinstance(e, Error)]
    if errors:
        return CommandOutput(render.join(render.error(e) for e in errors), ok=False)
    try:
        return chart(python_value(world.values[-1]), kind) if world.values else failure(
            "cannot plot: the code left nothing on the stack")
    finally:
        world.undo()  # the code ran only to make what is drawn
