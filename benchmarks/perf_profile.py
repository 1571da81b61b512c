"""Profile a benchmark's `main` with perf, JIT'd code named: a session
evaluates the file, runs `main` once (warm), writes /tmp/perf-PID.map from
the symbol tables of every object the engine loaded (the runtime's and
the program's), then records `perf record -e cpu-clock -g` while `main`
runs N more times.

    SEQ_THREADS=2 .venv/bin/python benchmarks/perf_profile.py \
        benchmarks/pingpong/pingpong.seq 5 /tmp/pp2.data
    perf report -i /tmp/pp2.data --no-children --sort pid,sym -g none

PERF_CALL_GRAPH=dwarf,1024 names the JIT'd caller of a libc call (sched_yield).
Each object is also written to /tmp/perf-PID-objects/ for `objdump -d`
(perf cannot disassemble JIT'd code; `perf script -F ip,sym,symoff` gives
offsets).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time

import llvmlite.binding as llvm

from seqjit.live.engine import Engine
from seqjit.live.session import Session

OBJECTS: dict[str, bytes] = {}  # every module's object (compiled or from the cache), by name
_store, _load = Engine._store_object, Engine._load_object


def _kept_store(self: Engine, module: llvm.ModuleRef, buffer: bytes) -> None:
    OBJECTS[module.name] = bytes(buffer)
    _store(self, module, buffer)


def _kept_load(self: Engine, module: llvm.ModuleRef) -> bytes | None:
    obj = _load(self, module)
    if obj:
        OBJECTS[module.name] = obj
    return obj


# Before the session's engine is made: it hands these to MCJIT as its object cache.
Engine._store_object = _kept_store  # type: ignore[method-assign]
Engine._load_object = _kept_load  # type: ignore[method-assign]


def symbols(obj: bytes) -> list[tuple[str, int]]:
    """(name, size) of each function an ELF object defines."""
    with tempfile.NamedTemporaryFile(suffix=".o") as file:
        file.write(obj)
        file.flush()
        out = subprocess.run(["nm", "-S", "--defined-only", file.name],
                             capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "tT":
            found.append((parts[3], int(parts[1], 16)))
    return found


def write_map(session: Session) -> int:
    engine = session.engine.engine
    lines = []
    objects = f"/tmp/perf-{os.getpid()}-objects"
    os.makedirs(objects, exist_ok=True)
    for key, obj in OBJECTS.items():
        with open(f"{objects}/{key[:40]}.o", "wb") as file:
            file.write(obj)
        for name, size in symbols(obj):
            address = engine.get_function_address(name)
            if address:
                lines.append(f"{address:x} {size:x} {name}\n")
    with open(f"/tmp/perf-{os.getpid()}.map", "w") as out:
        out.writelines(lines)
    return len(lines)


def main() -> None:
    path, runs, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    session = Session()
    session.eval(open(path).read())
    session.eval("main")
    print(f"{write_map(session)} functions mapped", file=sys.stderr)
    graph = os.environ.get("PERF_CALL_GRAPH", "fp")  # dwarf: a JIT'd caller of a libc call shows
    perf = subprocess.Popen(["perf", "record", "-q", "-e", "cpu-clock", "--call-graph", graph, "-p",
                             str(os.getpid()), "-o", out])
    time.sleep(1.0)
    for _ in range(runs):
        session.eval("main")
    perf.send_signal(signal.SIGINT)
    perf.wait(timeout=60)


if __name__ == "__main__":
    main()
