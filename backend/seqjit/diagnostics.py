"""Errors that reach users: a kind, a message, where it happened, and a caret.

Every layer (syntax, types, later codegen and runtime) raises `SeqError`;
front ends only ever call `render`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """A named piece of Seq text: a file, a REPL entry or a notebook cell."""

    name: str
    text: str = field(repr=False)

    def line_text(self, line: int) -> str:
        # Split on "\n" only, as the lexer counts lines (splitlines would also
        # break at \r, \f, \u2028... and show the wrong line).
        lines = self.text.split("\n")
        return lines[line - 1].rstrip("\r") if 0 < line <= len(lines) else ""


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a source; lines and columns are 1-based, end is exclusive."""

    source: Source = field(repr=False)
    line: int
    col: int
    end_line: int
    end_col: int

    def to(self, other: Span) -> Span:
        return Span(self.source, self.line, self.col, other.end_line, other.end_col)

    @property
    def location(self) -> str:
        return f"{self.source.name}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Frame:
    """One Seq call in a runtime error's backtrace: the word (or "top
    level", "[quotation in w]") and the call it was making."""

    word: str
    span: Span
    repeats: int = 1  # this same call, this many times in a row (recursion)
    elided: bool = False  # tail calls replaced the frames between this one and the next

    def render(self) -> list[str]:
        """Python's shape: where and in what, then the line itself."""
        head = f"  {self.span.location}, in {self.word}"
        out = [head, "    " + self.span.source.line_text(self.span.line).strip()]
        if self.repeats > 1:
            out.append(f"  [the call above repeated {self.repeats - 1} more times]")
        if self.elided:
            out.append("  ... frames elided here by tail calls")
        return out


TRACE_HEAD = "Backtrace (most recent call last):"


@dataclass
class SeqError(Exception):
    """A user-facing error. `kind` is e.g. 'parse error', 'type error'."""

    kind: str
    message: str
    span: Span | None = None
    expected: str | None = None
    actual: str | None = None
    notes: list[str] = field(default_factory=list)
    trace: tuple[Frame, ...] = ()  # a runtime error's Seq callers, innermost last

    def __str__(self) -> str:
        return self.render()

    @property
    def callers(self) -> tuple[Frame, ...]:
        """The backtrace to show above the error: none when the error's own
        place and caret say it all (it happened in the entry's own code)."""
        return self.trace if len(self.trace) > 1 else ()

    def render(self) -> str:
        head = f"{self.kind}: {self.message}"
        if self.span is not None:
            head = f"{self.span.location}: {head}"
        out = [TRACE_HEAD] if self.callers else []
        for frame in self.callers:
            out.extend(frame.render())
        out.append(head)
        if self.span is not None:
            out.extend(caret_lines(self.span))
        if self.expected is not None:
            out.append(f"  expected: {self.expected}")
        if self.actual is not None:
            out.append(f"  actual:   {self.actual}")
        out.extend(f"  note: {n}" for n in self.notes)
        return "\n".join(out)


def caret_lines(span: Span) -> list[str]:
    text = span.source.line_text(span.line).replace("\t", " ")
    gutter = str(span.line)
    pad = " " * len(gutter)
    width = span.end_col - span.col if span.end_line == span.line else len(text) - span.col + 1
    width = max(1, width)
    return [f" {gutter} | {text}", f" {pad} | {' ' * (span.col - 1)}{'^' * width}"]
