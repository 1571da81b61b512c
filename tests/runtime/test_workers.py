"""Per-worker state (runtime/worker.py): compiled code reaches its worker's
fields through %gs, and any Python thread that calls into compiled code is
pointed at the engine's worker first (runtime/bindings.py)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest

from seqjit.runtime.segment import GS_WORKERS
from seqjit.shell.shell import Shell

# Two sessions (two engines, two sets of workers) driven alternately from a
# thread that is neither's engine thread: each call must find its own worker.
ALTERNATING = textwrap.dedent("""
    import threading
    from seqjit.live.session import Session
    a, b = Session(), Session()
    for s, n in ((a, 1000), (b, 2000)):
        s.eval(f": down ( Int -- Int ) dup 0 i.> if 1 i.- down then ;"
               f" : go ( -- Int ) {n} down {n} i.+ ;")
    results = []
    def run():
        for s in (a, b, a):
            s.world.eval("go")
            results.append(list(s.world.values))
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    print(results)
""")


def test_threads_alternating_between_engines_reach_their_own_worker() -> None:
    done = subprocess.run([sys.executable, "-c", ALTERNATING], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[[2001], [4001], [2001, 2001]]"


@pytest.mark.skipif(not GS_WORKERS, reason="workers are reached through %gs on x86-64 Linux")
def test_a_loop_polls_its_workers_guard_in_one_instruction(session) -> None:
    shell = Shell(session)
    shell.run_code(": count ( Int -- Int ) dup 0 i.> if 1 i.- count then ;")
    asm = shell.run_command(":asm count").text
    assert re.search(r"movq\s+%gs:\d+, %r", asm), asm
