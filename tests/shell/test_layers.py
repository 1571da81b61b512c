"""The shell's modules import one another in one direction only (lazy
imports inside functions count too), and the session does not reach up to
the test runner that stands on it."""

from __future__ import annotations

import ast
from pathlib import Path

import seqjit

PACKAGE = Path(seqjit.__file__).parent


def imports(path: Path) -> set[str]:
    """The seqjit modules `path` imports, as paths relative to the package."""
    module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = module.split(".")[: len(module.split(".")) - node.level] if node.level else []
            target = [*base, *(node.module.split(".") if node.module else [])]
            if not node.level and target[:1] == ["seqjit"]:
                target = target[1:]
            names = [[*target, alias.name] for alias in node.names]
            for candidate in [target, *names]:
                if (PACKAGE.joinpath(*candidate).with_suffix(".py")).is_file():
                    found.add(".".join(candidate))
    return found


def graph(modules: list[str]) -> dict[str, set[str]]:
    return {m: imports(PACKAGE.joinpath(*m.split(".")).with_suffix(".py")) & set(modules)
            for m in modules}


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle in the import graph, or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_shell_has_no_import_cycles() -> None:
    shell = sorted(f"shell.{p.stem}" for p in (PACKAGE / "shell").glob("*.py"))
    edges = graph(shell)
    assert edges["shell.commands"] >= {"shell.completion", "shell.catalog"}
    assert "shell.commands" not in edges["shell.completion"]
    assert cycle(edges) is None


def test_the_test_runner_stands_on_the_session() -> None:
    edges = graph(["live.session", "tools.testrunner"])
    assert edges == {"live.session": set(), "tools.testrunner": {"live.session"}}
