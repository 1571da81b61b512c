"""What running a cell produces: events as data, in order, with no
rendered text to read back."""

from __future__ import annotations

from seqjit.diagnostics import SeqError
from seqjit.shell.events import CommandOutput, Defined, Output, Stack, Timing
from seqjit.shell.shell import Options, Shell, split_cell


def kinds(events) -> list[str]:
    return [type(e).__name__ for e in events]


def test_a_definition_then_code_then_a_command(shell) -> None:
    events = shell.run_cell(": sq ( Int -- Int ) dup i.* ;\n3 sq 25\n:stack")
    assert kinds(events) == ["Defined", "Stack", "Timing", "CommandOutput"]
    defined, stack, timing, answer = events
    assert defined == Defined(("sq",), ())
    assert isinstance(stack, Stack) and stack.ran_code and not stack.midline
    assert [(v.text, v.type) for v in stack.values] == [("9", "Int"), ("25", "Int")]
    assert isinstance(timing, Timing) and timing.seconds >= 0
    assert isinstance(answer, CommandOutput) and answer.ok and "Int  <- top" in answer.text


def test_only_definitions_run_no_code(shell) -> None:
    defined, stack, _ = shell.run_cell(": one ( -- Int ) 1 ;")
    assert defined == Defined(("one",), ())
    assert not stack.ran_code and stack.values == ()
    assert kinds(shell.run_cell(": one ( -- Int ) 2 ;"))[0] == "Defined"


def test_an_error_is_a_seq_error_with_its_span_and_stops_the_cell(shell) -> None:
    events = shell.run_cell('1 2\n"a" i.+\n:stack')
    assert kinds(events) == ["Error", "Timing"]  # the command after it never ran
    error = events[0].error
    assert isinstance(error, SeqError) and error.kind == "type error"
    assert (error.span.line, error.span.col) == (2, 5)  # lines count from the cell's top
    assert shell.session.world.stack() == []  # the failing code changed nothing


def test_a_failing_command_stops_the_cell(shell) -> None:
    events = shell.run_cell(":undo\n1")
    assert kinds(events) == ["CommandOutput"] and not events[0].ok


def test_quit_stops_the_cell(shell) -> None:
    events = shell.run_cell(":quit\n1")
    assert kinds(events) == ["CommandOutput"] and events[0].quit


def test_output_ending_midline_is_said(shell) -> None:
    (stack, _) = shell.run_cell('"no newline" io.write')
    assert stack.midline


def test_the_listener_sees_each_event_as_it_happens(session) -> None:
    seen = []
    shell = Shell(session, listener=seen.append)
    events = shell.run_cell("7 drop\n:clear")
    assert seen == events


def test_captured_program_output_is_an_event_before_the_stack(session) -> None:
    shell = Shell(session, options=Options(capture_output=True))
    try:
        events = shell.run_cell('"hello" io.write-line 1')
    finally:
        shell.close()
    assert kinds(events) == ["Output", "Stack", "Timing"]
    assert events[0] == Output("hello\n")


def test_cells_split_into_code_and_command_lines(shell) -> None:
    commands = shell.commands
    segments = split_cell("1\n:stack\n: f ( -- Symbol )\n  :stack ;\n2", commands)
    assert [(s.kind, s.line) for s in segments] == [
        ("code", 0), ("command", 1), ("code", 2)]  # a symbol inside a definition stays code
    # An entry of the REPL is one command when it starts with one.
    (entry,) = split_cell(":time 1\n2 i.+", commands, line_commands=False)
    assert (entry.kind, entry.text) == ("command", ":time 1\n2 i.+")
    assert split_cell("  ", commands) == []


def test_a_runtime_error_carries_its_backtrace_plain_and_coloured(shell) -> None:
    shell.run_cell(": inner ( Int -- Int ) -1 args.at drop ;\n"
                   ": middle ( Int -- Int ) inner 1 i.+ ;\n"
                   ": outer ( Int -- Int ) middle 2 i.+ ;")
    error = shell.run_cell("7 outer")[0].error
    assert [(f.word, f.span.line, f.span.col) for f in error.trace] == [
        ("top level", 1, 3), ("outer", 3, 24), ("middle", 2, 25), ("inner", 1, 27)]
    from seqjit.shell import render

    shown = render.error(error)
    assert shown.text == error.render()  # the same lines, plain
    assert "<entry" in shown.ansi and "\x1b[1mmiddle\x1b[0m" in shown.ansi
    assert "in <b>middle</b>" in shown.html
