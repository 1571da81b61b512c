"""Strands in script mode (`seqrepl FILE.seq`), run as a user runs it: what
happens to strands left running when `main` returns, how a deadlock is
reported, what a failing strand does to the rest, and the native stack size
(`SEQ_STACK_SIZE`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from watchdog import kill_after


def run(tmp_path: Path, source: str, env: dict[str, str] | None = None, timeout: float = 60):
    path = tmp_path / "prog.seq"
    path.write_text(source)
    full_env = dict(os.environ)
    full_env.pop("SEQ_STACK_SIZE", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "seqrepl", str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
    )


# --- deadlock ------------------------------------------------------------------------------


def test_main_waiting_forever_is_a_deadlock(tmp_path: Path) -> None:
    done = run(tmp_path, ": main ( -- ) chan.make chan.receive drop drop ;\n")
    assert done.returncode == 1
    assert "deadlock" in done.stderr
    assert "strand 1 on channel 1" in done.stderr  # main is strand 1
    assert "Traceback" not in done.stderr


def test_deadlock_names_every_blocked_strand_and_its_channel(tmp_path: Path) -> None:
    # main returns; the two strands it spawned wait on channels nobody sends to
    source = """\
: main ( -- )
  chan.make chan.make
  [ drop chan.receive drop drop ] strand.spawn drop
  [ swap drop chan.receive drop drop ] strand.spawn drop
  "main done" io.write-line
  drop drop
;
"""
    done = run(tmp_path, source)
    assert done.returncode == 1
    assert done.stdout == "main done\n"
    assert "deadlock" in done.stderr
    assert "strand 2 on channel 1" in done.stderr
    assert "strand 3 on channel 2" in done.stderr


def test_deadlock_after_some_progress_keeps_the_output(tmp_path: Path) -> None:
    # the producer sends two values; main waits for a third that never comes
    source = """\
: show ( Channel -- Channel ) dup chan.receive drop int->string io.write-line ;
: main ( -- )
  chan.make
  [ dup 1 swap chan.send drop 2 swap chan.send drop ] strand.spawn drop
  show show show drop
;
"""
    done = run(tmp_path, source)
    assert done.returncode == 1
    assert done.stdout == "1\n2\n"
    assert "strand 1 on channel 1" in done.stderr


def test_a_strand_sleeping_is_not_deadlocked(tmp_path: Path) -> None:
    source = """\
: main ( -- )
  chan.make
  [ 50 time.sleep-ms 5 swap chan.send drop ] strand.spawn drop
  chan.receive drop int->string io.write-line
;
"""
    done = run(tmp_path, source)
    assert (done.returncode, done.stdout, done.stderr) == (0, "5\n", "")


# --- strands left running when main returns --------------------------------------------------


def test_script_waits_for_strands_still_running(tmp_path: Path) -> None:
    source = """\
: main ( -- )
  [ 100 time.sleep-ms "late strand" io.write-line ] strand.spawn drop
  "main done" io.write-line
;
"""
    done = run(tmp_path, source)
    assert (done.returncode, done.stdout, done.stderr) == (0, "main done\nlate strand\n", "")


def test_leftover_strands_talk_to_each_other_after_main(tmp_path: Path) -> None:
    # main only starts a producer and a consumer; they finish the work after it returns
    source = """\
: produce ( Channel Int -- )
  dup 0 i.> [ 2dup swap chan.send drop 1 i.- produce ] [ drop chan.close ] if
;
: consume ( Channel Int -- )
  over chan.receive
  [ i.+ consume ] [ drop int->string io.write-line drop ] if
;
: main ( -- )
  chan.make
  dup 0 [ consume ] strand.spawn drop drop drop
  100 [ produce ] strand.spawn drop drop
  "main done" io.write-line
  drop
;
"""
    done = run(tmp_path, source)
    assert (done.returncode, done.stdout, done.stderr) == (0, "main done\n5050\n", "")


def test_exit_code_of_main_after_waiting_for_strands(tmp_path: Path) -> None:
    source = """\
: main ( -- Int )
  [ 50 time.sleep-ms "late" io.write-line ] strand.spawn drop
  3
;
"""
    done = run(tmp_path, source)
    assert (done.returncode, done.stdout) == (3, "late\n")


def test_sleepers_print_in_wake_order(tmp_path: Path) -> None:
    source = """\
: nap ( Int -- ) dup time.sleep-ms int->string io.write-line ;
: main ( -- )
  30 [ nap ] strand.spawn drop
  10 [ nap ] strand.spawn drop
  20 [ nap ] strand.spawn drop
  drop drop drop
;
"""
    done = run(tmp_path, source)
    assert (done.returncode, done.stdout) == (0, "10\n20\n30\n")


def test_busy_strand_is_preempted_for_a_sleeper(tmp_path: Path) -> None:
    # the busy strand spins about 0.3 s without blocking; the sleeper prints first
    source = """\
: spin-until ( Int -- ) dup time.nanos i.> [ spin-until ] [ drop ] if ;
: main ( -- )
  [ time.nanos 300000000 i.+ spin-until "busy done" io.write-line ] strand.spawn drop
  [ 20 time.sleep-ms "sleeper woke" io.write-line ] strand.spawn drop
