"""Endless and blocking files: `file.slurp` and `file.for-each-line` on
/dev/zero or /dev/urandom end with a clear runtime error instead of reading
until the process dies; a FIFO with no writer waits, interruptibly; `:load`
and includes read regular files only. Each case runs in a child process:
without the bounds it would exhaust memory or wait forever."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ANSWERS = "stack: 3\n"  # what the entry after the hostile one answers


def piped(entries: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seqrepl"], input=entries + "1 2 i.+\n",
                          capture_output=True, text=True, timeout=timeout, cwd=cwd)


@pytest.mark.parametrize(("entry", "error"), [
    ('"/dev/zero" file.slurp',
     "runtime error: file.slurp: /dev/zero is not a regular file and gives more than 64 MiB"),
    ('"/dev/urandom" file.slurp',
     "runtime error: file.slurp: /dev/urandom is not a regular file and gives more than 64 MiB"),
    ('"/dev/zero" [ drop ] file.for-each-line',
     "runtime error: file.for-each-line: a line of more than 64 MiB from a file that is not"),
])
def test_an_endless_file_is_a_runtime_error(tmp_path: Path, entry: str, error: str) -> None:
    done = piped(entry + "\n", tmp_path)
    assert error in done.stdout + done.stderr
    assert done.stdout.endswith(ANSWERS)
    assert "Traceback" not in done.stderr


def test_random_bytes_stop_for_each_line_at_a_line_that_is_not_utf8(tmp_path: Path) -> None:
    done = piped('"/dev/urandom" [ drop ] file.for-each-line\n', tmp_path)
    assert done.stdout == "stack: false\nstack: false 3\n", done.stderr


def test_load_reads_only_regular_files(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "inc.seq").write_text('include "fifo"\n')
    os.mkfifo(tmp_path / "fifo.seq")
    done = piped(":load /dev/zero\n:load fifo\n:load inc.seq\n", tmp_path)
    out = done.stdout
    assert "cannot read /dev/zero: not a regular file" in out
    assert "cannot read fifo: not a regular file" in out
    assert "include file 'fifo' not found" in out  # includes take regular files only
    assert out.endswith(ANSWERS)


def test_a_fifo_is_read_once_a_writer_comes(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    script = subprocess.Popen(["sh", "-c", "sleep 1; printf 'a\\nb\\n' > fifo"], cwd=tmp_path)
    try:
        done = piped('"fifo" file.slurp\n', tmp_path)
    finally:
        script.wait(timeout=60)
    assert done.stdout == 'stack: "a\\nb\\n" true\nstack: "a\\nb\\n" true 3\n', done.stderr


INTERRUPTED = """
import os, sys, threading
from seqjit.live.session import Session
os.chdir(sys.argv[1])
s = Session()
done = threading.Event()
def interrupt() -> None:
    # Again and again: an interrupt that comes before the entry runs is stale.
    while not done.wait(0.2):
        s.interrupt()
thread = threading.Thread(target=interrupt)
thread.start()
result = s.eval(sys.argv[2])
done.set()
thread.join()
print("errors:", [e.message for e in result.errors], flush=True)
result = s.eval("1 2 i.+")
print("stack:", " ".join(v.text for v in s.world.stack()), flush=True)
"""


@pytest.mark.parametrize("entry", ['"fifo" file.slurp', '"fifo" [ drop ] file.for-each-line'])
def test_waiting_for_a_fifo_writer_is_interrupted(tmp_path: Path, entry: str) -> None:
    os.mkfifo(tmp_path / "fifo")
    done = subprocess.run([sys.executable, "-c", INTERRUPTED, str(tmp_path), entry],
                          capture_output=True, text=True, timeout=120)
    assert done.stdout == "errors: ['interrupted']\nstack: 3\n", done.stderr
