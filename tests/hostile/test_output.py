"""Nothing printed is lost: script mode writes each line as it is printed
and whatever is pending before any wait, so a program killed while it
waits, or one that crashes, has shown all it printed; in a notebook a
failing strand's message reaches a cell; `os.exit` in an interactive
session ends the entry, not the session."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# The kernel tests' harness (tests/ is on the path): a kernel started through jupyter_client.
from kernel.conftest import Kernel, Run, jupyter_env  # noqa: F401 (a fixture)

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


# --- a notebook ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def notebook(jupyter_env):  # noqa: F811 (the fixture imported above)
    k = Kernel()
    yield k
    k.stop()


FAILS_LATER = """\
[ 300 time.sleep-ms "about to fail" io.write-line 1 [ false ] [ ] 1 cond drop ]
strand.spawn drop"""


def stderr_of(run: Run) -> str:
    return "".join(m["text"] for m in run.of("stream") if m["name"] == "stderr")


def test_a_failing_strands_message_reaches_the_running_cell(notebook: Kernel) -> None:
    run = notebook.execute("[ 1 [ false ] [ ] 1 cond drop ] strand.spawn drop 200 time.sleep-ms")
    assert run.status == "ok"
    assert "strand" in stderr_of(run) and "cond: no predicate matched" in stderr_of(run)


def test_a_failing_strands_message_reaches_the_last_cell_run(notebook: Kernel) -> None:
    """The strand fails after its cell is done: the message goes to that cell."""
    msg_id = notebook.kc.execute(FAILS_LATER)
    notebook.collect(msg_id)
    deadline = time.monotonic() + TIMEOUT
    texts = []
    while "cond: no predicate matched" not in "".join(texts):
        left = deadline - time.monotonic()
        assert left > 0, f"the failure never reached the cell: {texts}"
        try:
            msg = notebook.kc.get_iopub_msg(timeout=left)
        except queue.Empty:
            continue
        if msg["msg_type"] == "stream":
            assert msg["parent_header"].get("msg_id") == msg_id, msg
            texts.append(msg["content"]["text"])
    assert "about to fail" in "".join(texts)


def test_os_exit_in_a_cell_keeps_the_kernel(notebook: Kernel) -> None:
    notebook.execute(": the-answer ( -- Int ) 42 ;")
    run = notebook.execute('"bye" io.write-line 3 os.exit')
    assert run.status == "error"
    assert "os.exit 3 caught" in run.error["evalue"]
    assert "bye" in run.stdout
    after = notebook.execute("the-answer")
    assert after.status == "ok", after.messages
    assert after.result is not None and "42" in after.result["text/plain"], after.messages


# --- the REPL ---------------------------------------------------------------------------


def test_os_exit_in_the_repl_keeps_the_session() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seqrepl"], capture_output=True, text=True, timeout=TIMEOUT,
        input='1 2\n"bye" io.write-line 3 os.exit\n4\n:quit\n5\n')
    assert result.stdout.split("\n")[:6] == [
        "stack: 1 2", "bye",
        "<entry 2>:1:23: runtime error: os.exit 3 caught: the session goes on (:quit leaves it)",
        ' 1 | "bye" io.write-line 3 os.exit', "   |                       ^^^^^^^",
        "stack: 1 2 4"]
    assert "stack: 1 2 4 5" not in result.stdout  # :quit still leaves


def test_os_exit_ends_a_script_with_its_status(tmp_path: Path) -> None:
    program = tmp_path / "exit.seq"
    program.write_text(': main ( -- ) "bye" io.write 7 os.exit ;\n')
    result = subprocess.run([sys.executable, "-m", "seqrepl", str(program)],
                            capture_output=True, timeout=TIMEOUT)
    assert (result.returncode, result.stdout) == (7, b"bye")
