"""`seqrepl` in a real pseudo-terminal, checked on the emulated screen as a
user would read it."""

from __future__ import annotations

import time

import pytest


@pytest.fixture
def term(spawn):
    t = spawn()
    t.wait_for_prompt()
    return t


def test_banner_names_the_version_and_commands(term) -> None:
    from seqjit import __version__

    head = term.text.split("\n")
    assert __version__ in head[0]
    assert ":help" in term.text and ":words" in term.text


def test_a_definition_across_three_lines(term) -> None:
    term.enter(": sq ( Int -- Int )")
    term.enter("dup")
    term.enter("i.* ;")
    term.wait_for("Defined.")
    term.enter("7 sq")
    screen = term.wait_for("stack: 49")
    lines = screen.split("\n")
    i = lines.index("seq> : sq ( Int -- Int )")
    assert lines[i + 1: i + 5] == ["...    dup", "...    i.* ;", "Defined.", "seq> 7 sq"]


def test_a_type_error_with_its_caret(term) -> None:
    term.enter("1 2")
    term.enter('"a" i.+')
    screen = term.wait_for("actual:")
    lines = screen.split("\n")
    i = next(n for n, line in enumerate(lines) if "type error" in line)
    assert lines[i].startswith("<entry 2>:1:5: type error: i.+")
    assert lines[i + 1] == ' 1 | "a" i.+'
    assert lines[i + 2] == "   |     ^^^"
    term.enter("")
    term.enter(":stack")
    term.wait_for("<- top")
    assert "  1  2  Int  <- top" in term.text  # the stack as it was


def test_completion_shows_effects_and_completes(term) -> None:
    term.type("i.")
    term.type("\t")
    screen = term.wait_for("( Int Int -- Int )")
    assert "i.+" in screen and "i.*" in screen
    term.type("\x03")  # Ctrl-C drops the line (and the menu)
    term.type("6 7 i.mul")
    term.type("\t")
    term.wait_for("seq> 6 7 i.multiply")
    term.enter()
    term.wait_for("stack: 42")


def test_ctrl_c_stops_an_infinite_loop_and_keeps_the_stack(term) -> None:
    term.enter(": spin ( Int -- Int ) 1 i.+ spin ;")
    term.wait_for("Defined.")
    term.enter("5")
    term.wait_for("stack: 5")
    term.enter("0 spin")
    time.sleep(0.5)
    term.pump()
    assert not term.at_prompt()  # still spinning
    sent = time.monotonic()
    term.type("\x03")
    term.wait_for("interrupted", timeout=60)
    assert time.monotonic() - sent < 30  # stopped, not spinning on (generous: loaded CI)
    term.enter("1")
    term.wait_for("stack: 5 1")


def test_ctrl_d_leaves(spawn) -> None:
    t = spawn()
    t.wait_for_prompt()
    assert t.close() == 0


@pytest.mark.slow
def test_no_color(spawn) -> None:
    t = spawn("--no-color")
    t.wait_for_prompt()
    t.enter('3 "s"')
    t.wait_for('stack: 3 "s"')
    assert b"\x1b[36m3" not in t.raw
    t.close()
    c = spawn()
    c.wait_for_prompt()
    c.enter('3 "s"')
    c.wait_for('stack: 3 "s"')
    assert b"\x1b[36m3\x1b[0m" in c.raw
    c.close()


@pytest.mark.slow
def test_history_persists_between_sessions(spawn) -> None:
    t = spawn()
    t.wait_for_prompt()
    t.enter("40 2 i.+")
    t.wait_for("stack: 42")
    t.close()
    again = spawn()
    again.wait_for_prompt()
    again.type("\x1b[A")  # Up: the last entry of the last session
    again.wait_for("seq> 40 2 i.+")
    again.close()


def test_background_strand_output_appears_above_the_prompt(term) -> None:
    term.enter("[ 700 time.sleep-ms 21 2100 i.* int->string io.write-line ] strand.spawn drop")
    term.wait_for("stack: (empty)")
    term.type("1 2 i.")  # half an entry when the strand prints

    def printed_above(lines: list[str]) -> bool:
        # the line being typed is intact, below what the strand printed
        return "44100" in lines and lines[lines.index("44100") + 1:][:1] == ["seq> 1 2 i."]

    term.wait_until(printed_above, "44100 above the line being typed")
    term.enter("+")
    term.wait_for("stack: 3")
    term.enter(":strands")
    term.wait_for("No strands")


def test_a_runtime_error_shows_the_words_it_happened_in(term) -> None:
    term.enter(": inner ( Int -- Int ) -1 args.at drop ;")
    term.enter(": middle ( Int -- Int ) inner 1 i.+ ;")
    term.enter(": outer ( Int -- Int ) middle 2 i.+ ;")
    term.wait_for("Defined.")
    term.enter("7 outer")
    screen = term.wait_for("runtime error:")
    lines = screen.split("\n")
    i = lines.index("Backtrace (most recent call last):")
    assert lines[i + 1:i + 9] == [
        "  <entry 4>:1:3, in top level", "    7 outer",
        "  <entry 3>:1:24, in outer", "    : outer ( Int -- Int ) middle 2 i.+ ;",
        "  <entry 2>:1:25, in middle", "    : middle ( Int -- Int ) inner 1 i.+ ;",
        "  <entry 1>:1:27, in inner", "    : inner ( Int -- Int ) -1 args.at drop ;",
    ]
    assert lines[i + 9] == ("<entry 1>:1:27: runtime error: "
                            "args.at: index must be non-negative, got -1")
