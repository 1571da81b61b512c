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
# the parser, the checker, the code generator or a REPL's world.
NOT_WHEN_KEPT = ("seqjit.syntax.parser", "seqjit.types.checker", "seqjit.types.program",
                 "seqjit.codegen.program", "seqjit.builtins.all", "seqjit.live.world")

PROBE = """
import json, sys
sys.argv = ["seqrepl", sys.argv[1]]
from seqrepl.cli import main
code = main()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def modules_loaded(script: Path, env: dict[str, str] | None = None) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(script)], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "hello\n"
    return json.loads(done.stderr.strip().splitlines()[-1])


def among(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_a_script_run_loads_no_module_only_other_commands_need(tmp_path: Path) -> None:
    script = tmp_path / "hello.seq"
    script.write_text(': main ( -- ) "hello" io.write-line ;\n')
    assert among(modules_loaded(script), NOT_AT_START) == []


def test_a_kept_program_runs_without_the_compiler(tmp_path: Path) -> None:
    script = tmp_path / "hello.seq"
    script.write_text(': main ( -- ) "hello" io.write-line ;\n')
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "SEQJIT_SHIPPED_CACHE": str(cache_root())}  # the runtime compiled already
    first = modules_loaded(script, env)
    assert among(first, NOT_WHEN_KEPT) != []  # compiled, and kept
    assert among(modules_loaded(script, env), NOT_AT_START + NOT_WHEN_KEPT) == []
