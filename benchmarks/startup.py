"""How long seqrepl takes to start.

    python benchmarks/startup.py [--runs N]

Three measurements, each the median (and best) of --runs runs:

- script, warm: `seqrepl hello.seq` with the cache the first run filled;
- script, cold: the same with XDG_CACHE_HOME pointing at a new, empty
  directory each run (what the installation carries is still used: see
  seqjit/cache.py's `shipped_root`);
- REPL, warm: from starting `seqrepl` in a pseudo-terminal until its prompt
  `seq> ` appears (then it is sent Ctrl-D).

Wall time is from fork to exit (or to the prompt); CPU is the process's
user + system time, which a busy machine inflates much less than wall time.
The first line says what the installation carries (`make prebuilt`: the
runtime compiled for this machine, and bytecode, which Python does not write
where PYTHONDONTWRITEBYTECODE is set): without them every figure is higher.
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HELLO = ': main ( -- ) "hello" io.write-line ;\n'
PROMPT = b"seq> "
TIMEOUT_S = 60.0


def seqrepl() -> str:
    beside = Path(sys.executable).parent / "seqrepl"
    return str(beside) if beside.exists() else "seqrepl"


def script_run(script: Path, env: dict[str, str]) -> tuple[float, float]:
    """One `seqrepl script`: (wall seconds, CPU seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen([seqrepl(), str(script)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read() if proc.stdout else b""
    if os.waitstatus_to_exitcode(status) != 0 or out != b"hello\n":
        raise SystemExit(f"seqrepl {script} failed: {out!r}")
    return wall, usage.ru_utime + usage.ru_stime


def prompt_run(env: dict[str, str]) -> tuple[float, float]:
    """One REPL start in a pty: (wall seconds until the prompt, CPU seconds
    of the whole process, which ends at once on Ctrl-D)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(seqrepl(), [seqrepl()], env)
    seen = b""
    wall = None
    try:
        while wall is None:
            ready, _, _ = select.select([fd], [], [], TIMEOUT_S)
            if not ready:
                raise SystemExit(f"no prompt after {TIMEOUT_S} s: {seen[-300:]!r}")
            seen += os.read(fd, 65536)
            if PROMPT in seen:
                wall = time.perf_counter() - start
        os.write(fd, b"\x04")  # Ctrl-D: leave
        while True:
            ready, _, _ = select.select([fd], [], [], TIMEOUT_S)
            try:
                if not ready or not os.read(fd, 65536):
                    break
            except OSError:  # the child closed the terminal
                break
    finally:
        _, _, usage = os.wait4(pid, 0)
        os.close(fd)
    return wall, usage.ru_utime + usage.ru_stime


def installed() -> str:
    """What the installation carries that spares a start work."""
    found = subprocess.run(
        [sys.executable, "-c", "import importlib.util, os, seqjit.live.session as s\n"
         "from seqjit.cache import shipped_root\n"
         "root = shipped_root()\n"
         "print(bool(root and any(root.glob('objects/*/runtime-*.checked.o'))),"
         " os.path.exists(importlib.util.cache_from_source(s.__file__)))"],
        capture_output=True, text=True, check=True)
    runtime, bytecode = found.stdout.split()
    return (f"installation: prebuilt runtime {'yes' if runtime == 'True' else 'NO'}, "
            f"bytecode {'yes' if bytecode == 'True' else 'NO'}")


def measure(label: str, runs: int, once: Callable[[], tuple[float, float]]) -> None:
    walls, cpus = zip(*(once() for _ in range(runs)), strict=True)
    print(f"{label:<24}{1e3 * min(walls):>9.0f}{1e3 * statistics.median(walls):>11.0f}"
          f"{1e3 * statistics.median(cpus):>10.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "hello.seq"
        script.write_text(HELLO)
        warm = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        warm.pop("NO_COLOR", None)
        script_run(script, warm)  # fills the cache
        print(installed())
        print(f"startup ({args.runs} runs)       best ms  median ms    CPU ms")

        def cold() -> tuple[float, float]:
            with tempfile.TemporaryDirectory(dir=tmp) as empty:
                return script_run(script, dict(warm, XDG_CACHE_HOME=empty))

        measure("script, warm cache", args.runs, lambda: script_run(script, warm))
        measure("script, empty cache", args.runs, cold)
        prompt_run(warm)  # the REPL's first start may write what it keeps
        measure("REPL prompt, warm", args.runs, lambda: prompt_run(warm))
    return 0


if __name__ == "__main__":
    sys.exit(main())
