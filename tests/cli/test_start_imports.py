"""A script run starts without loading what only other commands need (the
REPL's prompt_toolkit and Pygments, the notebook's Jupyter pieces, the
linter, TLS, TOML): each costs start-up time (benchmarks/startup.py). The
modules are read from a process of its own, which runs a script as
`seqrepl FILE.seq` does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

NOT_AT_START = ("prompt_toolkit", "pygments", "jupyter_client", "ipykernel", "zmq", "ssl",
                "tomllib", "asyncio", "concurrent", "subprocess", "importlib.metadata",
                "seqjit.lint", "seqjit.shell")

PROBE = """
import json, sys
sys.argv = ["seqrepl", sys.argv[1]]
from seqrepl.cli import main
code = main()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def test_a_script_run_loads_no_module_only_other_commands_need(tmp_path: Path) -> None:
    script = tmp_path / "hello.seq"
    script.write_text(': main ( -- ) "hello" io.write-line ;\n')
    done = subprocess.run([sys.executable, "-c", PROBE, str(script)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "hello\n"
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    loaded = [m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_START)]
    assert loaded == []
