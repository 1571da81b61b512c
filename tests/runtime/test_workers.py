"""Per-worker state (runtime/worker.py): compiled code reaches its worker's
fields through %gs, and any Python thread that calls into compiled code is
pointed at the engine's worker first (runtime/bindings.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

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


# Eight strands computing at once (`chan.make 8 spawn-all 8 0 sum`).
FIB_WORDS = (": fib ( Int -- Int ) dup 2 i.< if else dup 1 i.- fib swap 2 i.- fib i.+ then ;"
             " : work ( Channel -- ) 27 fib swap chan.send drop ;"
             " : spawn-all ( Channel Int -- Channel ) dup 0 i.> if"
             "   over [ work ] strand.spawn drop drop 1 i.- spawn-all else drop then ;"
             " : sum ( Channel Int Int -- Int ) over 0 i.> if"
             "   2 pick chan.receive drop i.+ swap 1 i.- swap sum else swap drop swap drop then ;")

# Eight strands computing at once, with a second worker: it runs some of them.
PARALLEL = textwrap.dedent("""
    from seqjit.live.session import Session
    from seqjit.runtime.worker import worker_words
    s = Session()
    s.eval(FIB_WORDS)
    # A busy machine may not give the second worker's thread a core during
    # one run: run again (a bounded number of times) until it has run some.
    for attempt in range(40):
        s.eval("chan.make 8 spawn-all 8 0 sum")
        runs = [w.value for w in worker_words(s.engine, "strands_run")]
        if all(runs):
            break
        s.eval("drop")
    print(s.world.values[-1] >> 1, runs)
""").replace("FIB_WORDS", repr(FIB_WORDS))


@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_strands_run_on_every_worker_with_seq_threads() -> None:
    env = {**os.environ, "SEQ_THREADS": "2"}
    done = subprocess.run([sys.executable, "-c", PARALLEL], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    total, runs = done.stdout.split(" ", 1)
    assert int(total) == 8 * 196418
    counts = [int(n) for n in runs.strip("[]\n").split(",")]
    assert len(counts) == 2 and all(n > 0 for n in counts), counts


REFCOUNTS = textwrap.dedent("""
    from llvmlite import ir
    from seqjit.runtime.layout import emit_refcount_helpers
    module = ir.Module()
    emit_refcount_helpers(module)
    print("atomicrmw" in str(module))
""")


@pytest.mark.parametrize(("threads", "atomic"), [("1", "False"), ("2", "True")])
def test_reference_counts_are_atomic_only_with_several_workers(threads: str,
                                                              atomic: str) -> None:
    expected = atomic if GS_WORKERS else "False"
    done = subprocess.run([sys.executable, "-c", REFCOUNTS], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "SEQ_THREADS": threads})
    assert done.stdout.strip() == expected, done.stderr


# Two strands passing a counter back and forth, run as several entries: the
# strand a send woke waits in its worker's runnext, which the host's worker
# must count as work still to do (not "deadlock: this entry waits forever").
PINGPONG = textwrap.dedent("""
    from seqjit.live.session import Session
    s = Session()
    s.eval(": pong ( Channel Channel -- ) over chan.receive if 1 i.+ over chan.send drop pong"
           "   else drop drop drop then ;"
           " : ping ( Channel Channel Int Int -- Int ) over 0 i.> if"
           "   3 pick chan.send drop over chan.receive drop 1 i.+ swap 1 i.- swap ping"
           "   else swap drop swap drop swap drop then ;"
           " : go ( -- Int ) chan.make chan.make [ pong ] strand.spawn drop"
           "   over rot rot 1000000 0 ping swap chan.close ;")
    for _ in range(8):
        result = s.eval("go")
        assert not result.errors, result.errors[0].message
        print(s.world.values.pop() >> 1)
