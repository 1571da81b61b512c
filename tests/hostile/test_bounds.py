"""Inputs that reached outside what they own: a computed `pick`/`roll`
index off the stack, `args.at` past the arguments, running out of memory
or of memory mappings, dropping a structure deeper than the native stack,
taking the runtime's own fault signals, a sleep past the clock's end.
Each is a runtime error of the entry (or of a strand), and the session
answers the next entry.

What could kill the process running it runs in a REPL of its own
(`python -m seqrepl`, input piped, with a timeout); the rest uses the
in-process `seq` fixture."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seqrun import SeqRunner

REPL_TIMEOUT = 240


def repl(entries: list[str], preexec: Callable[[], None] | None = None,
         wrapper: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `entries` through a piped REPL of its own (or through the Python
    `wrapper` script, which starts one)."""
    command = [sys.executable, "-c", wrapper] if wrapper else [sys.executable, "-m", "seqrepl"]
    return subprocess.run(command, input="\n".join(entries) + "\n", text=True,
                          capture_output=True, timeout=REPL_TIMEOUT, preexec_fn=preexec)


def survived(done: subprocess.CompletedProcess[str]) -> None:
    """The REPL ended on its own and answered the last entry (`1 2 i.+`
    on an empty stack, or on top of whatever was left)."""
    assert done.returncode in (0, 1), (done.returncode, done.stderr[-2000:])
    assert done.stdout.rstrip().splitlines()[-1].endswith(" 3"), done.stdout[-2000:]


# --- pick and roll with computed indices ------------------------------------------------

PICK = ": pk ( Int Int -- Int Int ) pick ;"
ROLL = ": rl ( Int Int -- Int ) roll ;"


def index_error(op: str, n: int, depth: int) -> str:
    if n < 0:
        return f"{op}: index cannot be negative (got {n})"
    return f"{op}: index {n} exceeds stack depth {depth} (need at least {n + 1} values)"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(st.integers(-1000, 1000), min_size=1, max_size=8),
       n=st.integers(-12, 12))
def test_computed_pick_reads_only_the_stack(seq: SeqRunner, values: list[int], n: int) -> None:
    ran = seq.run(f"{PICK} {' '.join(map(str, values))} {n} pk")
    if 0 <= n < len(values):
        assert ran.error is None
        assert ran.stack == " ".join(map(str, [*values, values[-1 - n]]))
    else:
        assert ran.error is not None and index_error("pick", n, len(values)) in ran.error


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(st.integers(-1000, 1000), min_size=1, max_size=8),
       n=st.integers(-12, 12))
def test_computed_roll_moves_only_stack_values(seq: SeqRunner, values: list[int], n: int) -> None:
    ran = seq.run(f"{ROLL} {' '.join(map(str, values))} {n} rl")
    if 0 <= n < len(values):
        moved = values[-1 - n]
        rest = values[: len(values) - 1 - n] + values[len(values) - n:]
        assert ran.error is None
        assert ran.stack == " ".join(map(str, [*rest, moved]))
    else:
        assert ran.error is not None and index_error("roll", n, len(values)) in ran.error


def test_the_issues_pick_of_a_stale_value_is_an_error_not_a_crash() -> None:
    done = repl([": pks ( String Int -- String String ) pick ;",
                 '"abc" -3 pks string.length', '"abc" 99 pks string.length', "1 2 i.+"])
    assert "runtime error: pick: index cannot be negative (got -3)" in done.stdout
    assert "runtime error: pick: index 99 exceeds stack depth 1" in done.stdout
    survived(done)


def test_a_word_picks_from_its_callers_values_too(seq: SeqRunner) -> None:
    ran = seq.run(f"{PICK} : deep ( Int Int Int -- Int Int Int Int ) 2 pk ; 7 8 9 deep")
    assert ran.error is None and ran.stack == "7 8 9 7"


# --- args.at --------------------------------------------------------------------------------


def test_args_at_past_the_arguments_of_a_session_without_any() -> None:
    done = repl(["99 args.at string.length", "-1 args.at", "1 2 i.+"])
    assert "stack: 0" in done.stdout  # "" past the end, as the reference
    assert "runtime error: args.at: index must be non-negative, got -1" in done.stdout
    survived(done)


# --- out of memory, out of mappings ---------------------------------------------------------

