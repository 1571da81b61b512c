"""What an entry would do, found by the checker without running it: its
stack effect on any stack and the types it would leave on the current
one, or the error Enter would meet (with its span, so a front end can mark
the failing word). `:type` answers from it, and the REPL's toolbar shows
it as you type."""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import SeqError, Source, Span
from ..syntax import ast
from ..syntax.cell import parse_cell
from ..types.program import check_code
from ..types.terms import EMPTY, Effect, Quot, Row, Type, pretty, stack_of, surface
from .catalog import short_effect


def open_effect(program, code: list, span: Span) -> Effect:
    """The effect of `code` on any stack (values below it untouched);
    raises SeqError when it does not check on its own."""
    quotation = ast.Quotation(-1, code, span)  # its type is the open effect of `code`
    pushed = check_code(program, [quotation], [])
    # A lone quotation pushed on an empty stack: the stack after is known, its Quot.
    assert pushed is not None and isinstance(pushed[0], Quot)
    return pushed[0].effect


def code_span(source: Source, code: list) -> Span:
    # Code of only comments has no span of its own, and no error to locate.
    return code[0].span.to(code[-1].span) if code else Span(source, 1, 1, 1, 1)


@dataclass(frozen=True)
class Preview:
    effect: str | None  # `( -- Int )`: on any stack (None: it needs the values there)
    after: tuple[str, ...] | None  # the types on the current stack after it (None: unknown)
    error: SeqError | None  # what Enter would meet; the stack and words stay as they are


def preview(session, text: str, name: str = "<entry>") -> Preview | None:
    """The entry `text` checked against the session's words and stack;
    None when it is no code to check (a definition, an include, a
    command, or unfinished)."""
    source = Source(name, text)
    try:
        cell = parse_cell(source)
    except SeqError:
        return None
    if cell.module.words or cell.module.unions or cell.module.includes or not cell.code:
        return None
    world = session.world
    try:
        effect: str | None = short_effect(surface(
            open_effect(world.program, cell.code, code_span(source, cell.code))))
    except SeqError:
        effect = None
    try:
        after = check_code(world.program, cell.code, list(world.types))
    except SeqError as error:
        return Preview(effect, None, error)
    types = None if after is None else tuple(pretty(t) for t in after)
    return Preview(effect, types, None)


def effect_on(types: list[Type], after: list[Type] | None) -> Effect:
    """The effect of code that needs the values on the current stack:
    from them to what it leaves (a row where only running tells)."""
    # Code ending in a word like stack.dump leaves a stack known only by running it.
    outputs = Row("b") if after is None else stack_of(EMPTY, *after)
    return Effect(stack_of(EMPTY, *types), outputs)
