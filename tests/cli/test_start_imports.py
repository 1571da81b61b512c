"""A script run starts without loading what only other commands need (the
REPL's prompt_toolkit and Pygments, the notebook's Jupyter pieces, the
linter, TLS, TOML): each costs start-up time (benchmarks/startup.py). The
modules are read from a process of its own, which runs a script as
`seqrepl FILE.seq` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from seqjit.cache import cache_root

NOT_AT_START = ("prompt_toolkit", "pygments", "jupyter_client", "ipykernel", "zmq", "ssl",
                "tomllib", "asyncio", "concurrent", "subprocess", "importlib.metadata",
                "seqjit.lint", "seqjit.shell")
# Nor, when its compiled program was kept by the run before (live/programs.py),
# the parser, the checker, the code generator or a REPL's world; nor any
# builtin family, syntax tree, type term or FFI manifest: a family's runtime
# module is imported when the program first calls one of its host services
# (live/hostservices.py).
NOT_WHEN_KEPT = ("seqjit.syntax", "seqjit.types", "seqjit.codegen.program",
                 "seqjit.codegen.probe", "seqjit.codegen.words", "seqjit.builtins",
                 "seqjit.ffi", "seqjit.live.world", "datetime")

PROBE = """
import json, sys
sys.argv = ["seqrepl", sys.argv[1]]
from seqrepl.cli import main
code = main()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def modules_loaded(script: Path, env: dict[str, str] | None = None,
                   output: str = "hello\n") -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(script)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == output
    return json.loads(done.stderr.strip().splitlines()[-1])


def kept_env(tmp_path: Path) -> dict[str, str]:
    """A cache of its own, which takes the compiled runtime from the usual one."""
    return {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "SEQJIT_SHIPPED_CACHE": str(cache_root())}


def among(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_a_script_run_loads_no_module_only_other_commands_need(tmp_path: Path) -> None:
    script = tmp_path / "hello.seq"
    script.write_text(': main ( -- ) "hello" io.write-line ;\n')
    assert among(modules_loaded(script), NOT_AT_START) == []


def test_a_kept_program_runs_without_the_compiler(tmp_path: Path) -> None:
    script = tmp_path / "hello.seq"
    script.write_text(': main ( -- ) "hello" io.write-line ;\n')
    env = kept_env(tmp_path)
    first = modules_loaded(script, env)
    assert among(first, NOT_WHEN_KEPT) != []  # compiled, and kept
    assert among(modules_loaded(script, env), NOT_AT_START + NOT_WHEN_KEPT) == []


def test_a_kept_program_imports_the_families_whose_host_services_it_calls(
        tmp_path: Path) -> None:
    script = tmp_path / "digest.seq"
    script.write_text(': main ( -- ) "abc" crypto.sha256 io.write-line '
                      '1.5 float->string io.write-line ;\n')
    env = kept_env(tmp_path)
    output = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n1.5\n"
    modules_loaded(script, env, output)
    kept = modules_loaded(script, env, output)  # each service bound at its first call
    assert "seqjit.builtins.crypto.runtime" in kept
    assert among(kept, ("seqjit.builtins.net", "seqjit.builtins.regex", "seqjit.types.checker",
                        "seqjit.codegen.program")) == []


# What the REPL loads only when used: argparse (for options it was not
# given), pygments' Python lexer (a `%%python` cell highlighted).
NOT_AT_REPL_START = ("argparse", "pygments.lexers.python")

REPL_PROBE = """
import json, sys
sys.argv = ["seqrepl"]
from seqrepl.cli import main
code = main()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def test_the_repl_starts_without_what_it_needs_only_later(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", REPL_PROBE], input="1 2 i.+\n",
                          capture_output=True, text=True, timeout=120, env=kept_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "3" in done.stdout
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert "seqjit.shell.highlight" in modules
    assert among(modules, NOT_AT_REPL_START) == []
