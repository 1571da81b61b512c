"""Events and catalog entries as `Out` (plain, ANSI and HTML at once):
how the REPL shows a cell's events, how `:see` and `:time` answer, and the
word Jupyter's inspect shows.
"""

from __future__ import annotations

from . import render
from .catalog import Builtin, Entry, StdWord, Union, UserWord, short_effect
from .events import CommandOutput, Defined, Error, Event, Stack
from .render import Out


def events(evs: list[Event]) -> Out:
    """What a terminal shows of a cell's events: errors with their caret;
    `Defined.` / `Redefined sq.` and, after code, the stack; what commands
    answered. (Program output went to the terminal as it was written, and
    timings are not shown.)"""
    parts: list[Out] = []
    defined: Defined | None = None
    for event in evs:
        if isinstance(event, Defined):
            defined = event
        elif isinstance(event, Stack):
            parts.append(entry(defined, event))
            defined = None
        elif isinstance(event, Error):
            parts.append(render.error(event.error))
        elif isinstance(event, CommandOutput):
            parts.append(event.out)
    return render.join(parts)


def entry(defined: Defined | None, stack: Stack) -> Out:
    """A code segment that ran: a line break the program's output still
    owed, `Defined.` / `Redefined sq.`, then the stack when it ran code
    (or when there is nothing else to say)."""
    parts = []
    if stack.midline:
        parts.append(render.plain(""))
    if defined is not None:
        parts.append(render.styled(defined_message(defined), render.OK))
    if stack.ran_code or not parts:
        parts.append(render.stack(stack.values))
    return render.join(parts)


def defined_message(defined: Defined) -> str:
    """`Defined.`, `Redefined sq.` or `Defined. Redefined sq, cube.`"""
    said = ["Defined."] if defined.defined else []
    if defined.redefined:
        said.append(f"Redefined {', '.join(defined.redefined)}.")
    return " ".join(said)


def duration(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.3f} s"


# --- words ---------------------------------------------------------------------------------


def word_head(word: Entry) -> Out:
    """`name ( effect )  where it comes from`."""
    return (render.styled(word.name, render.BOLD) + render.plain(" ")
            + render.code(word.effect, "seq") + render.styled(f"  {origin(word)}", render.DIM))


def origin(word: Entry) -> str:
    """Where a word comes from, as its head says it (the editor's hover too)."""
    where = word.origin
    if isinstance(where, UserWord):
        return where.where
    if isinstance(where, Builtin):
        return f"builtin ({where.family})"
    if isinstance(where, StdWord):
        return f"in std:{where.module} (`include std:{where.module}` to use it)"
    return "a union"


def word(word: Entry, comment: bool = False) -> Out:
    """A word as `:see` shows it: its head, then a builtin's doc or a user
    word's source; with `comment`, a user word's doc comment under the head
    (as inspect shows it). A union is its source."""
    if isinstance(word.origin, Union):
        return render.code(word.source or "", "seq")
    parts = [word_head(word)]
    if isinstance(word.origin, UserWord):
        if comment and word.doc:
            parts.append(render.styled(word.doc, render.DIM))
        parts.append(render.code(word.source, "seq") if word.source is not None else render.EMPTY)
    elif isinstance(word.origin, Builtin):
        parts.append(render.plain(word.doc or ""))
    return render.join(parts)


def word_row(word: Entry) -> Out:
    """A line of `:words`: name, effect and origin."""
    origin = word.origin
    if isinstance(origin, UserWord):
        where = origin.where
    elif isinstance(origin, Builtin):
        where = f"builtin, {origin.family}"
    else:
        assert isinstance(origin, StdWord)
        where = f"include std:{origin.module}"
    return (render.styled(f"  {word.name}", render.BOLD) + render.plain(" ")
            + render.code(short_effect(word.effect), "seq")
            + render.styled(f"  {where}", render.DIM))
