"""unchecked-error-flag: the Bool a fallible builtin leaves, followed through
stack shuffles (`swap nip`, `>aux ... aux>`) until something drops it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..syntax import ast
from ..types.program import CheckedProgram
from .findings import Finding

RULE = "unchecked-error-flag"
Resolve = Callable[[ast.WordCall], str]


class Effects:
    """How many values a word takes and leaves, from the checker's effects."""

    def __init__(self, program: CheckedProgram) -> None:
        self.program = program


def check(body: list[ast.Statement], resolve: Resolve, effects: Effects) -> Iterator[Finding]:
    return iter(())
