"""CPU time of all worker threads per run of a benchmark's `main`, in one
session (the JIT warm): best and median of N runs. On a loaded machine
this says more than wall time (benchmarks/threads.md, "Idle workers").

    SEQ_THREADS=2 .venv/bin/python benchmarks/cpu_per_run.py benchmarks/pingpong/pingpong.seq 7
"""

from __future__ import annotations

import sys

from idle_cpu import cpu_seconds, threads

from seqjit.live.session import Session


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2])
    session = Session()
    session.eval(open(path).read())
    session.eval("main")
    totals = []
    for _ in range(runs):
        ids = threads()
        before = {name: cpu_seconds(ident) for name, ident in ids.items()}
        session.eval("main")
        totals.append(sum(cpu_seconds(ident) - before[name] for name, ident in ids.items()))
    totals.sort()
    print(f"CPU per run: best {totals[0]:.3f} s, median {totals[len(totals) // 2]:.3f} s")


if __name__ == "__main__":
    main()
