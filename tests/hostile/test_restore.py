"""A REPL killed outright (kill -9: what FFI crashes and the OOM killer look
like from outside) loses no definitions: each accepted entry's definitions
are journaled as it is accepted, and the next session restores them with
`seqrepl --restore` or `:restore`."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

# The REPL's and the kernel's test harnesses (tests/ is on the path).
from kernel.conftest import Kernel, jupyter_env  # noqa: F401 (a fixture)
from repl.conftest import Terminal

from seqjit.shell.journal import definitions_of

TIMEOUT = 60

DEFINITIONS = """\
: sq ( Int -- Int ) dup i.* ;
1 2
union Shape { Circle { r: Int } }
include std:list
: cube ( Int -- Int )
  dup sq i.* ;  5
: sq ( Int -- Int ) dup i.+ ;
"""  # sq is redefined last: a restore replays the entries in order


def environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}


def piped(tmp_path: Path, text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seqrepl", *args], input=text,
                          capture_output=True, text=True, timeout=TIMEOUT,
                          env=environment(tmp_path), cwd=tmp_path)


def kill_a_piped_repl(tmp_path: Path) -> None:
    """A piped REPL takes the definitions, then dies by SIGKILL."""
    child = subprocess.Popen([sys.executable, "-m", "seqrepl"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=environment(tmp_path), cwd=tmp_path)
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(DEFINITIONS.encode())
        child.stdin.flush()
        deadline = time.monotonic() + TIMEOUT
        seen = b""
        while b"Redefined" not in seen:  # the last entry answered
            left = deadline - time.monotonic()
            assert left > 0, f"no answer to the last entry: {seen!r}"
            ready, _, _ = select.select([child.stdout], [], [], left)
            if ready:
                chunk = os.read(child.stdout.fileno(), 65536)
                assert chunk, f"the REPL ended early: {seen!r}"
                seen += chunk
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=TIMEOUT)
    assert child.returncode == -signal.SIGKILL


def test_restore_at_the_start(tmp_path: Path) -> None:
    kill_a_piped_repl(tmp_path)
    result = piped(tmp_path, "3 cube\n", "--restore")
    assert "Restored 5 of 5" in result.stdout
    assert "stack: 18" in result.stdout  # 3 * (3 + 3): the later sq
    assert result.returncode == 0


def test_restore_command(tmp_path: Path) -> None:
    kill_a_piped_repl(tmp_path)
    result = piped(tmp_path, "3 cube\n:restore\n3 cube\n")
    assert "unknown word 'cube'" in result.stdout  # nothing comes back unasked
    assert result.stdout.rstrip().endswith("stack: 18")


def test_nothing_to_restore(tmp_path: Path) -> None:
    result = piped(tmp_path, ":restore\n")
    assert "no journal to restore" in result.stdout


def test_after_reset_only_what_came_later(tmp_path: Path) -> None:
    piped(tmp_path, ": a ( -- Int ) 1 ;\n:reset\n: b ( -- Int ) 2 ;\n")
    result = piped(tmp_path, ":restore\nb\na\n")
    assert "stack: 2" in result.stdout
    assert "unknown word 'a'" in result.stdout


def test_the_repl_offers_a_restore_after_a_crash(tmp_path: Path) -> None:
    first = Terminal(tmp_path)
    try:
        first.wait_for_prompt()
        first.enter(": twice ( Int -- Int ) 2 i.* ;")
        first.wait_for("Defined.")
    finally:
        first.child.kill(signal.SIGKILL)
        first.child.close()
    second = Terminal(tmp_path)
    try:
        second.wait_for("did not end cleanly")
        second.wait_for_prompt()
        second.enter(":restore")
        second.wait_for("Restored 1 of 1")
        second.wait_for_prompt()
        second.enter("21 twice")
        second.wait_for("stack: 42")
    finally:
        second.close()
    third = Terminal(tmp_path)  # restored, and the second ended cleanly: no offer
    try:
        third.wait_for_prompt()
        assert "did not end cleanly" not in third.text
    finally:
        third.close()


def test_a_killed_kernel_restores_in_the_next(jupyter_env, tmp_path: Path,  # noqa: F811
                                              monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    first = Kernel()
    try:
        assert first.execute(": twice ( Int -- Int ) 2 i.* ;").status == "ok"
        first.km.signal_kernel(signal.SIGKILL)
        deadline = time.monotonic() + TIMEOUT
        while first.km.is_alive():
            assert time.monotonic() < deadline, "the kernel outlived SIGKILL"
            time.sleep(0.05)
    finally:
        first.stop()
    second = Kernel()
    try:
        restored = second.execute(":restore")
        assert restored.status == "ok"
        assert "Restored 1 of 1" in str(restored.of("display_data"))
        result = second.execute("21 twice").result
        assert result is not None and "42" in result["text/plain"]
    finally:
        second.stop()


PIECES = [
    ": w{n} ( -- Int ) {n} ;",
    ": v{n} ( Int -- Int )\n  dup i.* ;",
    "# seq:allow(unchecked-mod)\n: m{n} ( Int -- Int ) 3 i.% drop ;",
    "union U{n} {{ A{n} {{ x: Int }} }}",
    "include std:list",
    "{n} 2 i.+ drop",
    "[ {n} ] drop",
]


@given(st.lists(st.sampled_from(PIECES), max_size=8), st.sampled_from([" ", "\n", "  \n"]))
def test_what_is_journaled_is_the_definitions_as_written(pieces: list[str], sep: str) -> None:
    text = sep.join(piece.format(n=i) for i, piece in enumerate(pieces))
    kept = definitions_of(text)
    defined = [piece.format(n=i) for i, piece in enumerate(pieces)
               if not piece.startswith(("{n}", "["))]
    assert kept == "\n".join(defined)
