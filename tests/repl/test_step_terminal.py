"""`:step` in a real pseudo-terminal: a key per move, the stack after each
word on the screen, back restoring an earlier stack, continue finishing,
Ctrl-C stopping a runaway step but not the stepper."""

from __future__ import annotations

import pytest


@pytest.fixture
def term(spawn):
    t = spawn()
    t.wait_for_prompt()
    t.enter(": sq ( Int -- Int ) dup i.* ;")
    t.wait_for("Defined.")
    return t


def last_line_with(term, text: str) -> str:
    return next(line for line in reversed(term.lines()) if text in line)


def test_step_keys_into_over_back_and_continue(term) -> None:
    term.enter("10")
    term.wait_for("stack: 10")
    term.enter(":step 3 sq 1 [ 2 i.+ ] dip")
    term.wait_for("next: 3")
    term.type("n")
    term.wait_for("next: sq")
    assert last_line_with(term, "( -- Int )").endswith("10:Int 3:Int*")
    term.type("s")  # into sq
    term.wait_for("next: dup")
    term.type("\r")  # Enter: over
    term.wait_for("next: i.*")
    assert last_line_with(term, "dup").endswith("10:Int 3:Int 3:Int*")
    term.type("b")  # back: the stack before dup
    term.wait_for("back: stack: 10 3")
    term.wait_until(lambda lines: sum("next: dup" in line for line in lines) == 2,
                    "back at dup")
    term.type("o")  # out of sq
    term.wait_for("next: 1")
    assert last_line_with(term, "i.*").endswith("10:Int 9:Int*")
    term.type("c")  # to the end: the session takes the stack
    term.wait_for("Done.")
    term.wait_for("stack: 10 11 1")
    term.wait_for_prompt()
    term.enter(":stack")
    term.wait_for("<- top")


def test_quit_leaves_the_stack_and_ctrl_c_stops_only_the_step(term) -> None:
    term.enter(": spin ( Int -- Int ) 1 i.+ spin ;")
    term.wait_for("Defined.")
    term.enter("7")
    term.wait_for("stack: 7")
    term.enter(":step 5 spin")
    term.wait_for("next: 5")
    term.type("n")
    term.wait_for("next: spin")
    term.type("n")  # runs forever as one step
    term.type("\x03")
    term.wait_for("That step did not happen")
    term.wait_until(lambda lines: sum("next: spin" in line for line in lines) == 2,
                    "still before spin")
    term.type("q")
    term.wait_for("the stack is as it was before :step")
    term.wait_for_prompt()
    term.enter("1")
    term.wait_for("stack: 7 1")
