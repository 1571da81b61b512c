"""Every wait can be interrupted: Ctrl-C at any point of an entry (while it
is read, parsed, checked, compiled or run) ends it with the stack as it
was, and work done in Python or blocked in a read stops too.

Runs that would hang the test process without the fix run in a `seqrepl`
subprocess (piped, or on a pseudo-terminal) with timeouts."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from seqjit.live.session import Session
from seqjit.types.declared import did_you_mean

# A long definition (seconds' worth of checking and compiling on a busy
# machine gives interrupts many places to land) and then a runaway loop.
LONG = ": long ( Int -- Int ) " + " ".join(["1 i.add"] * 300) + " ;"
SPIN_DEF = ": spin ( -- ) spin ;"
POINTS = [0.0, 0.001, 0.002, 0.004, 0.007, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05]
WAIT = 30  # seconds any one answer may take: generous, for a loaded machine


class Piped:
    """`seqrepl` reading entries from a pipe; its stdout and stderr merged."""

    def __init__(self, cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "seqrepl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, cwd=cwd)
        self.seen = b""
        self.marks = 0

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def interrupt(self) -> None:
        self.process.send_signal(signal.SIGINT)

    def answer(self) -> str:
        """Everything printed up to a fresh mark entry's output and the
        stack after it: the REPL took the next entry and finished it, so it
        is alive and reading again."""
        self.marks += 1
        mark = f"mark-{self.marks}"
        self.send(f'"{mark}" io.write-line')
        deadline = time.monotonic() + WAIT
        stdout = self.process.stdout
        assert stdout is not None
        end = re.compile(re.escape(mark.encode()) + rb"\nstack: [^\n]*\n")
        while not end.search(self.seen):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([stdout], [], [], max(0.0, left))
            chunk = os.read(stdout.fileno(), 1 << 16) if ready else b""
            assert chunk, f"no answer in {WAIT}s (or the REPL ended): {self.seen[-2000:]!r}"
            self.seen += chunk
        found = end.search(self.seen)
        assert found is not None
        text, self.seen = self.seen[:found.start()], self.seen[found.end():]
        return text.decode()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(WAIT)
        finally:
            self.process.kill()


@pytest.fixture
def piped(tmp_path):
    repl = Piped(tmp_path)
    repl.answer()  # started: a SIGINT before that would end Python's start-up
    yield repl
    repl.close()


def _interrupted_at(repl: Piped, entry: str, delay: float) -> str:
    repl.send(entry)
    time.sleep(delay)
    repl.interrupt()
    time.sleep(0.2)  # input that comes right after Ctrl-C may be read before it lands
    return repl.answer()


# --- Ctrl-C at any point of an entry -------------------------------------------------


@pytest.mark.slow
def test_sigint_anywhere_in_an_entry_of_the_piped_repl(piped) -> None:
    piped.send(SPIN_DEF)
    piped.send("7 8")
    assert "stack: 7 8" in piped.answer()
    for delay in POINTS:
        said = _interrupted_at(piped, f"{LONG} 9 spin", delay)
        assert "runtime error: interrupted" in said, (delay, said)
        assert "Defined" not in said  # the entry changed nothing
    piped.send(":stack")
    assert "7  Int" in piped.answer()  # still the stack from before
    piped.send("long")
    assert "unknown word 'long'" in piped.answer()


def test_an_interrupt_anywhere_in_an_entry_of_a_session() -> None:
    session = Session()
    assert session.eval(SPIN_DEF).ok
    assert session.eval("7 8").ok
    for delay in POINTS:
        timer = threading.Timer(delay, session.interrupt)
        timer.start()
        result = session.eval(f"{LONG} 9 spin")
        timer.join()
        assert [e.message for e in result.errors] == ["interrupted"], delay
        assert [v.text for v in session.world.stack()] == ["7", "8"]
        assert "long" not in session.world.program.words
    assert session.eval("1").ok  # an interrupt is not left over for the next entry


@pytest.mark.slow
def test_ctrl_c_on_the_terminal_repl(tmp_path) -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "TERM": "dumb", "NO_COLOR": "1"}
    child = pexpect.spawn(sys.executable, ["-m", "seqrepl"], cwd=str(tmp_path), env=env,
                          timeout=WAIT, encoding="utf-8", dimensions=(40, 200))
    try:
        child.expect("seq> ")
        child.sendline(f"{SPIN_DEF} 7 8")
        child.expect("stack: 7 8")
        child.expect("seq> ")
        stopped = 0
        for delay in POINTS[::2]:
            child.sendline(f"{LONG} spin")
            child.expect("spin\r")  # echoed (Ctrl-C right after the Enter too)
            time.sleep(delay)
            child.sendintr()
            # "runtime error: interrupted", or "Interrupted." before it ran; or
            # a fresh prompt: a dumb terminal's prompt is written before it
            # reads, and a Ctrl-C in between makes the terminal throw the
            # line away (the REPL starts over; rarely the prompt is not
            # redrawn, as a shell's would not be: Enter shows it).
            seen = child.expect(["nterrupted", "seq> ", pexpect.TIMEOUT], timeout=WAIT / 3)
            stopped += seen == 0
            if seen == 2:
                child.send("\r")
            child.sendline(":stack")
            child.expect("8  Int  <- top")
            child.expect("seq> ")  # the next entry is typed at the prompt, not ahead of it
        assert stopped >= len(POINTS[::2]) // 2  # the entry itself was stopped, mostly
    finally:
        child.close(force=True)


# --- work in Python and blocking reads ---------------------------------------------


def test_pbkdf2_with_a_huge_count_stops(piped) -> None:
    said = _interrupted_at(piped, '"pw" "salt" 4000000000 crypto.pbkdf2-sha256', 0.5)
    assert "runtime error: interrupted" in said


def test_terminal_read_char_stops(piped) -> None:
    # Nothing more is written to stdin until the interrupt: the read waits.
    said = _interrupted_at(piped, "terminal.read-char", 0.3)
    assert "runtime error: interrupted" in said


def test_a_catastrophic_regex_stops(piped) -> None:
    # Python's re backtracks: this takes hours, in one C call.
    text = "a" * 40 + "b"
    said = _interrupted_at(piped, f'"{text}" "(a+)+$" regex.match?', 0.5)
    assert "runtime error: interrupted" in said
    piped.send('"aab" "(a+)+b$" regex.match?')
    assert "stack: true" in piped.answer()


def test_a_long_load_stops(piped, tmp_path) -> None:
    words = [f": w{i} ( Int -- Int ) " + " ".join(["1 i.add"] * 20) + " ;"
             for i in range(1500)]
    (tmp_path / "big.seq").write_text("\n".join(words) + "\n")
    said = _interrupted_at(piped, ":load big.seq", 0.3)
    assert "interrupted" in said and "Loaded" not in said
    piped.send("1 w0")
    assert "unknown word 'w0'" in piped.answer()


def test_edit_is_refused_on_piped_input(piped, tmp_path) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\ncat > /dev/null\n")  # would eat the entries after it
    editor.chmod(0o755)
    piped.process.kill()
    piped.process.wait(WAIT)
    env = {**os.environ, "EDITOR": str(editor), "VISUAL": str(editor)}
    done = subprocess.run([sys.executable, "-m", "seqrepl"], input=":edit\n1 2 i.add\n",
                          capture_output=True, text=True, timeout=WAIT, env=env, cwd=tmp_path)
    assert ":edit opens $EDITOR, so it needs the REPL on a terminal" in done.stdout + done.stderr
    assert "stack: 3" in done.stdout


def test_a_long_token_gets_no_slow_suggestion() -> None:
    names = [f"word-{i}" for i in range(2000)] + ["a" * 5]
    started = time.perf_counter()
    assert did_you_mean("a" * 20_000, names) is None
    assert did_you_mean("aaaaaa", names) == "a" * 5
    assert time.perf_counter() - started < 10  # about a millisecond; minutes before
