"""Completion candidates (seqjit.shell.completion), shared by the REPL and the kernel."""

from __future__ import annotations

from pathlib import Path

from seqjit.shell.commands import SHARED
from seqjit.shell.completion import complete as complete_in
from seqrepl.repl import Repl


def complete(session, text: str, cursor: int):
    return complete_in(session, text, cursor, SHARED)


def names(session, text: str, cursor: int | None = None, shell=None) -> dict[str, str]:
    cursor = len(text) if cursor is None else cursor
    found = shell.complete(text, cursor) if shell else complete(session, text, cursor)
    return {c.text: c.meta for c in found}


def test_builtins_with_their_effects(fresh) -> None:
    found = names(fresh, "1 2 i.a")
    assert found == {"i.add": "( Int Int -- Int )"}
    (c,) = complete(fresh, "1 2 i.a", 7)
    assert c.start == 4


def test_user_words_and_std_words(fresh) -> None:
    fresh.eval(": square ( Int -- Int ) dup i.* ;")
    assert names(fresh, "3 squ")["square"] == "( Int -- Int )"
    # A std word not included yet says where it comes from.
    assert names(fresh, "list-o")["list-of"] == "( -- Variant )  std:list"
    fresh.eval("include std:list")
    assert names(fresh, "list-o")["list-of"] == "( -- Variant )"


def test_cursor_in_the_middle(fresh) -> None:
    text = "1 i.ad 2"
    (c,) = complete(fresh, text, 6)
    assert (c.text, c.start) == ("i.add", 2)


def test_commands_and_their_arguments(fresh, tmp_path: Path, monkeypatch) -> None:
    assert set(names(fresh, ":st")) == {":stack", ":step", ":strands"}
    assert ":help" in names(fresh, ":")
    fresh.eval(": square ( Int -- Int ) dup i.* ;")
    assert "square" in names(fresh, ":see squ")
    assert "square" in names(fresh, ":ir squ")
    assert "i.add" in names(fresh, ":type 1 i.a")
    assert "square" in names(fresh, ":trace 3 squ")
    (tmp_path / "prog.seq").write_text("")
    (tmp_path / "notes.txt").write_text("")
    (tmp_path / "lib").mkdir()
    monkeypatch.chdir(tmp_path)
    assert names(fresh, ":load ") == {"lib/": "directory", "prog.seq": "Seq file"}
    assert names(fresh, f":load {tmp_path}/pr") == {f"{tmp_path}/prog.seq": "Seq file"}
    # A front end's own commands complete their arguments too.
    assert "vi" not in names(fresh, ":set v")  # without them, `:set` is a symbol
    assert names(fresh, ":set v", shell=Repl(session=fresh).shell) == {"vi": "editing keys"}


def test_nothing_in_strings_comments_and_symbols(fresh) -> None:
    assert names(fresh, '"i.a') == {}
    assert names(fresh, "1 # i.a") == {}
    assert names(fresh, ":sym") == {}  # a symbol, not a command
    assert names(fresh, "1 :i.a") == {}
    assert "i.add" in names(fresh, '"done" i.a')


def test_definitions_are_not_commands(fresh) -> None:
    assert "dup" in names(fresh, ": sq ( Int -- Int ) du")


def test_std_modules_after_include(fresh) -> None:
    assert {"list", "loops"} <= set(names(fresh, "include std:l"))


def test_keywords_and_types(fresh) -> None:
    assert names(fresh, "matc")["match"] == "keyword"
    assert names(fresh, ": f ( Str")["String"] == "type"
