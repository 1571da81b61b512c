"""Showing results to people, shared by the terminal REPL and the Jupyter
kernel: each piece of output in three forms at once — plain text, ANSI-
coloured text for terminals, and HTML for notebooks.

The stack reads bottom to top as the reference's REPL prints it
(`stack: 3 25`), each value coloured by its kind; with types, one value a
line. Errors keep their caret; source and IR are highlighted with Pygments.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..diagnostics import TRACE_HEAD, Frame, SeqError, caret_lines
from ..live.values import Shown

MAX_VALUE_CHARS = 2000  # a longer value shows its start and an ellipsis

# kind -> (ANSI SGR parameters, CSS colour)
KIND_STYLES: dict[str, tuple[str, str]] = {
    "int": ("36", "#0e7c86"),
    "float": ("36", "#0e7c86"),
    "bool": ("33", "#9a6700"),
    "string": ("32", "#1a7f37"),
    "symbol": ("35", "#8250df"),
    "variant": ("34", "#0550ae"),
    "map": ("34", "#0550ae"),
    "quotation": ("90", "#6e7781"),
    "closure": ("90", "#6e7781"),
    "channel": ("90", "#6e7781"),
}
ERROR = ("1;31", "#cf222e")
DIM = ("2", "#6e7781")
BOLD = ("1", None)
OK = ("32", "#1a7f37")
# A backtrace, as IPython colours one: places green, the function cyan.
PLACE = ("32", "#1a7f37")
FUNCTION = ("36", "#0e7c86")


@dataclass(frozen=True)
class Out:
    """One piece of output, as plain text, ANSI text and HTML."""

    text: str
    ansi: str
    html: str

    def __add__(self, other: Out) -> Out:
        return Out(self.text + other.text, self.ansi + other.ansi, self.html + other.html)


EMPTY = Out("", "", "")


def plain(text: str) -> Out:
    return Out(text, text, html.escape(text))


def styled(text: str, style: tuple[str, str | None]) -> Out:
    sgr, css = style
    ansi = f"\x1b[{sgr}m{text}\x1b[0m" if text else ""
    if css is None:
        markup = f"<b>{html.escape(text)}</b>"
    else:
        markup = f'<span style="color:{css}">{html.escape(text)}</span>'
    return Out(text, ansi, markup)


def join(parts: Iterable[Out], sep: str = "\n") -> Out:
    out = EMPTY
    for i, part in enumerate(parts):
        out = out + plain(sep) + part if i else part
    return out


def lines(parts: Iterable[Out]) -> Out:
    """Pieces one below the other; the HTML keeps the line breaks in a <pre>."""
    return join(parts)


def block_html(out: Out) -> Out:
    """The same output with its HTML wrapped in a <pre> (for notebooks)."""
    return Out(out.text, out.ansi, f'<pre style="margin:0">{out.html}</pre>')


# --- values and the stack ----------------------------------------------------------


def clipped(text: str) -> str:
    if len(text) <= MAX_VALUE_CHARS:
        return text
    return text[:MAX_VALUE_CHARS] + f"… ({len(text) - MAX_VALUE_CHARS} more characters)"


def value(shown: Shown) -> Out:
    style = KIND_STYLES.get(shown.kind)
    text = clipped(shown.text)
    return styled(text, style) if style else plain(text)


def stack(values: Sequence[Shown]) -> Out:
    """`stack: 3 25`, bottom to top, each value coloured by kind."""
    if not values:
        return plain("stack: ") + styled("(empty)", DIM)
    return plain("stack: ") + join((value(v) for v in values), " ")


def typed_stack(values: Sequence[Shown]) -> Out:
    """One value a line with its type, bottom first; the top is marked."""
    if not values:
        return styled("the stack is empty", DIM)
    width = min(max(len(clipped(v.text)) for v in values), 40)
    rows = []
    for i, v in enumerate(values):
        pad = " " * max(2, width - len(clipped(v.text)) + 2)
        top = styled("  <- top", DIM) if i == len(values) - 1 else EMPTY
        rows.append(plain(f"{i:>3}  ") + value(v) + plain(pad) + styled(v.type, BOLD) + top)
    return lines([styled("  #  value, bottom to top, and type", DIM), *rows])


# --- errors ------------------------------------------------------------------------

def error(err: SeqError) -> Out:
    """`file:line:col: kind: message`, the line with a caret under the
    offending token, then expected/actual stacks and notes: the lines of
    `SeqError.render`, built from the error's fields and coloured as they
    are made."""
    location = styled(f"{err.span.location}: ", BOLD) if err.span is not None else EMPTY
    parts = trace(err.callers)
    parts.append(location + styled(f"{err.kind}:", ERROR) + plain(f" {err.message}"))
    if err.span is not None:
        source, caret = caret_lines(err.span)
        gutter, _, marks = caret.partition("^")
        parts += [plain(source), plain(gutter) + styled("^" + marks, ERROR)]
    if err.expected is not None:
        parts.append(styled("  expected:", BOLD) + plain(f" {err.expected}"))
    if err.actual is not None:
        parts.append(styled("  actual:", BOLD) + plain(f"   {err.actual}"))
    parts += [styled("  note:", BOLD) + plain(f" {note}") for note in err.notes]
    return lines(parts)


def trace(frames: Sequence[Frame]) -> list[Out]:
    """A runtime error's Seq calls, innermost last, as Python shows them:
    the place and the word, then the line of source under it."""
    if not frames:
        return []
    parts = [styled(TRACE_HEAD, ERROR)]
    for frame in frames:
        place, source, *rest = frame.render()
        where, _, word = place.partition(", in ")
        indent = where[: len(where) - len(where.lstrip())]
        parts.append(plain(indent) + styled(where.lstrip(), PLACE) + plain(", in ")
                     + styled(word, FUNCTION))
        parts.append(plain(source))
        parts += [styled(line, DIM) for line in rest]
    return parts


def failure(message: str) -> Out:
    """A short message saying a command could not do what was asked."""
    return styled(message, ERROR)


# --- source, IR and assembly -------------------------------------------------------


def code(text: str, language: str) -> Out:
    """`text` highlighted with the Pygments lexer named `language` ("seq",
    "llvm", "gas", "nasm"); plain if Pygments does not know it."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter, TerminalFormatter
    from pygments.util import ClassNotFound

    try:
        lexer = _lexer(language)
    except ClassNotFound:
        return plain(text)
    ansi = highlight(text, lexer, TerminalFormatter()).rstrip("\n")
    markup = highlight(text, lexer, HtmlFormatter(nowrap=True, noclasses=True)).rstrip("\n")
    return Out(text.rstrip("\n"), ansi, markup)


def _lexer(language: str):
    from pygments.lexers import get_lexer_by_name

    if language == "seq":
        from .highlight import SeqLexer

        return SeqLexer()
    return get_lexer_by_name(language)
