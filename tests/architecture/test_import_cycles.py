"""No import cycles among the modules of seqjit, seqrepl and seqkernel.

The module graph comes from every import statement in the source, wherever
it stands (a function-level import is how a cycle hides, so it counts).
Only imports between our own modules are edges; importing a module does
not count as importing its parent packages. A cycle is reported as its
strongly connected component (the modules that all reach each other),
with one concrete path round it.
"""

from __future__ import annotations

import ast
from collections import deque
from pathlib import Path

from seqjit.types.callgraph import strongly_connected

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "seqjit": ROOT / "backend" / "seqjit",
    "seqrepl": ROOT / "seqrepl",
    "seqkernel": ROOT / "seqkernel",
}

Graph = dict[str, set[str]]


def module_files(packages: dict[str, Path]) -> dict[str, Path]:
    """Module name -> file, for every .py file under each package's directory."""
    modules = {}
    for name, directory in packages.items():
        for path in sorted(directory.rglob("*.py")):
            parts = [name, *path.relative_to(directory).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imported_names(module: str, is_package: bool, tree: ast.AST) -> set[str]:
    """Absolute dotted names of what every import in `tree` imports (for
    `from X import n`, `X.n`: a submodule, or a name in X)."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - (node.level - 1)])
                base = f"{anchor}.{base}" if base else anchor
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def build_graph(packages: dict[str, Path]) -> Graph:
    """Each of our modules -> the modules of ours it imports."""
    files = module_files(packages)
    graph: Graph = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(), str(path))
        names = imported_names(module, path.name == "__init__.py", tree)
        graph[module] = {target for name in names
                         if (target := own_module(name, files)) and target != module}
    return graph


def own_module(name: str, modules: dict[str, Path]) -> str | None:
    """The longest prefix of `name` that is one of our modules, if any;
    `from pkg import n` where n is a submodule names pkg.n, otherwise pkg."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def components(graph: Graph) -> list[frozenset[str]]:
    """The strongly connected components with more than one module."""
    groups = strongly_connected({node: set(sorted(graph[node])) for node in sorted(graph)})
    return sorted((frozenset(g) for g in groups if len(g) > 1), key=sorted)


def a_cycle(graph: Graph, component: frozenset[str]) -> list[str]:
    """A shortest path from the component's first module round to itself."""
    start = min(component)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph[node] & component):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [start, *reversed(path[:-1]), start]
            if child not in came_from:
                came_from[child] = node
                queue.append(child)
    raise AssertionError(f"{sorted(component)} is not a cycle")


def describe(graph: Graph, cycles: list[frozenset[str]]) -> str:
    return "\n".join(f"  {sorted(c)}\n    e.g. {' -> '.join(a_cycle(graph, c))}" for c in cycles)


def test_there_are_no_import_cycles() -> None:
    graph = build_graph(PACKAGES)
    cycles = components(graph)
    assert not cycles, "import cycles:\n" + describe(graph, cycles)


# --- the check itself, on a package made up for it -----------------------------------------


def make_package(root: Path, files: dict[str, str]) -> dict[str, Path]:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return {"pkg": root / "pkg"}


SYNTHETIC = {
    "__init__.py": "",
    "a.py": "from . import b\nimport os\n",
    # the way back is a function-level import: still a cycle
    "b.py": "def f():\n    from .a import thing\n    return thing\n",
    "c.py": "from pkg.a import thing\nfrom pkg import sub\n",
    "sub/__init__.py": "from .d import y\n",
    "sub/d.py": "from ..c import z\nfrom ... import elsewhere\n",
    "e.py": "import pkg.sub.d\n",
}


def test_the_graph_resolves_absolute_relative_and_function_level_imports(tmp_path: Path) -> None:
    graph = build_graph(make_package(tmp_path, SYNTHETIC))
    assert graph == {
        "pkg": set(),
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.a"},
        "pkg.c": {"pkg.a", "pkg.sub"},
        "pkg.sub": {"pkg.sub.d"},
        "pkg.sub.d": {"pkg.c"},
        "pkg.e": {"pkg.sub.d"},
    }


def test_cycles_are_found_and_shown(tmp_path: Path) -> None:
    graph = build_graph(make_package(tmp_path, SYNTHETIC))
    cycles = components(graph)
    assert cycles == [frozenset({"pkg.a", "pkg.b"}),
                      frozenset({"pkg.c", "pkg.sub", "pkg.sub.d"})]
    assert a_cycle(graph, cycles[1]) == ["pkg.c", "pkg.sub", "pkg.sub.d", "pkg.c"]
    assert "pkg.a -> pkg.b -> pkg.a" in describe(graph, cycles)