""")


@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_a_strand_woken_into_another_workers_runnext_is_not_a_deadlock() -> None:
    env = {**os.environ, "SEQ_THREADS": "2"}
    done = subprocess.run([sys.executable, "-c", PINGPONG], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["2000000"] * 8


# The scheduler lock sticks to the worker whose strands pass values to each
# other (runtime/schedlock.py): 100,000 round trips (400,000 channel
# operations) take it only when another worker asks for it.
LOCK_TAKES = PINGPONG.split("    for _ in")[0] + textwrap.dedent("""
    from seqjit.runtime.worker import worker_words
    s.eval("go")
    before = sum(w.value for w in worker_words(s.engine, "lock_takes"))
    s.eval(": go2 ( -- Int ) chan.make chan.make [ pong ] strand.spawn drop"
           "   over rot rot 100000 0 ping swap chan.close ; go2")
    print(sum(w.value for w in worker_words(s.engine, "lock_takes")) - before)
""")


@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_strands_passing_values_on_one_worker_seldom_take_the_lock() -> None:
    env = {**os.environ, "SEQ_THREADS": "2"}
    done = subprocess.run([sys.executable, "-c", LOCK_TAKES], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) < 40_000  # without it, 400,000 or more


# One strand computing alone for a second beside an idle worker: the idle
# worker naps (runtime/idle.py) instead of looking every 50 us, each look
# taking the scheduler lock from the busy worker (10,000 or more a second).
# Then eight computing strands spawned by a strand that computed alone a
# while still spread to both workers (a spawn rouses the napping one).
NAPPING = textwrap.dedent("""
    from seqjit.live.session import Session
    from seqjit.runtime.worker import worker_words
    s = Session()
    s.eval(FIB_WORDS)
    s.eval(": spin ( Int -- ) time.nanos over i.< if spin else drop then ;")
    def takes():
        return sum(w.value for w in worker_words(s.engine, "lock_takes"))
    before = takes()
    s.eval("time.nanos 1000000000 i.+ spin")
    print(takes() - before)
    for attempt in range(40):
        start = [w.value for w in worker_words(s.engine, "strands_run")]
        s.eval("time.nanos 200000000 i.+ spin chan.make 8 spawn-all 8 0 sum drop")
        runs = [w.value - n for w, n in zip(worker_words(s.engine, "strands_run"), start)]
        if all(runs):
            break
    print(runs)
""").replace("FIB_WORDS", repr(FIB_WORDS))


@pytest.mark.slow
@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_an_idle_worker_naps_and_a_spawn_wakes_it() -> None:
    env = {**os.environ, "SEQ_THREADS": "2"}
    done = subprocess.run([sys.executable, "-c", NAPPING], capture_output=True, text=True,
                          timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    takes, runs = done.stdout.strip().splitlines()
    assert int(takes) < 1_000  # polling: 3,000 on a loaded machine, 20,000 on a quiet one
    assert all(n > 0 for n in json.loads(runs)), runs


# Strands passing values on one worker while the other worker wants the
# lock (to look for work, then nap): the lock is handed to it at the
# holder's next drop (runtime/schedlock.py). Let go instead, the holder
# took it back at its next channel operation before the asker (spinning,
# yielding the CPU) looked, so the asker spun for the whole run.
IDLE_WHILE_PASSING = PINGPONG.split("    for _ in")[0] + textwrap.dedent("""
    import sys
    sys.path.insert(0, BENCHMARKS)
    from idle_cpu import cpu_seconds, threads
    s.eval("go")
    busy = idle = 0.0
    for _ in range(8):
        ids = threads()
        before = {name: cpu_seconds(ident) for name, ident in ids.items()}
        s.eval("go")
        used = sorted(cpu_seconds(ident) - before[name] for name, ident in ids.items())
        idle, busy = idle + used[0], busy + used[-1]
    print(idle, busy)
""").replace("BENCHMARKS", repr(str(Path(__file__).parents[2] / "benchmarks")))


@pytest.mark.slow
@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_a_worker_wanting_the_lock_from_strands_passing_values_gets_it() -> None:
    env = {**os.environ, "SEQ_THREADS": "2"}
    done = subprocess.run([sys.executable, "-c", IDLE_WHILE_PASSING], capture_output=True,
                          text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    idle, busy = map(float, done.stdout.split()[-2:])
    assert idle < 0.15 * busy, (idle, busy)  # let go, not handed: 0.25-0.7 of it
