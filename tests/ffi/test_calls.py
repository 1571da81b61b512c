"""Calling C through bound words: in script, check and test modes
(`seqrepl --ffi-manifest`), and live in a session (`:ffi`, `include ffi:`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seqjit.runtime.segment import GS_WORKERS

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
LIBC = HERE / "libc.toml"
SQLITE = ROOT / "examples" / "ffi" / "sqlite.toml"
# What the reference's examples/ffi/sqlite demo prints (its documented output).
SQLITE_DEMO_OUTPUT = """SQLite FFI Demo
===============

Database opened successfully
Table created
Data inserted
Database closed

Done! Check test_seq.db with: sqlite3 test_seq.db 'SELECT * FROM greetings'
"""


def seqrepl(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "seqrepl", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


SCRIPT = """\
: main ( -- )
  "hello" c.strlen int->string io.write-line
  -42 c.abs int->string io.write-line
  c.getpid int->string io.write-line
  "copied" c.strdup io.write-line
  "FFI_TEST_VALUE" c.getenv io.write-line
  "NO_SUCH_VARIABLE_HERE" c.getenv string.empty? [ "unset" ] [ "set" ] if io.write-line
  2.0 m.sqrt float->string io.write-line
  2.0 10.0 m.pow float->string io.write-line
;
"""


@pytest.mark.slow
def test_a_script_calls_libc_and_libm(tmp_path):
    program = tmp_path / "calls.seq"
    program.write_text(SCRIPT)
    env = {**os.environ, "FFI_TEST_VALUE": "from the environment"}
    done = subprocess.run([sys.executable, "-m", "seqrepl", "--ffi-manifest", str(LIBC),
                           str(program)], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["5", "42"]
    assert int(lines[2]) > 0 and int(lines[2]) != os.getpid()
    assert lines[3:] == ["copied", "from the environment", "unset", "1.4142135623730951",
                         "1024"]


@pytest.mark.slow
def test_without_the_manifest_the_words_are_unknown_and_check_mode_takes_it_too(tmp_path):
    program = tmp_path / "calls.seq"
    program.write_text(SCRIPT)
    done = seqrepl(str(program))
    assert done.returncode == 1 and "undefined word 'c.strlen'" in done.stderr
    assert seqrepl("--ffi-manifest", str(LIBC), "check", str(program)).returncode == 0
    bad = seqrepl("--ffi-manifest", str(tmp_path / "none.toml"), str(program))
    assert bad.returncode == 1 and "cannot read" in bad.stderr


@pytest.mark.slow
def test_test_mode_takes_manifests(tmp_path):
    tests = tmp_path / "test-ffi.seq"
    tests.write_text(': test-strlen ( -- ) "four" c.strlen 4 test.assert-eq ;\n'
                     ': test-sqrt ( -- ) 9.0 m.sqrt 3.0 f.= test.assert ;\n')
    done = seqrepl("--ffi-manifest", str(LIBC), "test", str(tests))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed, 0 failed" in done.stdout


@pytest.mark.slow
def test_the_sqlite_demo_prints_the_reference_s_output(tmp_path):
    done = seqrepl("--ffi-manifest", str(SQLITE), str(ROOT / "examples/ffi/sqlite-demo.seq"),
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == SQLITE_DEMO_OUTPUT
    assert (tmp_path / "test_seq.db").is_file()


@pytest.mark.slow
def test_a_crash_in_c_is_the_strand_s_runtime_error(tmp_path):
    program = tmp_path / "crash.seq"
    program.write_text(': main ( -- ) "before" io.write-line c.strlen-null drop ;\n')
    done = seqrepl("--ffi-manifest", str(LIBC), str(program))
    assert done.returncode == 1
    assert done.stdout == "before\n"
    assert "memory fault in the C function strlen (at address 0x0), called through FFI" \
        in done.stderr


# --- live: a session and its shell (tests/conftest.py) --------------------------------------


def run(shell, text: str) -> str:
    from seqjit.shell import present
    from seqjit.shell.events import succeeded

    events = shell.run_cell(text)
    out = present.events(events).text
    assert succeeded(events), out
    return out


def test_ffi_binds_a_manifest_into_the_live_session(shell):
    assert "Bound" in run(shell, f":ffi {LIBC}")
    assert run(shell, '"abcdef" c.strlen -3 c.abs').endswith("6 3")
    assert run(shell, "16.0 m.sqrt").endswith("6 3 4")
    see = run(shell, ":see c.strdup")
    assert "c.strdup ( String -- String )" in see and "ffi:libc" in see and "C: strdup" in see
    from seqjit.shell.completion import complete

    assert "c.strlen" in [c.text for c in complete(shell.session, "c.st", 4, shell.commands)]


def test_sqlite_in_a_live_session_by_ref_exec_and_a_query(shell):
    run(shell, f":ffi {SQLITE}")
    run(shell, '":memory:" db-open')  # ( db 0 )
    run(shell, "0 i.= test.assert")
    run(shell, 'dup "CREATE TABLE t (n INTEGER, s TEXT)" db-exec 0 test.assert-eq')
    run(shell, 'dup "INSERT INTO t VALUES (1, \'one\'), (2, \'two\')" db-exec 0 test.assert-eq')
    run(shell, 'dup "SELECT s FROM t ORDER BY n DESC" db-prepare 0 test.assert-eq')
    out = run(shell, "dup db-step drop dup 0 db-column-text")
    assert out.endswith('"two"')
    run(shell, "drop db-finalize 0 test.assert-eq")
    assert run(shell, 'dup "SELEKT" db-exec').endswith("1")
    assert run(shell, "drop dup db-errmsg").endswith('"near \\"SELEKT\\": syntax error"')
    run(shell, "drop db-close 0 test.assert-eq")


def test_include_ffi_in_an_entry_finds_registered_and_built_in_manifests(shell):
    run(shell, f":ffi {LIBC}")
    run(shell, "include ffi:libc")  # already bound: nothing new
    assert "readline" in run(shell, "include ffi:libedit\n:words read")
    out = present_error(shell, "include ffi:nothing")
    assert "unknown FFI library 'ffi:nothing'" in out


def present_error(shell, text: str) -> str:
    from seqjit.shell import present

    return present.events(shell.run_cell(text)).text


def test_a_crash_in_c_leaves_the_session_as_it_was(shell):
    run(shell, f":ffi {LIBC}")
    run(shell, "1 2")
    out = present_error(shell, "3 c.strlen-null")
    assert "memory fault in the C function strlen" in out
    assert run(shell, "").endswith("1 2") or run(shell, ":stack")


def test_a_blocking_call_lets_other_strands_run(shell):
    run(shell, f":ffi {LIBC}")
    run(shell, "chan.make")
    # A strand counts while the entry's own strand sleeps 0.3 s in C.
    started = time.monotonic()
    out = run(shell, "dup [ 1 swap chan.send drop ] strand.spawn drop 300000 c.usleep drop "
                     "chan.receive drop")
    assert out.endswith("1")
    assert time.monotonic() - started >= 0.3


# Two strands passing 1,000 values while main is 0.7 s in a C call not
# declared blocking: with two workers they run on the other one, which can
# take the scheduler lock (it does not stick to main's worker meanwhile).
STICKY = """\
: produce ( Channel Int -- ) dup 0 i.> if over over swap chan.send drop 1 i.- produce
  else drop drop then ;
