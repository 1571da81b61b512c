"""Where the workers run (live/placement.py): each run of the scheduler
binds the workers beside the host's to CPUs other than the one the host's
worker (the engine thread) runs on; the engine thread stays free."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from seqjit.runtime.segment import GS_WORKERS

CPUS = sorted(os.sched_getaffinity(0))

# The engine thread is moved from CPU to CPU (as the kernel may move it);
# after each entry, where every thread may run.
FOLLOWING = textwrap.dedent("""
    import json, os
    from seqjit.live.session import Session
    s = Session()
    placement = s.scheduler.placement
    engine = s.thread.thread.native_id
    s.eval(": up ( Int -- Int ) dup 10 i.< if 1 i.+ up then ;")
    seen = []
    for cpu in CPUS:
        os.sched_setaffinity(engine, {cpu})
        s.eval("0 up")
        seen.append({"engine": sorted(os.sched_getaffinity(engine)),
                     "workers": [sorted(os.sched_getaffinity(t)) for t in placement.threads],
                     "top": s.world.values[-1] >> 1})
    print(json.dumps(seen))
""")


def run_script(script: str, workers: int) -> list[dict]:
    env = {**os.environ, "SEQ_THREADS": str(workers)}
    done = subprocess.run([sys.executable, "-c", script.replace("CPUS", repr(CPUS))],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not GS_WORKERS or len(CPUS) < 2,
                    reason="several workers need %gs (x86-64 Linux) and two CPUs")
def test_other_workers_keep_off_the_host_workers_cpu() -> None:
    seen = run_script(FOLLOWING, 2)
    assert [run["top"] for run in seen] == [10] * len(CPUS)
    for at, run in enumerate(seen):
        host, = run["engine"]  # (the test bound it; the runtime never does)
        assert host == CPUS[at]
        assert run["workers"] == [[CPUS[(at + 1) % len(CPUS)]]], run


@pytest.mark.skipif(not GS_WORKERS or len(CPUS) < 2,
                    reason="several workers need %gs (x86-64 Linux) and two CPUs")
def test_more_workers_than_cpus_are_left_to_the_kernel() -> None:
    seen = run_script(FOLLOWING, len(CPUS) + 1)
    for run in seen:
        assert run["workers"] == [CPUS] * len(CPUS), run
