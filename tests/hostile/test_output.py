"""Nothing printed is lost: script mode writes each line as it is printed
and whatever is pending before any wait, so a program killed while it
waits, or one that crashes, has shown all it printed; in a notebook a
failing strand's message reaches a cell; `os.exit` in an interactive
session ends the entry, not the session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

TIMEOUT = 60

PRINT_THEN_WAIT = """\
: lines ( Int -- )
  dup 0 i.> if
    dup int->string "line " swap string.concat io.write-line
    1 i.- lines
  else drop then ;
: main ( -- )
  1000 lines
  "waiting..." io.write
  {wait}
;
"""


def read_until(stream, wanted: bytes, timeout: float = TIMEOUT) -> bytes:
    """What `stream` (a pipe) gave until `wanted` appeared, or fail."""
    seen = b""
    deadline = time.monotonic() + timeout
    fd = stream.fileno()
    os.set_blocking(fd, False)
    while wanted not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"{wanted!r} never came; got {seen[-200:]!r}")
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            time.sleep(0.02)
            continue
        if not chunk:
            raise AssertionError(f"the output ended before {wanted!r}: {seen[-200:]!r}")
        seen += chunk
    return seen


def expected_lines() -> bytes:
    return b"".join(f"line {n}\n".encode() for n in range(1000, 0, -1))


@pytest.mark.parametrize("wait", [
    "100000000 time.sleep-ms",  # sleeping
    "io.read-line drop drop",  # waiting on stdin, which never comes
    "chan.make [ 100000000 time.sleep-ms 1 swap chan.send drop ] strand.spawn drop "
    "chan.receive drop drop",  # blocked on a channel
])
def test_a_killed_script_has_printed_every_line(tmp_path: Path, wait: str) -> None:
    program = tmp_path / "wait.seq"
    program.write_text(PRINT_THEN_WAIT.format(wait=wait))
    child = subprocess.Popen([sys.executable, "-m", "seqrepl", str(program)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        seen = read_until(child.stdout, b"waiting...")
    finally:
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=TIMEOUT)
    assert seen + rest == expected_lines() + b"waiting..."


CRASH = """\
: boom ( -- )
  "about to fail" io.write-line
  "no half line lost" io.write
  1 [ false ] [ ] 1 cond drop ;
: main ( -- ) [ boom ] strand.spawn drop 100000000 time.sleep-ms ;
"""


def test_a_failing_strands_output_before_it_failed_is_there(tmp_path: Path) -> None:
    program = tmp_path / "crash.seq"
    program.write_text(CRASH)
    child = subprocess.Popen([sys.executable, "-m", "seqrepl", str(program)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        complaint = read_until(child.stderr, b"failed")
    finally:
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=TIMEOUT)
    assert b"strand 2 failed: cond: no predicate matched" in complaint
    assert out == b"about to fail\nno half line lost"
