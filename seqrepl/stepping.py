"""`:step CODE` in the terminal: run code a word at a time, a key per move.

  n, Enter  over: run the next word whole        s  into: enter a word or quotation
  o         out: finish the body it is in        c  continue to the end
  b         back: the stack before the last move q  quit (Ctrl-C, Ctrl-D too)

After each move the row of the word (its position, effect and the stack
after it, changed slots marked) is printed, then what runs next. When the
code ends its stack becomes the session's; `q` leaves the stack as it was
before `:step`. A runtime error, or Ctrl-C while a move runs, stops that
move only: the stepper stays at the last completed step. Going back
restores the stack, not side effects (output, sends, files).
"""

from __future__ import annotations

from collections.abc import Callable

from seqjit.diagnostics import SeqError
from seqjit.shell import render
from seqjit.shell.events import CommandOutput
from seqjit.shell.registry import Command, say
from seqjit.shell.stepper import Step, StepFailed, Stepper
from seqjit.shell.trace import Stepping, rows_text, run_trace, short_location

KEYS = "n/Enter over · s into · o out · c continue · b back · q quit"
MOVES = {"n": "over", "enter": "over", "s": "into", "o": "out", "c": "continue", "b": "back",
         "q": "quit"}
BACK = 1000  # moves `b` can go back over
SHOWN_AT_ONCE = 20  # a longer run (continue, out) shows its last rows


def read_move(message: str) -> str:
    """One key, as a move name (prompt_toolkit; Ctrl-C and Ctrl-D quit)."""
    from prompt_toolkit import prompt
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    def bind(key: str, move: str) -> None:
        @bindings.add(key)
        def _(event) -> None:
            event.app.exit(result=move)

    for key, move in MOVES.items():
        bind(key, move)
    for key in ("c-c", "c-d", "escape"):
        bind(key, "quit")

    @bindings.add("<any>")
    def _(event) -> None:  # any other key does nothing
        pass

    return prompt(message, key_bindings=bindings)


def step_command(repl, arg: str) -> CommandOutput:
    if repl.prompt is None:  # piped input: no keys to read between steps
        return run_trace(repl.shell, arg, ":step needs the REPL on a terminal; here it runs "
                         "as :trace.")
    if not arg.strip():
        return say(f"usage: :step CODE  (keys: {KEYS})")
    try:
        stepping = Stepping.start(repl.session, arg, keep=BACK)
    except SeqError as e:
        return CommandOutput(render.error(e), ok=False)
    return StepUi(repl, stepping).loop()


class StepUi:
    def __init__(self, repl, stepping: Stepping) -> None:
        self.repl = repl
        self.stepping = stepping
        self.printer = repl.printer

    def loop(self) -> CommandOutput:
        self.printer.show(render.styled(f"Stepping ({KEYS}).", render.DIM))
        try:
            return self._loop()
        except BaseException:
            self.stepping.close()  # the snapshots' references; the stack stays as it was
            raise

    def _loop(self) -> CommandOutput:
        while not self.stepping.done:
            move = read_move(self.next_message())
            if move == "quit":
                self.stepping.close()
                return say("Stopped; the stack is as it was before :step.")
            if move == "back":
                self.back()
                continue
            self.move(MOVE_RUNS[move])
        self.stepping.finish()
        world = self.repl.session.world
        return CommandOutput(render.join([render.styled("Done.", render.OK),
                                          render.stack(world.stack())]))

    def next_message(self) -> str:
        text, span = self.stepping.run(lambda s: s.upcoming())
        where = f"  ({short_location(span)})" if span is not None else ""
        return f"next: {text}{where}  [n s o c b q] "

    def move(self, run: Callable[[Stepper], list[Step]]) -> None:
        try:
            steps = self.stepping.run(run)
        except StepFailed as failed:
            self.printer.show(render.join([
                render.error(failed.error),
                render.styled("That step did not happen: still at the last completed step "
                              "(b goes back, q quits).", render.DIM)]))
            return
        hidden = max(0, len(steps) - SHOWN_AT_ONCE)
        if hidden:
            self.printer.show(render.styled(f"… {hidden} steps", render.DIM))
        self.printer.show(rows_text(steps[hidden:], header=False))

    def back(self) -> None:
        def undo(stepper: Stepper) -> bool:
            return stepper.back()

        if not self.stepping.run(undo):
            self.printer.show(render.styled("Nothing to go back to.", render.DIM))
            return
        stack = self.stepping.run(lambda s: s.state.shown())
        self.printer.show(render.styled("back: ", render.BOLD) + render.stack(stack))


def _each_to_end(stepper: Stepper) -> list[Step]:
    return list(stepper.run(0))


MOVE_RUNS: dict[str, Callable[[Stepper], list[Step]]] = {
    "over": lambda s: [s.step(into=False)],
    "into": lambda s: [s.step(into=True)],
    "out": lambda s: s.out(),
    "continue": _each_to_end,
}


def step_entry(repl) -> Command:
    """The REPL's `:step`, in place of the shared one (which runs as :trace)."""
    return Command("step", "CODE", f"step through code a word at a time ({KEYS})",
                   lambda shell, arg: step_command(repl, arg))

