"""unreachable-chan-yield: `chan.yield` in a word that no spawned strand or
weave can be running, so there is no peer to yield to.

A word can run cooperatively when its body spawns or weaves (yielding
beside the strand it just started is the usual idiom), when a literal
quotation handed straight to `strand.spawn`/`strand.weave` calls it, or
when such a word calls it, directly or not. Quotations kept in data and
called later are not followed (as in the reference).
"""

from __future__ import annotations

from ..syntax import ast
from ..types.callgraph import call_edges
from ..types.program import CheckedProgram
from .findings import Finding
from .patterns import bodies as bodies_in

RULE = "unreachable-chan-yield"
STARTERS = ("strand.spawn", "strand.weave")


def unreachable_yields(program: CheckedProgram, module: ast.Module) -> dict[str, list[Finding]]:
    """`module`'s words -> their `chan.yield` calls no strand can reach."""
    bodies = {name: word.definition.body for name, word in program.words.items()}
    bodies.update((w.name, w.body) for w in module.words)
    cooperative = _reachable(_seeds(bodies), call_edges(bodies))
    out: dict[str, list[Finding]] = {}
    for word in module.words:
        if word.name in cooperative:
            continue
        for stmt in ast.walk(word.body):
            if isinstance(stmt, ast.WordCall) and stmt.name == "chan.yield":
                out.setdefault(word.name, []).append(Finding(
                    RULE, "error",
                    f"`chan.yield` in `{word.name}` has nothing to yield to: no "
                    "`strand.spawn` or `strand.weave` reaches this word (run it in a strand, "
                    "or remove the yield)", stmt.span))
    return out


def _seeds(bodies: dict[str, list[ast.Statement]]) -> set[str]:
    seeds: set[str] = set()
    for name, body in bodies.items():
        if any(isinstance(s, ast.WordCall) and s.name in STARTERS for s in ast.walk(body)):
            seeds.add(name)
        for seq in bodies_in(body):
            for before, stmt in zip(seq, seq[1:], strict=False):
                if isinstance(stmt, ast.WordCall) and stmt.name in STARTERS \
                        and isinstance(before, ast.Quotation):
                    seeds.update(s.name for s in ast.walk(before.body)
                                 if isinstance(s, ast.WordCall) and s.name in bodies)
    return seeds


def _reachable(seeds: set[str], edges: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    frontier = list(seeds)
    while frontier:
        name = frontier.pop()
        if name not in seen:
            seen.add(name)
            frontier.extend(edges.get(name, set()) - seen)
    return seen