;
"""
    done = run(tmp_path, source)
    assert (done.returncode, done.stdout) == (0, "sleeper woke\nbusy done\n")


# --- failures --------------------------------------------------------------------------------


def test_panic_in_a_spawned_strand_ends_only_that_strand(tmp_path: Path) -> None:
    # What seqjit does today: the failure is reported on stderr with the
    # strand's id, the other strands (main included) go on, and the exit
    # status is main's (0 here).
    source = """\
: main ( -- )
  "before" io.write-line
  [ -1 args.at io.write-line ] strand.spawn drop
  10 time.sleep-ms
  "after" io.write-line
;
"""
    done = run(tmp_path, source)
    assert done.returncode == 0
    assert done.stdout == "before\nafter\n"
    assert "strand 2 failed: args.at: index must be non-negative" in done.stderr
    assert "Traceback" not in done.stderr


def test_panic_in_main_ends_the_program(tmp_path: Path) -> None:
    # a strand still sleeping when main fails never gets to print
    source = """\
: main ( -- )
  [ 50 time.sleep-ms "late" io.write-line ] strand.spawn drop
  -1 args.at io.write-line
;
"""
    done = run(tmp_path, source)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "args.at: index must be non-negative" in done.stderr


# --- native stack size --------------------------------------------------------------------------

# f(0) = 0, f(n) = (3 f(n-1) + n) mod 1000003: a recursion 100,000 frames
# deep that LLVM cannot turn into a loop (not a tail call, not a simple
# accumulator). It needs more than the default 128 KiB of native stack and
# much less than 8 MiB.
DEEP = """\
: deep ( Int -- Int )
  dup 0 i.> [ dup 1 i.- deep 3 i.* i.+ 1000003 i.% drop ] [ ] if
;
"""
DEEP_RESULT = "49322\n"


def expected_deep() -> str:
    f = 0
    for n in range(1, 100_001):
        f = (3 * f + n) % 1_000_003
    return f"{f}\n"


def test_deep_recursion_overflows_the_default_stack_cleanly(tmp_path: Path) -> None:
    done = run(tmp_path, DEEP + ": main ( -- ) 100000 deep int->string io.write-line ;\n")
    assert done.returncode == 1  # an error, not a signal
    assert "stack overflow" in done.stderr
    assert done.stdout == ""


def test_seq_stack_size_is_respected(tmp_path: Path) -> None:
    assert expected_deep() == DEEP_RESULT
    source = DEEP + ": main ( -- ) 100000 deep int->string io.write-line ;\n"
    done = run(tmp_path, source, env={"SEQ_STACK_SIZE": str(8 * 1024 * 1024)})
    assert (done.returncode, done.stdout, done.stderr) == (0, DEEP_RESULT, "")


@pytest.mark.parametrize("value", ["lots", "100", ""])
def test_unusable_seq_stack_size_is_ignored(tmp_path: Path, value: str) -> None:
    # not a number, or below 16 KiB: the default stays
    done = run(
        tmp_path,
        DEEP + ": main ( -- ) 100000 deep int->string io.write-line ;\n",
        env={"SEQ_STACK_SIZE": value},
    )
    assert done.returncode == 1
    assert "stack overflow" in done.stderr


def test_stack_overflow_in_a_spawned_strand_ends_only_that_strand(tmp_path: Path) -> None:
    source = (
        DEEP
        + """\
: main ( -- )
  chan.make
  [ 100000 deep swap chan.send drop ] strand.spawn drop
  [ 100 deep swap chan.send drop ] strand.spawn drop
  chan.receive drop int->string io.write-line
  "main done" io.write-line
;
"""
    )
    done = run(tmp_path, source)
    assert done.returncode == 0
    assert done.stdout == "642264\nmain done\n"
    assert "strand 2 failed: stack overflow" in done.stderr


def test_seq_stack_size_applies_to_spawned_strands(tmp_path: Path) -> None:
    source = (
        DEEP
        + """\
: main ( -- )
  chan.make
  [ 100000 deep swap chan.send drop ] strand.spawn drop
  chan.receive drop int->string io.write-line
;
"""
    )
    done = run(tmp_path, source, env={"SEQ_STACK_SIZE": str(8 * 1024 * 1024)})
    assert (done.returncode, done.stdout, done.stderr) == (0, DEEP_RESULT, "")


def test_a_dropped_weave_does_not_keep_the_program_running(tmp_path: Path) -> None:
    source = (
        ": gen ( W Int -- | Yield Int ) tuck yield rot i.+ gen ;\n"
        ": main ( -- ) [ gen ] strand.weave 10 strand.resume drop "
        "int->string io.write-line drop \"done\" io.write-line ;\n"
    )
    result = run(tmp_path, source)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "10\ndone\n"


def test_reading_stdin_parks_only_the_reading_strand(tmp_path: Path) -> None:
    path = tmp_path / "prog.seq"
    path.write_text(
        ": ticker ( Int -- ) dup 0 i.= if drop else \"tick\" io.write-line terminal.flush "
        "20 time.sleep-ms 1 i.- ticker then ;\n"
        ": main ( -- ) [ 3 ticker ] strand.spawn drop "
        "io.read-line drop \"read \" swap string.concat io.write ;\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "seqrepl", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    with kill_after(proc):
        # The ticker's three ticks come while main waits for a line.
        ticks = [proc.stdout.readline() for _ in range(3)]
    out, _ = proc.communicate("hello\n", timeout=120)
    assert ticks == ["tick\n"] * 3
    assert out == "read hello\n"
