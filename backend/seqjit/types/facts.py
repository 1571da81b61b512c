"""What the checker learns about a body, kept beside the syntax tree.

The parser's tree is never changed after parsing. The checker records here
what code generation needs to know about its nodes:
- the builtin an arithmetic sugar call (`+`, `=`, ...) resolves to;
- each quotation's type (Quot, or Closure with what it captures);
- what a probe (`~~`) shows: the word it is in and the stack's static types there;
- the stack before and after each statement (for editors: the stack at a
  point of a body).

A `Typing` describes the nodes of one body (a word's, or a REPL entry's
code), keyed by node identity: whoever holds a Typing also holds the body
it describes (a checked `Word` its definition, a `CheckedCode` its code),
so no node it names is freed while it is in use.
"""

from __future__ import annotations

from ..syntax import ast
from .terms import Closure, Quot, Stack

PROBE = "~~"  # prints the stack with its types, leaving it as it is (gforth's ~~)


class Typing:
    """The checker's facts about the nodes of one body.

    `sugar` (id of a sugar call -> its builtin) is public for passes that
    read every word at each REPL entry (native-word selection): a dict
    lookup there costs what reading a node's field did. Only the checker
    writes it.
    """

    __slots__ = ("_probes", "_quotations", "_stacks", "sugar")

    def __init__(self) -> None:
        self.sugar: dict[int, str] = {}
        self._quotations: dict[int, Quot | Closure] = {}
        self._probes: dict[int, tuple[str, tuple[str, ...]]] = {}
        self._stacks: dict[int, tuple[Stack, Stack]] = {}

    # --- written by the checker -----------------------------------------------------

    def record_sugar(self, call: ast.WordCall, builtin: str) -> None:
        self.sugar[id(call)] = builtin

    def record_quotation(self, quot: ast.Quotation, qtype: Quot | Closure) -> None:
        self._quotations[id(quot)] = qtype

    def record_probe(self, call: ast.WordCall, word: str, types: tuple[str, ...]) -> None:
        self._probes[id(call)] = (word, types)

    def record_stacks(self, stmt: ast.Statement, before: Stack, after: Stack) -> None:
        self._stacks[id(stmt)] = (before, after)

    # --- read by code generation ----------------------------------------------------

    def resolved(self, call: ast.WordCall) -> str:
        """The word `call` runs: its name, or the builtin its sugar resolved to."""
        return self.sugar.get(id(call), call.name)

    def quotation_type(self, quot: ast.Quotation) -> Quot | Closure:
        """The type the checker gave `quot` (every checked quotation has one)."""
        return self._quotations[id(quot)]

    def probe(self, call: ast.WordCall) -> tuple[str, tuple[str, ...]]:
        """The word a probe is in ('' at top level) and the static types of
        the stack's known top there, bottom first."""
        return self._probes.get(id(call), ("", ()))

    # --- read by editors ------------------------------------------------------------

    def stacks(self, stmt: ast.Statement) -> tuple[Stack, Stack] | None:
        """The stack before and after `stmt` as the checker inferred them
        (None: checking stopped before it). Types inside a quotation body
        are as inferred at that point, before the quotation's later
        statements refined them."""
        return self._stacks.get(id(stmt))