MEMORY_LIMIT = 1500 * 2**20  # the REPL starts in less (about 1 GiB of address space)


def address_space_limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.slow
def test_running_out_of_memory_is_the_entrys_error() -> None:
    done = repl([": grow ( String -- String ) dup string.concat grow ;",
                 '"0123456789abcdef" grow',
                 ": fill ( Variant -- Variant ) 1 list.push fill ;", "list.make fill",
                 ": flood ( Channel -- Channel ) dup 1 swap chan.send drop flood ;",
                 "chan.make flood", "1 2 i.+"], preexec=address_space_limited)
    assert done.stdout.count("runtime error: out of memory") == 3, done.stdout
    survived(done)


SPAWN_FOREVER = ": spawns ( Int -- Int ) [ 1000 time.sleep-ms ] strand.spawn drop 1 i.+ spawns ;"


@pytest.mark.slow
def test_a_strand_that_cannot_have_stacks_fails_its_spawn() -> None:
    # Each strand's region is over 8 MiB of address space: the limit runs
    # out after a few dozen.
    done = repl([SPAWN_FOREVER, "0 spawns", "1500 time.sleep-ms", "1 2 i.+"],
                preexec=address_space_limited)
    assert "strand.spawn: out of memory: no room for the stacks of another strand" in done.stdout
    survived(done)


# A thread needs more address space than a strand's region, so once strands
# have taken it all no thread can start: the REPL must need none to go on
# (issue 16: the preemption ticker was a thread started for each run).
THREADS_NEED_ROOM = ("import runpy, sys, threading; threading.stack_size(64 * 2**20); "
                     "sys.argv = ['seqrepl']; runpy.run_module('seqrepl', run_name='__main__')")


@pytest.mark.slow
def test_no_thread_is_started_once_strands_hold_the_address_space() -> None:
    done = repl([SPAWN_FOREVER, "0 spawns", "1500 time.sleep-ms", "1 2 i.+"],
                preexec=address_space_limited, wrapper=THREADS_NEED_ROOM)
    assert "no room for the stacks of another strand" in done.stdout, done.stdout[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert "internal error" not in done.stdout, done.stderr[-2000:]
    survived(done)


# Before an entry runs, too little address space is left for a thread's
# stack (threads made big here): a timed entry, the settle run after it and
# `:load`'s progress must start none (issue 16: each started a
# threading.Timer, and failed with "can't start new thread").
NO_ROOM_FROM_ENTRY = textwrap.dedent("""
    import resource, runpy, sys, threading
    from seqrepl import repl
    FIRST_FULL = int(sys.argv[1])  # the first entry that finds no room
    threading.stack_size(512 * 2**20)
    run = repl.Repl.run
    entries = []
    def run_without_room(self, text):
        entries.append(text)
        if len(entries) == FIRST_FULL:
            pages = int(open("/proc/self/statm").read().split()[0])
            room = pages * resource.getpagesize() + 256 * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (room, room))
        return run(self, text)
    repl.Repl.run = run_without_room
    sys.argv = ["seqrepl"]
    runpy.run_module("seqrepl", run_name="__main__")
""")
TIMED_ENTRIES = ["1 drop", "3 4 i.+ drop", ":load six.seq", "six drop 1 2 i.+"]


def timed_entries_without_room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               first_full: int) -> subprocess.CompletedProcess[str]:
    (tmp_path / "six.seq").write_text(": six ( -- Int ) 6 ;\n")
    monkeypatch.setenv("SEQ_REPL_TIMEOUT", "120")
    monkeypatch.chdir(tmp_path)
    done = subprocess.run([sys.executable, "-c", NO_ROOM_FROM_ENTRY, str(first_full)],
                          input="\n".join(TIMED_ENTRIES) + "\n", text=True,
                          capture_output=True, timeout=REPL_TIMEOUT)
    assert "internal error" not in done.stdout + done.stderr, done.stdout[-2000:]
    survived(done)
    return done


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="Linux only")
def test_entries_once_threads_have_no_room_start_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first entry started the timer thread; the others use it.
    done = timed_entries_without_room(tmp_path, monkeypatch, first_full=2)
    assert "SEQ_REPL_TIMEOUT" not in done.stderr, done.stderr[-2000:]
    # No room from the first entry on (the runtime is cached now, so no
    # progress line started the timer thread before it): every entry runs
    # untimed and says so.
    done = timed_entries_without_room(tmp_path, monkeypatch, first_full=1)
    untimed = "no thread could start to time this entry: it runs without its 120s limit"
    assert done.stderr.count(untimed) == len(TIMED_ENTRIES), done.stderr[-2000:]


