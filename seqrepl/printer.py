"""Writing the REPL's answers: coloured on a terminal, plain otherwise.

Program output goes straight to file descriptor 1 from compiled code, so
everything the REPL prints through Python is flushed at once, to keep the
two in order.
"""

from __future__ import annotations

import sys
from typing import TextIO

from seqjit import __version__
from seqjit.shell import render
from seqjit.shell.render import Out

BANNER = (
    "seqjit {version}: Seq 7.7.3, type-checked and JIT-compiled as you type.\n"
    "Try `: sq ( Int -- Int ) dup i.* ;` then `7 sq`.  :help lists the commands,\n"
    ":words the words you have, :see WORD shows one; Ctrl-D leaves."
)


class Printer:
    def __init__(self, color: bool, stream: TextIO | None = None) -> None:
        self.color = color
        self.stream = stream

    @property
    def out(self) -> TextIO:
        return self.stream or sys.stdout

    def show(self, out: Out) -> None:
        self.write(out.ansi if self.color else out.text)

    def error(self, message: str) -> None:
        self.show(render.failure(message))

    def banner(self) -> None:
        self.show(render.styled(BANNER.format(version=__version__), render.DIM)
                  if self.color else render.plain(BANNER.format(version=__version__)))

    def write(self, text: str) -> None:
        if not text:
            return
        self.out.write(text if text.endswith("\n") else text + "\n")
        self.out.flush()

    def flush(self) -> None:
        self.out.flush()
