"""The REPL driven through prompt_toolkit's pipe input: keys in, the
Repl's printed answers out (a DummyOutput stands in for the terminal)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from prompt_toolkit.document import Document
from prompt_toolkit.enums import EditingMode
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from seqjit.shell.shell import Shell
from seqrepl.printer import Printer
from seqrepl.prompt import SeqCompleter, entry_done, history_path, make_prompt
from seqrepl.repl import Repl

CTRL_C, CTRL_D, ESC = "\x03", "\x04", "\x1b"


@pytest.fixture
def pipe():
    with create_pipe_input() as inp:
        yield inp


def prompt_for(pipe, repl=None, vi=False, history=None):
    return make_prompt(lambda: repl.shell if repl else None, color=False, vi=vi,
                       history=history or InMemoryHistory(), input=pipe, output=DummyOutput())


def run_keys(fresh, pipe, keys: str, vi: bool = False) -> tuple[str, Repl]:
    """Type `keys` into a REPL on `fresh`; what it printed."""
    out = io.StringIO()
    repl = Repl(session=fresh, printer=Printer(False, out))
    prompt = prompt_for(pipe, repl, vi=vi)
    pipe.send_text(keys + CTRL_D)
    assert repl.interactive(prompt) == 0
    return out.getvalue(), repl


def test_enter_continues_an_open_definition(pipe) -> None:
    prompt = prompt_for(pipe)
    pipe.send_text(": sq ( Int -- Int )\rdup\ri.* ;\r")
    # The line after `: name` is indented for you.
    assert prompt.prompt() == ": sq ( Int -- Int )\n  dup\n  i.* ;"


def test_enter_continues_quotations_match_and_strings(pipe) -> None:
    prompt = prompt_for(pipe)
    pipe.send_text('[ 1\r2 ] "a\rb"\r')
    assert prompt.prompt() == '[ 1\n2 ] "a\nb"'


def test_alt_enter_always_adds_a_line(pipe) -> None:
    prompt = prompt_for(pipe)
    pipe.send_text("1" + ESC + "\r2\r")
    assert prompt.prompt() == "1\n2"


def test_entry_done() -> None:
    assert entry_done("1 2 i.+") and entry_done("") and entry_done(":see dup")
    assert not entry_done(": sq ( Int -- Int )")
    assert not entry_done("[ 1") and not entry_done("true if 1") and not entry_done('"ab')


def test_a_session_of_entries(fresh, pipe) -> None:
    printed, repl = run_keys(fresh, pipe, (
        ": sq ( Int -- Int )\rdup\ri.* ;\r"
        "3 sq\r"
        "1 \"a\" i.+\r"
        ":stack\r"
        ": sq ( Int -- Int ) dup i.+ ;\r"
        "4 sq\r"
    ))
    assert printed.startswith("Defined.\nstack: 9\n<entry")
    assert "^^^" in printed and "  0  9  Int  <- top" in printed
    assert printed.endswith("Redefined sq.\nstack: 9 8\n")
    assert repl.failed == 1


def test_ctrl_c_at_the_prompt_drops_the_line(fresh, pipe) -> None:
    printed, _ = run_keys(fresh, pipe, "1 2 i.+" + CTRL_C + "5\r")
    assert printed == "stack: 5\n"


def test_quit_ends_the_loop(fresh, pipe) -> None:
    out = io.StringIO()
    repl = Repl(session=fresh, printer=Printer(False, out))
    pipe.send_text("7\r:quit\r8\r")
    assert repl.interactive(prompt_for(pipe, repl)) == 0
    assert out.getvalue() == "stack: 7\n"


def test_set_vi_and_emacs(fresh, pipe) -> None:
    out = io.StringIO()
    repl = Repl(session=fresh, printer=Printer(False, out))
    prompt = prompt_for(pipe, repl)
    assert prompt.editing_mode is EditingMode.EMACS
    pipe.send_text(":set vi\r19\r" + CTRL_D)
    repl.interactive(prompt)
    assert prompt.editing_mode is EditingMode.VI
    pipe.send_text(":set emacs\r:set nano\r" + CTRL_D)
    repl.interactive(prompt)
    assert prompt.editing_mode is EditingMode.EMACS
    assert out.getvalue() == (
        "Vi keys.\nstack: 19\nEmacs keys.\nunknown mode 'nano': :set vi or :set emacs\n")


def test_vi_from_the_start(pipe) -> None:
    prompt = prompt_for(pipe, vi=True)
    assert prompt.editing_mode is EditingMode.VI


def test_completer_gives_effects_as_meta(fresh) -> None:
    fresh.eval(": square ( Int -- Int ) dup i.* ;")
    completer = SeqCompleter(lambda: Shell(fresh))
    found = {c.text: (c.start_position, c.display_meta_text)
             for c in completer.get_completions(Document("3 squ"), None)}
    assert found == {"square": (-3, "( Int -- Int )")}


def test_history_file_in_xdg_data_home(tmp_path: Path, monkeypatch, pipe) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert history_path() == tmp_path / "seqjit" / "history"
    from seqrepl.prompt import open_history

    history = open_history()
    assert isinstance(history, FileHistory)
    prompt = prompt_for(pipe, history=history)
    pipe.send_text(": sq ( Int -- Int )\rdup i.* ;\r")
    prompt.prompt()
    assert ": sq ( Int -- Int )" in (tmp_path / "seqjit" / "history").read_text()


def test_history_is_searched_with_ctrl_r(pipe) -> None:
    history = InMemoryHistory()
    for entry in ["1 2 i.+", ": sq ( Int -- Int ) dup i.* ;", "3 4 i.*"]:
        history.append_string(entry)
    prompt = prompt_for(pipe, history=history)
    pipe.send_text("\x12sq (\r\r")  # Ctrl-R, pattern, Enter takes it, Enter runs it
    assert prompt.prompt() == ": sq ( Int -- Int ) dup i.* ;"


def test_edit_runs_what_the_editor_saved(fresh, pipe, tmp_path: Path, monkeypatch) -> None:
    fresh.eval(": sq ( Int -- Int ) dup i.* ;")
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nsed -i "s/i\\.\\*/i.+/" "$1"\necho "3 sq" >> "$1"\n')
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    monkeypatch.delenv("VISUAL", raising=False)
    printed, _ = run_keys(fresh, pipe, ":edit sq\r")
    assert printed == "Redefined sq.\nstack: 6\n"


def test_tab_at_the_start_of_a_line_indents(pipe) -> None:
    prompt = prompt_for(pipe)
    pipe.send_text("[\r\t1 ]\r")
    assert prompt.prompt() == "[\n    1 ]"
