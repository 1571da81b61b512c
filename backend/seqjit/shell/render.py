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

# --- the theme -------------------------------------------------------------------------
# Every colour in our HTML is one of JupyterLab's theme variables, so outputs read
# in light and dark themes alike; the fallback (JupyterLab's light theme) serves
# pages without them (an HTML export, another front end). New HTML views use
# `css(role)` for colours and `table()` for tables.

THEME: dict[str, tuple[str, str]] = {  # role -> (JupyterLab CSS variable, fallback)
    "text": ("--jp-content-font-color1", "rgba(0, 0, 0, 0.87)"),
    "dim": ("--jp-content-font-color2", "rgba(0, 0, 0, 0.54)"),
    "background": ("--jp-layout-color1", "white"),
    "header": ("--jp-layout-color2", "#eeeeee"),
    "border": ("--jp-border-color2", "#e0e0e0"),
    "error": ("--jp-error-color1", "#d32f2f"),
    "ok": ("--jp-success-color1", "#388e3c"),
    "warning": ("--jp-warn-color0", "#9a6700"),  # color1 is too light on white
    "info": ("--jp-info-color0", "#0969da"),
    # syntax, as JupyterLab's editor colours code
    "keyword": ("--jp-mirror-editor-keyword-color", "#008000"),
    "atom": ("--jp-mirror-editor-atom-color", "#88f"),
    "number": ("--jp-mirror-editor-number-color", "#080"),
    "def": ("--jp-mirror-editor-def-color", "#00f"),
    "variable": ("--jp-mirror-editor-variable-color", "#212121"),
    "variable-2": ("--jp-mirror-editor-variable-2-color", "#05a"),
    "builtin": ("--jp-mirror-editor-builtin-color", "#008000"),
    "property": ("--jp-mirror-editor-property-color", "#05a"),
    "operator": ("--jp-mirror-editor-operator-color", "#a2f"),
    "comment": ("--jp-mirror-editor-comment-color", "#408080"),
    "string": ("--jp-mirror-editor-string-color", "#ba2121"),
    "string-2": ("--jp-mirror-editor-string-2-color", "#708"),
    "punctuation": ("--jp-mirror-editor-punctuation-color", "#05a"),
    "meta": ("--jp-mirror-editor-meta-color", "#a2f"),
}


def css(role: str) -> str:
    """A THEME role as a CSS colour: `var(--jp-..., fallback)`."""
    variable, fallback = THEME[role]
    return f"var({variable}, {fallback})"


# kind -> (ANSI SGR parameters, theme role)
KIND_STYLES: dict[str, tuple[str, str]] = {
    "int": ("36", "number"),
    "float": ("36", "number"),
    "bool": ("33", "keyword"),
    "string": ("32", "string"),
    "symbol": ("35", "atom"),
    "variant": ("34", "variable-2"),
    "map": ("34", "variable-2"),
    "quotation": ("90", "dim"),
    "closure": ("90", "dim"),
    "channel": ("90", "dim"),
}
ERROR = ("1;31", "error")
DIM = ("2", "dim")
BOLD = ("1", None)
OK = ("32", "ok")
WARNING = ("33", "warning")
INFO = ("36", "info")
# A backtrace: the word in bold, its place plain. IPython's green and cyan
# fall below 3:1 contrast on JupyterLab's error background (light theme).


@dataclass(frozen=True)
class Out:
    """One piece of output, as plain text, ANSI text and HTML."""

    text: str
    ansi: str
    html: str
    block: bool = False  # the HTML is a block of its own (a table), not text for a <pre>

    def __add__(self, other: Out) -> Out:
        return Out(self.text + other.text, self.ansi + other.ansi, self.html + other.html)


EMPTY = Out("", "", "")


def plain(text: str) -> Out:
    return Out(text, text, html.escape(text))


def styled(text: str, style: tuple[str, str | None]) -> Out:
    """`text` in a style: (ANSI SGR parameters, THEME role or None for bold)."""
    sgr, role = style
    ansi = f"\x1b[{sgr}m{text}\x1b[0m" if text else ""
    if role is None:
        markup = f"<b>{html.escape(text)}</b>"
    else:
        markup = f'<span style="color:{css(role)}">{html.escape(text)}</span>'
    return Out(text, ansi, markup)


def join(parts: Iterable[Out], sep: str = "\n") -> Out:
    """Pieces one after another; with a block (a table) among them, the
    HTML is each piece a block of its own, one below the other."""
    parts = list(parts)
    out = EMPTY
    for i, part in enumerate(parts):
        out = out + plain(sep) + part if i else part
    if any(part.block for part in parts):
        return Out(out.text, out.ansi, "".join(block_html(p).html for p in parts if p.html),
                   block=True)
    return out


def lines(parts: Iterable[Out]) -> Out:
    """Pieces one below the other; the HTML keeps the line breaks in a <pre>."""
    return join(parts)


def block_html(out: Out) -> Out:
    """The same output with its HTML wrapped in a <pre> (for notebooks),
    unless it is a block already."""
    if out.block:
        return out
    return Out(out.text, out.ansi, f'<pre style="margin:0;color:{css("text")}">{out.html}</pre>')


