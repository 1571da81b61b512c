"""Which words call each other recursively (strongly connected components)."""

from __future__ import annotations

from ..syntax import ast


def recursive_groups(bodies: dict[str, list[ast.Statement]]) -> list[set[str]]:
    """Groups of mutually recursive words, plus single self-recursive words."""
    edges = {
        name: {s.name for s in ast.walk(body) if isinstance(s, ast.WordCall) and s.name in bodies}
        for name, body in bodies.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[set[str]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        # Iterative Tarjan: each frame is a word and an iterator over its callees.
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, callees = work[-1]
            advanced = False
            for callee in callees:
                if callee not in index:
                    index[callee] = low[callee] = counter
                    counter += 1
                    stack.append(callee)
                    on_stack.add(callee)
                    work.append((callee, iter(edges[callee])))
                    advanced = True
                    break
                if callee in on_stack:
                    low[node] = min(low[node], index[callee])
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
                if len(group) > 1 or node in edges[node]:
                    groups.append(group)
    return groups
