"""resource-leak-*, resource-branch-inconsistent: weave handles and channels
followed through a body until they are cleaned up, handed on or dropped."""

from __future__ import annotations

from collections.abc import Iterator

from ..syntax import ast
from .findings import Finding
from .flags import Effects, Resolve

BRANCH_RULE = "resource-branch-inconsistent"
LEAK_RULES = {"weave": "resource-leak-weavehandle", "channel": "resource-leak-channel"}


def check(body: list[ast.Statement], resolve: Resolve, effects: Effects) -> Iterator[Finding]:
    return iter(())
