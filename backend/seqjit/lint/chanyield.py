"""unreachable-chan-yield: `chan.yield` in a word no spawn or weave reaches."""

from __future__ import annotations

from ..syntax import ast
from ..types.program import CheckedProgram
from .findings import Finding

RULE = "unreachable-chan-yield"


def unreachable_yields(program: CheckedProgram, module: ast.Module) -> dict[str, list[Finding]]:
    return {}
