"""The REPL loop: read an entry, run it (Seq code or a `:command`), print
what it did; interactively through prompt_toolkit, or from piped stdin.

What the code prints comes first (compiled code writes to fd 1 itself),
then `Defined.` / `Redefined sq.` and the stack, or the error with its
caret. Ctrl-C while code runs interrupts it (Session.eval turns it into an
interrupt of the engine thread) and the stack stays as it was; Ctrl-C at
the prompt clears the line; Ctrl-D on an empty line leaves.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable

from seqjit.shell import commands
from seqjit.syntax.cell import is_complete

from .printer import Printer


class Repl:
    def __init__(self, color: bool = True, session=None, printer: Printer | None = None,
                 interactive: bool = True) -> None:
        if session is None:
            from seqjit.live.session import Session  # loads LLVM

            session = Session()
        if interactive:
            session.set_unbuffered(True)  # program output appears as it is written
        self.session = session
        self.printer = printer or Printer(color)
        self.prompt = None  # the PromptSession, when reading from a terminal
        self.failed = 0
        self.quit = False

    # --- one entry ---------------------------------------------------------------------

    def run(self, text: str) -> bool:
        """Run one entry and print what it did; False if it failed."""
        try:
            ok = self.handle(text)
        except KeyboardInterrupt:
            self.printer.error("Interrupted.")
            ok = False
        except Exception as e:  # a bug of ours: say so, but keep the session going
            self.printer.error(f"internal error: {type(e).__name__}: {e}")
            ok = False
        if not ok:
            self.failed += 1
        return ok

    def handle(self, text: str) -> bool:
        stripped = text.strip()
        if not stripped:
            return True
        self.printer.flush()  # our output before the program's
        if commands.is_command(stripped):
            return self.command(stripped)
        ok, out = commands.run_entry(self.session, text)
        self.printer.show(out)
        return ok

    def command(self, line: str) -> bool:
        name, _, arg = line[1:].partition(" ")
        arg = arg.strip()
        if name == "edit":
            from .editor import edit

            return edit(self, arg)
        if name == "set":
            return self.set_mode(arg)
        output = commands.run_command(self.session, line)
        self.printer.command(output)
        if output.quit:
            self.quit = True
        return output.ok

    def set_mode(self, mode: str) -> bool:
        from .prompt import set_editing_mode

        if self.prompt is None:
            self.printer.error(":set vi / :set emacs changes the keys of the interactive REPL")
            return False
        if not set_editing_mode(self.prompt, mode):
            self.printer.error(f"unknown mode '{mode}': :set vi or :set emacs")
            return False
        self.printer.write(f"{'Vi' if mode == 'vi' else 'Emacs'} keys.")
        return True

    # --- loops ---------------------------------------------------------------------------

    def interactive(self, prompt, relay=None) -> int:
        from .relay import prompting

        self.prompt = prompt
        while not self.quit:
            try:
                # While the prompt is shown, output from strands running in
                # the background (and from Python threads) is printed above it.
                with prompting(relay):
                    text = prompt.prompt()
            except KeyboardInterrupt:
                continue  # Ctrl-C at the prompt: the line is dropped
            except EOFError:
                break
            self.run(text)
        return 0

    def piped(self, lines: Iterable[str]) -> int:
        """Entries from a stream: each complete input is one entry (a
        definition or quotation goes on over lines until it is closed).
        Exit status 1 if any entry failed."""
        pending: list[str] = []
        for line in lines:
            if not pending and commands.is_command(line):
                self.run(line)
            else:
                pending.append(line)
                text = "".join(pending)
                if is_complete(text):
                    pending = []
                    self.run(text)
            if self.quit:
                return 1 if self.failed else 0
        if "".join(pending).strip():
            self.run("".join(pending))  # unfinished at the end: its error is shown
        self.finish_strands()
        return 1 if self.failed else 0

    def finish_strands(self) -> None:
        """At the end of the input, let strands that can still run finish,
        as a program's main waits for its strands (blocked ones never
        would). Ctrl-C stops waiting."""
        waiting = ("new", "ready", "running", "sleeping")
        try:
            while any(s.state in waiting for s in self.session.strands()):
                time.sleep(0.02)
        except KeyboardInterrupt:
            pass


def start(color: bool | None = None, vi: bool = False) -> int:
    """`seqrepl` with no file: the REPL on a terminal, or entries from
    piped stdin."""
    tty = sys.stdin.isatty() and sys.stdout.isatty()
    if color is None:
        color = sys.stdout.isatty()
    if not tty:
        return Repl(color=False, interactive=False).piped(sys.stdin)
    from .prompt import make_prompt
    from .relay import Relay

    printer = Printer(color)
    printer.banner()
    repl = Repl(color=color, printer=printer)
    relay = Relay()  # before the prompt: prompt_toolkit draws on its terminal
    prompt = make_prompt(lambda: repl.session, color=color, vi=vi)
    return repl.interactive(prompt, relay)
