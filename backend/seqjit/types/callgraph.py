"""Strongly connected components of a directed graph (Tarjan's algorithm)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from ..syntax import ast


def call_edges(bodies: dict[str, list[ast.Statement]]) -> dict[str, set[str]]:
    """Each word of `bodies` -> the words of `bodies` it calls."""
    return {
        name: {s.name for s in ast.walk(body) if isinstance(s, ast.WordCall) and s.name in bodies}
        for name, body in bodies.items()
    }


def strongly_connected(
    edges: Mapping[str, Iterable[str]],
    roots: Iterable[str] | None = None,
    within: Collection[str] | None = None,
) -> list[set[str]]:
    """Every strongly connected component of the graph `edges` (node ->
    successors, each a key), singletons included, in the order Tarjan's
    algorithm closes them; iterative, so deep graphs do not hit Python's
    recursion limit. With `roots` and `within`: only the components
    reachable from `roots` in the subgraph of the nodes `within`."""

    def out_of(node: str) -> Iterable[str]:
        found = edges[node]
        return found if within is None else (n for n in found if n in within)

    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[set[str]] = []
    for root in edges if roots is None else roots:
        if root in index:
            continue
        # Each frame is a node and an iterator over its successors.
        work = [(root, iter(out_of(root)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(out_of(successor))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: set[str] = set()
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    group.add(w)
                    if w == node:
                        break
                groups.append(group)
    return groups