def table(header: Sequence[str], rows: Sequence[Sequence[Out]], *, text: Out | None = None,
          numeric: Sequence[int] = (), caption: str = "", name: str = "") -> Out:
    """Rows of cells as a table in the theme's colours; the text and ANSI
    forms are the caption over the columns aligned under the header (or
    `text`, when the caller lays them out its own way). Columns in
    `numeric` align right; a cell keeps its spaces (an indentation). `name`
    is a second class for the table (`seq-table seq-profile`)."""
    if text is None:
        text = _aligned([[styled(h, DIM) for h in header], *rows], numeric)
        if caption:
            text = join([styled(caption, DIM), text])
    cell = (f"padding:1px 12px 1px 4px;border-bottom:1px solid {css('border')};"
            "white-space:pre;text-align:")
    head = "".join(f'<th style="{cell}left;background:{css("header")};color:{css("dim")};'
                   f'font-weight:normal">{html.escape(h)}</th>' for h in header)
    # Each row on the theme's background: the colours above are chosen for it, and
    # JupyterLab's striped and hovered rows would lower their contrast.
    body = "".join(
        f'<tr style="background:{css("background")}">'
        + "".join(f'<td style="{cell}{"right" if i in numeric else "left"}">{c.html}</td>'
                  for i, c in enumerate(row))
        + "</tr>"
        for row in rows)
    title = (f'<caption style="text-align:left;caption-side:top;padding:2px 4px;'
             f'white-space:pre;color:{css("dim")}">{html.escape(caption)}</caption>'
             if caption else "")
    markup = (f'<table class="{" ".join(["seq-table", name]).strip()}" style="border-collapse:'
              f'collapse;margin:0;color:{css("text")};background:{css("background")};font-family:'
              f'var(--jp-code-font-family, monospace);font-size:var(--jp-code-font-size, 13px)">'
              f"{title}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    return Out(text.text, text.ansi, markup, block=True)


def _aligned(rows: Sequence[Sequence[Out]], numeric: Sequence[int]) -> Out:
    """Rows of cells as lines, each column as wide as its widest cell."""
    widths = [max(len(c.text) for c in column) for column in zip(*rows, strict=True)]

    def line(cells: Sequence[Out]) -> Out:
        padded = [plain(" " * (w - len(c.text))) + c if i in numeric
                  else c if i == len(cells) - 1 else c + plain(" " * (w - len(c.text)))
                  for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return join(padded, "  ")
    return lines(line(row) for row in rows)


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
    lined, cells = [], []
    for i, v in enumerate(values):
        pad = " " * max(2, width - len(clipped(v.text)) + 2)
        top = styled("  <- top", DIM) if i == len(values) - 1 else EMPTY
        lined.append(plain(f"{i:>3}  ") + value(v) + plain(pad) + styled(v.type, BOLD) + top)
        cells.append([plain(str(i)), value(v), styled(v.type, BOLD), top])
    text = lines([styled("  #  value, bottom to top, and type", DIM), *lined])
    return table(["#", "value", "type", ""], cells, text=text, numeric=[0])


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
        parts.append(plain(f"{where}, in ") + styled(word, BOLD))
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
    from pygments.formatters import TerminalFormatter
    from pygments.util import ClassNotFound

    try:
        lexer = _lexer(language)
    except ClassNotFound:
        return plain(text)
    ansi = highlight(text, lexer, TerminalFormatter()).rstrip("\n")
    markup = "".join(_token_html(kind, value) for kind, value in lexer.get_tokens(text))
    return Out(text.rstrip("\n"), ansi, markup.rstrip("\n"))


# Pygments token type -> (THEME role, extra CSS), the first match from the most
# specific; as JupyterLab's editor styles the same kinds of token.
_TOKEN_STYLES: list[tuple[str, str, str]] = [
    ("Comment.Special", "meta", ""),
    ("Comment", "comment", "font-style:italic"),
    ("Keyword.Constant", "keyword", ""),
    ("Keyword.Type", "builtin", ""),
    ("Keyword", "keyword", "font-weight:bold"),
    ("Operator", "operator", "font-weight:bold"),
    ("Punctuation", "punctuation", ""),
    ("Literal.Number", "number", ""),
    ("Literal.String.Symbol", "atom", ""),
    ("Literal.String.Escape", "string-2", ""),
    ("Literal.String", "string", ""),
    ("Name.Builtin", "builtin", ""),
    ("Name.Function", "def", ""),
    ("Name.Class", "def", ""),
    ("Name.Label", "def", ""),
    ("Name.Namespace", "variable-2", ""),
    ("Name.Attribute", "property", ""),
    ("Name.Variable", "variable-2", ""),
    ("Name", "variable", ""),
]


def _token_html(kind, value: str) -> str:
    escaped = html.escape(value)
    name = str(kind).removeprefix("Token.")
    for prefix, role, extra in _TOKEN_STYLES:
        if name == prefix or name.startswith(prefix + "."):
            style = f"color:{css(role)}" + (f";{extra}" if extra else "")
            return f'<span style="{style}">{escaped}</span>'
    return escaped


def _lexer(language: str):
    from pygments.lexers import get_lexer_by_name

    if language == "seq":
        from .highlight import SeqLexer

        return SeqLexer()
    return get_lexer_by_name(language)
