"""The REPL loop: read an entry, run it (Seq code or a `:command`), print
what it did; interactively through prompt_toolkit, or from piped stdin.
Entries run through the shell (seqjit.shell.shell.Shell), whose events are
printed as ANSI text; the REPL adds its own commands, `:edit` and `:set`.

What the code prints comes first (compiled code writes to fd 1 itself),
then `Defined.` / `Redefined sq.` and the stack, or the error with its
caret. Ctrl-C while code runs interrupts it (Session.eval turns it into an
interrupt of the engine thread) and the stack stays as it was; Ctrl-C at
the prompt clears the line; Ctrl-D on an empty line leaves.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from seqjit import alarms
from seqjit.shell import journal, present, render
from seqjit.shell.commands import SHARED
from seqjit.shell.completion import Candidate, word_argument
from seqjit.shell.events import CommandOutput, succeeded
from seqjit.shell.registry import Command, Registry, failure, say
from seqjit.shell.shell import Options, Shell
from seqjit.syntax.cell import is_complete

from .printer import Printer

MODES = ("vi", "emacs")


class Repl:
    def __init__(self, color: bool = True, session=None, printer: Printer | None = None,
                 interactive: bool = True, vi: bool = False, journal: bool = False,
                 timeout: float | None = None) -> None:
        if session is None:
            from seqjit.live.session import Session  # loads LLVM

            session = Session()
        # An entry that starts with a command is that command; program
        # output appears as it is written when someone watches.
        # `journal`: each accepted entry's definitions are kept on disk, for
        # a later session to restore if this process dies (shell/journal.py).
        options = Options(color=color, keys="vi" if vi else "emacs", line_commands=False,
                          unbuffered=interactive, journal=journal)
        self.shell = Shell(session, self.registry(), options)
        self.printer = printer or Printer(options.color)
        self.prompt = None  # the PromptSession, when reading from a terminal
        self.failed = 0
        self.quit = False
        self.interrupts = 0  # Ctrl-Cs while reading piped input
        self.timeout = timeout  # seconds an entry may run (SEQ_REPL_TIMEOUT), None: no limit

    @property
    def session(self):
        return self.shell.session

    def registry(self) -> Registry:
        """The shared commands and the REPL's own: `:edit`, `:set` and the
        interactive `:step`."""
        from .editor import edit
        from .stepping import step_entry
        from .top import TOP

        return SHARED.extended(
            Command("edit", "[WORD]", "edit a word (or a new entry) in $EDITOR, then run it",
                    lambda shell, arg: edit(self, arg), ("e",), complete=word_argument),
            Command("set", "vi|emacs", "the REPL's editing keys",
                    lambda shell, arg: self.set_mode(arg), complete=_modes),
            TOP,
            before="reset",
        ).replaced(step_entry(self))

    # --- one entry ---------------------------------------------------------------------

    def run(self, text: str) -> bool:
        """Run one entry and print what it did; False if it failed. An entry
        running past `timeout` is interrupted (and so changes nothing)."""
        fired = threading.Event()

        def time_out() -> None:
            fired.set()
            self.session.interrupt()

        alarm = self.alarm(time_out)
        try:
            ok = self.handle(text)
        except KeyboardInterrupt:
            self.printer.error("Interrupted.")
            ok = False
        except Exception as e:  # a bug of ours: say so, but keep the session going
            self.printer.error(f"internal error: {type(e).__name__}: {e}")
            ok = False
        finally:
            if alarm is not None:
                alarm.cancel()
        if fired.is_set() and not ok:
            self.printer.error(f"timeout after {self.timeout:g}s (SEQ_REPL_TIMEOUT to adjust)")
        if not ok:
            self.failed += 1
        return ok

    def alarm(self, time_out: Callable[[], None]) -> alarms.Alarm | None:
        """`time_out` called once the entry has run `timeout` seconds (None:
        no timeout, or no thread to keep it, which is said on stderr)."""
        if not self.timeout:
            return None
        try:
            return alarms.after(self.timeout, time_out)
        except alarms.NoAlarms:
            print(f"seqrepl: no thread could start to time this entry: it runs without "
                  f"its {self.timeout:g}s limit (SEQ_REPL_TIMEOUT)", file=sys.stderr, flush=True)
            return None

    def handle(self, text: str) -> bool:
        if not text.strip():
            return True
        self.printer.flush()  # our output before the program's
        events = self.shell.run_cell(text)
        self.printer.show(present.events(events))
        if any(isinstance(e, CommandOutput) and e.quit for e in events):
            self.quit = True
        return succeeded(events)

    def set_mode(self, mode: str) -> CommandOutput:
        """`:set vi` / `:set emacs`."""
        from .prompt import set_editing_mode

        if self.prompt is None:
            return failure(":set vi / :set emacs changes the keys of the interactive REPL")
        if not set_editing_mode(self.prompt, mode):
            return failure(f"unknown mode '{mode}': :set vi or :set emacs")
        self.shell.options.keys = mode
        return say(f"{'Vi' if mode == 'vi' else 'Emacs'} keys.")

    # --- loops ---------------------------------------------------------------------------

    def interactive(self, prompt, relay=None) -> int:
        from .relay import prompting

        self.prompt = prompt
        accepted = _accepted_lines(prompt)
        late: list[str] = []  # Ctrl-Cs that came after Enter, as the prompt closed

        def keep_late() -> None:
            if accepted:
                late.append("interrupt")
            else:
                _abandon_line()

        _interrupts_from_finalizers(self.session)
        while not self.quit:
            accepted.clear()
            late.clear()
            self.session.forget_interrupt()  # one meant for the entry that just ended
            try:
                # While the prompt is shown, output from strands running in
                # the background (and from Python threads) is printed above it.
                # The SIGINT handler outlives the relay: a Ctrl-C as the relay
                # gives fd 1 back must not cut that short (the answer would go
                # into the dead pipe).
                with _sigint_kept(keep_late), prompting(relay):
                    text = prompt.prompt()
            except KeyboardInterrupt:
                # The prompt's own Ctrl-C; once Enter took the line, the
                # entry does not run.
                if accepted:
                    self.printer.error("Interrupted.")
                continue  # Ctrl-C at the prompt: the line is dropped
            except EOFError:
                break
            try:
                typed_ahead = _ctrl_c_typed_ahead(prompt) or bool(late)
            except KeyboardInterrupt:  # came once the prompt had given the terminal back
                typed_ahead = True
            if typed_ahead:
                self.session.interrupt()  # Enter then Ctrl-C at once: stop this entry
            self.run(text)
        return 0

    def piped(self, lines: Iterable[str]) -> int:
        """Entries from a stream: each complete input is one entry (a
        definition or quotation goes on over lines until it is closed).
        Exit status 1 if any entry failed. Ctrl-C stops the entry that runs;
        one that comes while input is read (a KeyboardInterrupt there would
        lose input read ahead) stops the entry on its way, the next one."""
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGINT, self._count_interrupt) if main else None
        try:
            return self._piped(lines)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)

    def _count_interrupt(self, signum, frame) -> None:
        self.interrupts += 1
        self.session.interrupt()

    def _piped(self, lines: Iterable[str]) -> int:
        pending: list[str] = []
        for line in lines:
            if not pending and self.shell.commands.claims(line):
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
        interrupts = self.interrupts
        try:
            while any(s.state in waiting for s in self.session.strands()):
                if self.interrupts != interrupts:
                    return
                time.sleep(0.02)
        except KeyboardInterrupt:
            pass


def repl_timeout() -> float | None:
    """SEQ_REPL_TIMEOUT: the seconds a piped entry may run (as the
    reference's REPL; unset, empty or not a positive number: no limit)."""
    try:
        seconds = float(os.environ.get("SEQ_REPL_TIMEOUT", ""))
    except ValueError:
        return None
    return seconds if seconds > 0 else None


def start(color: bool | None = None, vi: bool = False, restore: bool = False,
          load: Path | None = None) -> int:
    """`seqrepl` with no file: the REPL on a terminal, or entries from
    piped stdin. `restore`: first define what the last session's journal
    holds (`:restore`); `load` (`-i FILE`): first run FILE, its words and
    stack kept."""
    tty = sys.stdin.isatty() and sys.stdout.isatty()
    if color is None:
        color = sys.stdout.isatty()
    if not tty:
        repl = Repl(color=False, interactive=False, journal=True, timeout=repl_timeout())
        with closing(repl.shell):
            if restore:
                repl.run(":restore")
            if load is not None and not run_first(repl, load):
                return 1
            return repl.piped(sys.stdin)
    from .prompt import make_prompt
    from .relay import Relay

    printer = Printer(color)
    printer.banner()
    repl = Repl(color=color, printer=printer, vi=vi, journal=True)
    with closing(repl.shell):
        if restore:
            repl.run(":restore")
        elif load is None:
            offer_restore(repl)
        if load is not None:
            run_first(repl, load)
        relay = Relay()  # before the prompt: prompt_toolkit draws on its terminal
        options = repl.shell.options
        prompt = make_prompt(lambda: repl.shell, color=options.color, vi=options.keys == "vi")
        return repl.interactive(prompt, relay)


def run_first(repl: Repl, path: Path) -> bool:
    """`seqrepl -i FILE`: load FILE (its words defined, its top-level code
    run) and run its `main` if it has one, as `python -i` runs a script
    before the prompt; False if that failed."""
    if not repl.run(f":load {path}"):
        return False
    if "main" in repl.session.world.program.words:
        return repl.run("main")
    return True


def offer_restore(repl: Repl) -> None:
    """One line at the start when a session died leaving definitions that
    no session has restored yet."""
    crashed = journal.unrestored_crash()
    if crashed is not None:
        n = len(crashed.entries)
        repl.printer.show(render.styled(
            f"A session that did not end cleanly left {n} entr{'y' if n == 1 else 'ies'} of "
            "definitions: :restore brings them back.", render.DIM))


def _accepted_lines(prompt) -> list[str]:
    """A list the prompt adds each line it accepts to (Enter), as it
    accepts it: an interrupt that comes before prompt() returns can still
    tell an accepted line from one being edited."""
    accepted: list[str] = []
    handle = prompt.default_buffer.accept_handler

    def accept(buffer) -> bool:
        accepted.append(buffer.text)
        return handle(buffer)

    prompt.default_buffer.accept_handler = accept
    return accepted


def _interrupts_from_finalizers(session) -> None:
    """A Ctrl-C that lands in a finalizer (a weakref callback run while an
    entry is waited for) cannot be raised there: Python would print a
    traceback and drop it. It interrupts the session instead."""
    hook = sys.unraisablehook

    def interrupt(unraisable) -> object:
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            session.interrupt()
            return None
        return hook(unraisable)

    sys.unraisablehook = interrupt


def _abandon_line() -> None:
    """A SIGINT while no line was accepted: the terminal was still in
    cooked mode (a dumb terminal's prompt is written before the prompt
    reads), and it threw away what was typed ahead. Start over at a fresh
    prompt, as the Ctrl-C key would: through the prompt's application, or
    where none runs yet (nothing to clean up) by raising."""
    from prompt_toolkit.application.current import get_app_or_none

    app = get_app_or_none()  # (a dumb terminal's prompt runs an app of its own)
    if app is None or app.loop is None:
        raise KeyboardInterrupt

    def abandon() -> None:
        if not app.is_done:
            app.exit(exception=KeyboardInterrupt, style="class:aborting")

    app.loop.call_soon_threadsafe(abandon)


@contextmanager
def _sigint_kept(keep: Callable[[], None]) -> Iterator[None]:
    """While the prompt runs, a SIGINT calls `keep` instead of raising: the
    prompt reads Ctrl-C as a key in raw mode, so a SIGINT comes only as it
    sets the terminal up or puts it back, where a KeyboardInterrupt would
    cut its clean-up short (leaving the terminal echoing under the next
    prompt) or land in a finalizer as a printed traceback."""
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda signum, frame: keep())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _ctrl_c_typed_ahead(prompt) -> bool:
    """Whether Ctrl-C came with the entry's Enter, as a key (the terminal
    was in raw mode, so no SIGINT was sent): read by the prompt already, or
    still queued in the terminal; the Ctrl-Cs are taken out of what the
    next prompt reads."""
    from prompt_toolkit.input.typeahead import get_typeahead, store_typeahead
    from prompt_toolkit.keys import Keys

    keys = get_typeahead(prompt.input)  # takes them all
    with prompt.input.raw_mode():  # what the terminal queued in raw mode, without waiting
        keys += prompt.input.read_keys()
    rest = [k for k in keys if k.key != Keys.ControlC]
    store_typeahead(prompt.input, rest)
    return len(rest) != len(keys)


def _modes(session, arg: str, offset: int, commands: Registry) -> list[Candidate]:
    """`:set`'s argument: the editing modes."""
    return [Candidate(mode, offset, "editing keys") for mode in MODES if mode.startswith(arg)]
