"""A runtime error names the Seq word it happened in and every caller
above it, innermost last, each with its file:line:col and source line: in
a session, in script mode, for a spawned strand; deep recursion is one
frame with a count; a frame a tail call replaced is said to be elided."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from seqjit.diagnostics import TRACE_HEAD

THREE_DEEP = """\
: inner ( Int -- Int )
  -1 args.at drop ;
: middle ( Int -- Int ) inner 1 i.+ ;
: outer ( Int -- Int ) middle 2 i.+ ;
"""


@pytest.fixture
def fresh():
    """A session of its own: entries count from 1."""
    from seqjit.live.session import Session

    return Session()


def places(error) -> list[tuple[str, str]]:
    return [(frame.word, frame.span.location) for frame in error.trace]


def test_an_error_three_words_deep_names_each_word_and_its_line(fresh) -> None:
    assert fresh.eval(THREE_DEEP).ok
    fresh.eval("5")
    result = fresh.eval("7 outer")
    [error] = result.errors
    n = error.trace[-1].span.source.name  # the entry that defined them
    assert places(error) == [
        ("top level", "<entry 3>:1:3"),
        ("outer", f"{n}:4:24"),
        ("middle", f"{n}:3:25"),
        ("inner", f"{n}:2:6"),
    ]
    assert error.span == error.trace[-1].span  # the caret is under the failing call
    text = error.render().split("\n")
    assert text[0] == TRACE_HEAD
    assert text[1:9] == [
        "  <entry 3>:1:3, in top level", "    7 outer",
        f"  {n}:4:24, in outer", "    : outer ( Int -- Int ) middle 2 i.+ ;",
        f"  {n}:3:25, in middle", "    : middle ( Int -- Int ) inner 1 i.+ ;",
        f"  {n}:2:6, in inner", "    -1 args.at drop ;",
    ]
    assert text[9] == f"{n}:2:6: runtime error: args.at: index must be non-negative, got -1"
    assert [v.text for v in fresh.world.stack()] == ["5"]  # the world is as it was


def test_words_from_separate_entries_each_show_their_own_entry(fresh) -> None:
    fresh.eval(": inner ( Int -- Int ) -1 args.at drop ;")
    fresh.eval(": middle ( Int -- Int ) inner 1 i.+ ;")
    fresh.eval(": outer ( Int -- Int ) middle 2 i.+ ;")
    [error] = fresh.eval("1 outer").errors
    assert places(error) == [
        ("top level", "<entry 4>:1:3"),
        ("outer", "<entry 3>:1:24"),
        ("middle", "<entry 2>:1:25"),
        ("inner", "<entry 1>:1:27"),
    ]
    assert not any(frame.elided for frame in error.trace)


def test_a_frame_replaced_by_a_tail_call_is_said_to_be_elided(fresh) -> None:
    fresh.eval(": inner ( Int -- Int ) -1 args.at drop ;")
    fresh.eval(": passes ( Int -- Int ) inner ;")  # a tail call: its frame is gone
    fresh.eval(": calls ( Int -- Int ) passes 1 i.+ ;")
    [error] = fresh.eval("1 calls").errors
    assert places(error) == [
        ("top level", "<entry 4>:1:3"),
        ("calls", "<entry 3>:1:24"),
        ("inner", "<entry 1>:1:27"),
    ]
    assert [frame.elided for frame in error.trace] == [False, True, False]
    assert "  ... frames elided here by tail calls" in error.render().split("\n")


def test_deep_recursion_overflow_shows_the_word_once_with_a_count(fresh) -> None:
    # n - down(n - 1): not a loop the optimiser could make of it
    fresh.eval(": down ( Int -- Int ) dup 0 i.> if dup 1 i.- down i.- then ;")
    [error] = fresh.eval("100000000 down").errors
    assert error.message == "stack overflow"
    words = [frame.word for frame in error.trace]
    assert words[0] == "top level" and set(words[1:]) == {"down"}
    assert len(words) <= 3  # the recursive call once, and where it overflowed
    recursive = error.trace[1]
    assert recursive.span.location == "<entry 1>:1:46" and recursive.repeats > 1000
    lines = error.render().split("\n")
    assert f"  [the call above repeated {recursive.repeats - 1} more times]" in lines
    assert len(lines) < 15


def test_a_failing_strand_names_itself_where_it_was_spawned_and_its_calls(fresh) -> None:
    reports: list[str] = []
    fresh.world.reporter = reports.append
    fresh.eval(": inner ( Int -- Int ) -1 args.at drop ;")
    fresh.eval(": work ( -- ) 3 inner drop ;\n: boss ( -- ) [ work ] strand.spawn drop ;")
    assert fresh.eval("boss").ok
    fresh.world.background(1.0)
    [report] = reports
    lines = report.split("\n")
    assert lines[0].startswith("strand ") and lines[0].endswith(
        " failed: args.at: index must be non-negative, got -1")
    assert lines[1:3] == ["  spawned at <entry 2>:2:24, in boss",
                          "    : boss ( -- ) [ work ] strand.spawn drop ;"]
    assert lines[3] == TRACE_HEAD
    assert lines[4::2] == ["  <entry 2>:2:17, in [quotation in boss]",
                           "  <entry 2>:1:17, in work", "  <entry 1>:1:27, in inner"]


def test_script_mode_prints_the_backtrace_on_stderr_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "prog.seq"
    path.write_text(THREE_DEEP + ": main ( -- ) 7 outer drop \"unreached\" io.write-line ;\n")
    done = subprocess.run([sys.executable, "-m", "seqrepl", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.split("\n")
    assert lines[0] == TRACE_HEAD
    assert lines[1::2][:4] == [f"  {path}:5:17, in main", f"  {path}:4:24, in outer",
                               f"  {path}:3:25, in middle", f"  {path}:2:6, in inner"]
    assert lines[9] == f"{path}:2:6: runtime error: args.at: index must be non-negative, got -1"
    assert "Traceback" not in done.stderr  # no Python traceback
