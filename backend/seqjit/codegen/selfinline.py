"""How deep a recursive native word is inlined into itself.

LLVM never inlines a function into itself, so each recursive call of a
native word costs a frame, a poll and a call, where gcc -O2 expands a small
recursive C function into itself several levels deep (naive fib: half the
time). A native word's own calls that are not tail calls (those become
loops) are therefore compiled as copies of its body, a few levels deep;
only the innermost copies make real calls. Every real call still starts
with the poll, so stack overflow, Ctrl-C and preemption are caught as
before; the copies between two real calls are straight-line code.
"""

from __future__ import annotations

from ..syntax import ast
from ..types.facts import Typing

# The copies of a body together hold at most this many statements: fib's 13
# gives 4 levels (31 copies, about 1 KiB of machine code).
STATEMENT_BUDGET = 512
MAX_LEVELS = 4


def self_inline_levels(word: str, body: list[ast.Statement], typing: Typing) -> int:
    """The levels of `word`'s own calls to compile as copies of `body`."""
    statements = list(ast.walk(body))
    calls = sum(
        1 for s in statements if isinstance(s, ast.WordCall) and typing.resolved(s) == word
    )
    if calls == 0:
        return 0
    levels, copies, width = 0, 1, 1
    while levels < MAX_LEVELS:
        width *= calls
        if (copies + width) * len(statements) > STATEMENT_BUDGET:
            break
        copies += width
        levels += 1
    return levels