: consume ( Channel Int -- ) dup 0 i.> if over chan.receive drop drop 1 i.- consume
  else drop drop then ;
: main ( -- )
  chan.make chan.make
  over [ 1000 produce ] strand.spawn drop drop
  over over [ swap 1000 consume time.nanos swap chan.send drop ] strand.spawn drop drop drop
  700000 c.usleep-here drop time.nanos
  swap chan.receive drop
  i.> [ "during" ] [ "after" ] if io.write-line drop
;
"""


@pytest.mark.slow
@pytest.mark.skipif(not GS_WORKERS, reason="several workers need %gs (x86-64 Linux)")
def test_other_workers_pass_values_during_a_long_c_call(tmp_path):
    program = tmp_path / "sticky.seq"
    program.write_text(STICKY)
    env = {**os.environ, "SEQ_THREADS": "2"}
    for _ in range(3):  # (a busy machine may not run the other worker in time)
        done = subprocess.run([sys.executable, "-m", "seqrepl", "--ffi-manifest", str(LIBC),
                               str(program)], capture_output=True, text=True, timeout=300,
                              env=env)
        assert done.returncode == 0, done.stderr
        if done.stdout.strip() == "during":
            break
    assert done.stdout.strip() == "during"


# --- libedit, built in, driven in a pseudo-terminal -------------------------------------

ECHO = """\
include ffi:libedit

: loop ( -- )
  "seq> " readline
  dup string.empty? [ drop "bye" io.write-line ] [
    dup add-history "you said: " swap string.concat io.write-line loop
  ] if
;

: main ( -- ) "/dev/null" read-history drop "hello" io.write-line loop ;
"""


@pytest.mark.slow
def test_include_ffi_libedit_reads_lines_in_a_terminal(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    program = tmp_path / "echo.seq"
    program.write_text(ECHO)
    child = pexpect.spawn(sys.executable, ["-m", "seqrepl", str(program)], cwd=str(ROOT),
                          env={**os.environ, "TERM": "xterm"}, encoding="utf-8", timeout=120)
    child.expect("hello")
    child.expect("seq> ")
    child.sendline("first line")
    child.expect("you said: first line")
    child.expect("seq> ")
    child.send("\x1b[A")  # up: the line from the history, edited by libedit
    child.sendline("!")
    child.expect("you said: first line!")
    child.expect("seq> ")
    child.sendeof()
    child.expect("bye")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
