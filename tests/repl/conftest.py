"""Fixtures for the REPL tests: one Session per module (making one loads
LLVM), and `spawn`, which runs `seqrepl` in a real pseudo-terminal and keeps
the screen a user would see (pexpect drives it, pyte emulates the terminal)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

import pexpect
import pyte
import pytest

ROWS, COLS = 30, 100


class Terminal:
    def __init__(self, tmp_path, *args: str, env: dict[str, str] | None = None) -> None:
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""
        environment = {
            **os.environ,
            "TERM": "xterm",
            "XDG_DATA_HOME": str(tmp_path / "data"),
            # Nothing answers prompt_toolkit's cursor-position requests here.
            "PROMPT_TOOLKIT_NO_CPR": "1",
            **(env or {}),
        }
        environment.pop("NO_COLOR", None)
        self.child = pexpect.spawn(sys.executable, ["-m", "seqrepl", *args], env=environment,
                                   dimensions=(ROWS, COLS), cwd=str(tmp_path))
        self.child.delaybeforesend = None

    def pump(self, timeout: float = 0.05) -> None:
        try:
            while True:
                data = self.child.read_nonblocking(65536, timeout=timeout)
                self.raw += data
                self.stream.feed(data)
        except (pexpect.TIMEOUT, pexpect.EOF):
            pass

    @property
    def text(self) -> str:
        return "\n".join(self.lines()).rstrip("\n")

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def wait_for(self, wanted: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump()
            if wanted in self.text:
                return self.text
        raise AssertionError(f"{wanted!r} never appeared on the screen:\n{self.text}")

    def wait_until(self, holds: Callable[[list[str]], bool], what: str,
                   timeout: float = 60.0) -> list[str]:
        """Until `holds` is true of the screen's lines (the screen may be
        caught between two writes of one redraw: wait for it to settle)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump()
            if holds(self.lines()):
                return self.lines()
        raise AssertionError(f"never {what}:\n{self.text}")

    def wait_for_prompt(self, timeout: float = 60.0) -> str:
        """Until the cursor sits on an empty prompt, ready for the next entry."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump()
            if self.at_prompt():
                return self.text
        raise AssertionError(f"no prompt waiting:\n{self.text}")

    def at_prompt(self) -> bool:
        return self.lines()[self.screen.cursor.y] == "seq>" and self.screen.cursor.x == 5

    def type(self, keys: str) -> None:
        self.child.send(keys)
        self.pump()

    def enter(self, line: str = "") -> None:
        self.type(line + "\r")

    def close(self) -> int:
        if self.child.isalive():
            self.pump()
            if not self.at_prompt():
                self.child.send("\x03")  # drop whatever is typed (or running)
                try:
                    self.wait_for_prompt(timeout=5)
                except AssertionError:
                    pass
            self.child.sendeof()  # Ctrl-D leaves
            try:
                self.child.expect(pexpect.EOF, timeout=10)
            except pexpect.TIMEOUT:
                self.child.terminate(force=True)
        self.child.close()
        return self.child.exitstatus


@pytest.fixture
def spawn(tmp_path):
    """`spawn(*args)`: a Terminal running `seqrepl *args`, closed after the test."""
    started: list[Terminal] = []

    def start(*args: str, env: dict[str, str] | None = None) -> Terminal:
        t = Terminal(tmp_path, *args, env=env)
        started.append(t)
        return t

    yield start
    for t in started:
        t.close()


@pytest.fixture(scope="module")
def session():
    from seqjit.live.session import Session

    return Session()


@pytest.fixture
def fresh(session):
    """The module's session, reset to an empty world."""
    from seqjit.shell.shell import Shell

    Shell(session).reset()
    return session


@pytest.fixture
def shell(fresh):
    """A shell with the shared commands on the module's fresh session."""
    from seqjit.shell.shell import Shell

    return Shell(fresh)
