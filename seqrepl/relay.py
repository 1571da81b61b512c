"""Output from strands running in the background, shown above the prompt.

Compiled code writes to file descriptor 1 itself. Between entries the
engine thread keeps background strands running, and what they write would
land in the middle of the line being edited. So while the prompt is shown,
fd 1 is a pipe: a thread reads it and prints through prompt_toolkit's
patch_stdout proxy, which draws it above the prompt. prompt_toolkit itself
draws on a duplicate of the terminal's descriptor. While an entry runs, fd 1
is the terminal again, so its output goes straight out, in order.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator

from prompt_toolkit.patch_stdout import patch_stdout


class Relay:
    def __init__(self) -> None:
        sys.stdout.flush()
        self.terminal_fd = os.dup(1)
        self.terminal = os.fdopen(self.terminal_fd, "w", buffering=1, closefd=False)
        self._bind_prompt_toolkit()

    def _bind_prompt_toolkit(self) -> None:
        """Make prompt_toolkit draw on the terminal's duplicate. It draws on
        the default app session's output, made from sys.stdout when first
        asked for. (Not create_app_session: patch_stdout prints from its own
        thread, whose context sees only the default session, so it would
        not know the prompt is running and would write through the line.)"""
        from prompt_toolkit.application.current import get_app_session

        saved, sys.stdout = sys.stdout, self.terminal
        try:
            get_app_session().output  # noqa: B018 - made now, from the terminal
        finally:
            sys.stdout = saved

    @contextlib.contextmanager
    def prompting(self) -> Iterator[None]:
        relayed = contextlib.ExitStack()
        try:
            relayed.enter_context(patch_stdout(raw=True))
            relayed.enter_context(self._piped())
        except RuntimeError:
            # No thread could start (strands hold the address space, issue
            # 16): a bare prompt, which background output may cross.
            relayed.close()
        with relayed:
            yield

    @contextlib.contextmanager
    def _piped(self) -> Iterator[None]:
        """fd 1 a pipe, which a thread reads and prints through patch_stdout."""
        # The relay is made only when stdout is a terminal, so Python has one.
        assert sys.__stdout__ is not None
        sys.__stdout__.flush()
        read, write = os.pipe()
        os.dup2(write, 1)
        os.close(write)
        reader = threading.Thread(target=self._forward, args=(read,),
                                  name="seqrepl-relay", daemon=True)
        try:
            reader.start()
        except RuntimeError:
            os.dup2(self.terminal_fd, 1)
            os.close(read)
            raise
        try:
            yield
        finally:
            # The terminal again: the pipe's last writer is gone, so the
            # reader prints what is left and stops.
            os.dup2(self.terminal_fd, 1)
            reader.join(timeout=2)

    @staticmethod
    def _forward(read: int) -> None:
        with os.fdopen(read, "rb", buffering=0) as pipe:
            while data := pipe.read(65536):
                sys.stdout.write(data.decode("utf-8", errors="replace"))
                sys.stdout.flush()


def prompting(relay: Relay | None):
    """While the prompt is shown: the relay's, or only patch_stdout
    (for Python-side output) when there is no relay (tests, pipes)."""
    return relay.prompting() if relay is not None else patch_stdout(raw=True)