# Starts the REPL with all but HEADROOM of the process's memory mappings
# (vm.max_map_count) taken, as thousands of strands would take them.
TAKE_MAPPINGS = textwrap.dedent("""
    import ctypes, runpy, sys
    HEADROOM = 3000
    libc = ctypes.CDLL(None)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                          ctypes.c_int, ctypes.c_long]
    libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    import seqjit.live.session  # what the REPL maps before it starts
    with open("/proc/sys/vm/max_map_count") as limit, open("/proc/self/maps") as maps:
        n = int(limit.read()) - len(maps.readlines()) - HEADROOM
    # One reservation, every other page made readable: n mappings.
    start = libc.mmap(None, n * 4096, 0, 0x02 | 0x20 | 0x4000, -1, 0)
    for page in range(1, n, 2):
        libc.mprotect(start + page * 4096, 4096, 1)
    sys.argv = ["seqrepl"]
    runpy.run_module("seqrepl", run_name="__main__")
""")

BLOCKERS = (": blockers ( Channel Int -- Channel ) dup 0 i.> if over "
            "[ chan.receive drop drop drop ] strand.spawn drop drop 1 i.- blockers "
            "else drop then ;")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/sys/vm/max_map_count").exists(), reason="Linux only")
def test_strands_past_the_mapping_budget_fail_and_the_session_goes_on() -> None:
    done = repl([BLOCKERS, "chan.make 1000 blockers", "1 2 i.+"], wrapper=TAKE_MAPPINGS)
    assert "failed: out of memory: no room for the stacks of another strand" in done.stderr
    survived(done)


# --- deep structures ------------------------------------------------------------------------

LIST = ("union L { Nil  Cons { head: Int, tail: L } } "
        ": build ( L Int -- L ) dup 0 i.= if drop else "
        "swap over swap Make-Cons swap 1 i.- build then ;")


def test_dropping_a_long_list_in_code(seq: SeqRunner) -> None:
    ran = seq.run(f"{LIST} Make-Nil 20000 build drop 1 2 i.+")
    assert ran.error is None and ran.stack == "3"


def test_dropping_a_channel_holding_a_long_list(seq: SeqRunner) -> None:
    ran = seq.run(f"{LIST} chan.make Make-Nil 20000 build over chan.send drop drop 1 2 i.+")
    assert ran.error is None and ran.stack == "3", ran.error


def test_undo_drops_a_list_deeper_than_any_native_stack() -> None:
    done = repl([LIST, "Make-Nil 300000 build", ":undo", "Make-Nil 300000 build", ":reset",
                 "1 2 i.+"])
    survived(done)


# --- the runtime's own signals --------------------------------------------------------------


@pytest.mark.parametrize("op", ["signal.trap", "signal.default", "signal.ignore"])
def test_the_fault_signals_are_the_runtimes(seq: SeqRunner, op: str) -> None:
    ran = seq.run(f"11 {op}")
    assert ran.error is not None
    assert f"{op}: signal 11 (SIGSEGV) is reserved for the runtime's memory fault" in ran.error
    ran = seq.run(f"7 {op}")
    assert ran.error is not None and f"{op}: signal 7 (SIGBUS) is reserved" in ran.error


# --- sleeping -------------------------------------------------------------------------------


def test_a_sleep_past_the_end_of_the_clock_sleeps(seq: SeqRunner) -> None:
    scheduler = seq.session.scheduler
    try:
        ran = seq.run('[ 4611686018427387903 time.sleep-ms "woke" io.write-line ] strand.spawn '
                      "drop 50 time.sleep-ms 1 2 i.+")
        assert ran.error is None and "woke" not in ran.output
        assert [s.state for s in scheduler.strands()] == ["sleeping"]
    finally:
        seq.session.thread.call(
            lambda: [scheduler.kill(s.id) for s in scheduler.strands()], lambda: None)


def test_a_negative_sleep_is_an_error(seq: SeqRunner) -> None:
    ran = seq.run("-5 time.sleep-ms")
    assert ran.error is not None
    assert "time.sleep-ms: duration must be non-negative, got -5" in ran.error
