"""The reference REPL's pieces, in a real pseudo-terminal: `:include`, the
short aliases, `:show`, `seqrepl -i FILE`, a near-miss command refused (a
Symbol that is no near miss still pushed), the toolbar that checks the
entry as it is typed, and SEQ_REPL_TIMEOUT for piped sessions."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.fixture
def term(spawn):
    t = spawn()
    t.wait_for_prompt()
    return t


def toolbar(lines: list[str]) -> str:
    return lines[-1]


def answering(t):
    """The terminal answers prompt_toolkit's cursor-position requests (as a
    real one does): the toolbar shows only when the screen's height is known."""
    t.screen.write_process_input = lambda data: t.child.send(data.encode())
    return t


CPR = {"PROMPT_TOOLKIT_NO_CPR": "0"}


@pytest.fixture
def bar(spawn):
    t = answering(spawn(env=CPR))
    t.wait_for_prompt()
    return t


def test_a_mistyped_command_names_the_closest_and_pushes_nothing(term) -> None:
    term.enter(":stak")
    term.wait_for("unknown command :stak — did you mean :stack?")
    term.wait_for_prompt()
    term.enter(":ok")  # a Symbol no command is near: code, as ever
    term.wait_for("stack: :ok")
    term.enter("1 :s")  # after code, a colliding name is a Symbol too
    term.wait_for("stack: :ok 1 :s")


def test_s_is_stack_and_show_is_the_session_as_a_file(term) -> None:
    term.enter(": sq ( Int -- Int ) dup i.* ;")
    term.wait_for("Defined.")
    term.enter("3 sq")
    term.wait_for("stack: 9")
    term.enter(":s")
    term.wait_for("0  9  Int  <- top")
    term.enter(":show")
    screen = term.wait_for("Saved from a seqjit session")
    assert ": sq ( Int -- Int ) dup i.* ;" in screen.split("Saved from")[1]


def test_include_a_std_module(term) -> None:
    term.enter("4 square")
    term.wait_for("unknown word 'square' (it is in std:imath: add `include std:imath`)")
    term.wait_for_prompt()
    term.enter(":include std:imath")
    term.wait_for("Included 'std:imath'.")
    term.enter("4 square")
    term.wait_for("stack: 16")
    term.enter(":include imath")
    term.wait_for("'std:imath' is already included.")


def test_i_runs_a_file_and_stays_with_its_words_and_stack(spawn, tmp_path) -> None:
    (tmp_path / "prog.seq").write_text(
        ": tenfold ( Int -- Int ) 10 i.* ;\n"
        ": main ( -- ) \"main ran\" io.write-line ;\n"
        "4 tenfold\n")
    t = spawn("-i", "prog.seq")
    t.wait_for("main ran")
    t.wait_for_prompt()
    t.enter("tenfold")
    t.wait_for("stack: 400")


def test_the_toolbar_shows_the_effect_and_the_stack_as_you_type(bar) -> None:
    term = bar
    term.enter("7")
    term.wait_for("stack: 7")
    term.type("1 2 i.+")
    lines = term.wait_until(lambda ls: "( -- Int )" in toolbar(ls), "showed the effect")
    assert "stack after: Int Int" in toolbar(lines)
    assert term.text.count("stack: 7") == 1  # nothing ran


def test_the_toolbar_marks_the_failing_word_before_enter(bar) -> None:
    term = bar
    term.type('"x" 1 i.+')
    lines = term.wait_until(lambda ls: "✗" in toolbar(ls), "showed the error")
    assert "✗ i.+: stack type mismatch" in toolbar(lines)
    row = next(y for y, line in enumerate(lines) if line.startswith('seq> "x" 1 i.+'))
    start = lines[row].index("i.+")
    marked = [term.screen.buffer[row][x].underscore for x in range(len(lines[row]))]
    assert marked[start:start + 3] == [True] * 3
    assert not any(marked[:start])  # only the failing word


def test_the_toolbar_shows_the_vi_mode(spawn) -> None:
    t = answering(spawn("--vi", env=CPR))
    t.wait_for_prompt()
    t.wait_until(lambda ls: "INSERT" in toolbar(ls), "showed INSERT")
    t.type("\x1b")
    t.wait_until(lambda ls: "NORMAL" in toolbar(ls), "showed NORMAL")
    t.type("i")
    t.wait_until(lambda ls: "INSERT" in toolbar(ls), "showed INSERT again")


def test_seq_repl_timeout_stops_an_entry_of_a_piped_session(tmp_path) -> None:
    entries = ": spin ( -- ) spin ;\n1\nspin\n2\n"
    env_run = subprocess.run(
        [sys.executable, "-m", "seqrepl"], input=entries, capture_output=True, text=True,
        timeout=120, cwd=tmp_path,
        env={**os.environ, "SEQ_REPL_TIMEOUT": "1",
             "XDG_DATA_HOME": str(tmp_path)})
    out = env_run.stdout + env_run.stderr
    assert "timeout after 1s (SEQ_REPL_TIMEOUT to adjust)" in out
    assert "stack: 1 2" in out  # the entry that timed out changed nothing
    assert env_run.returncode == 1


def test_plot_draws_a_unicode_chart_in_the_terminal(term) -> None:
    term.enter("list.make 1 list.push 4 list.push 9 list.push")
    term.wait_for("stack: :List(1, 4, 9)")
    term.enter(":plot")
    lines = term.wait_until(lambda ls: any("└" in line for line in ls), "drew the chart")
    chart = lines[next(i for i, line in enumerate(lines) if line.startswith("9 ┤")):]
    assert chart[0].endswith("●") and chart[11].startswith("1 ┤●")
    assert "·" in "".join(chart[1:11])  # a line chart joins its points
    term.enter("plot.bar")  # the word, from running code
    term.wait_for("stack: (empty)")
    assert "█" in term.text
