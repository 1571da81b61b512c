"""The word catalog: builtins, std words and the session's words, with
effect, doc and origin; the same entries serve completion, :see, inspect
and highlighting."""

from __future__ import annotations

from seqjit.shell import catalog
from seqjit.shell.catalog import Builtin, StdWord, Union, UserWord
from seqjit.shell.highlight import BUILTIN_NAMES


def test_a_builtin(shell) -> None:
    dup = shell.inspect("dup")
    assert dup.origin == Builtin("stack")
    assert dup.effect == "( ..a T -- ..a T T )" and "Copy the top value." in dup.doc
    assert dup.source is None
    assert "dup" in BUILTIN_NAMES


def test_a_std_word_not_included_then_included(shell) -> None:
    word = shell.inspect("list-of")
    assert word.origin == StdWord("list") and word.effect == "( -- Variant )"
    shell.run_cell("include std:list")
    included = shell.inspect("list-of")
    assert isinstance(included.origin, UserWord)
    assert included.origin.where == "std:list" and not included.origin.is_own
    assert included.source.startswith(": list-of")


def test_a_user_word_with_its_doc_comment_and_span(shell) -> None:
    shell.run_cell("# Squares it.\n: sq ( Int -- Int ) dup i.* ;")
    sq = shell.inspect("sq")
    assert isinstance(sq.origin, UserWord) and sq.origin.is_own
    span = sq.origin.span
    assert (span.line, span.col) == (2, 1) and span.source.name.startswith("<entry")
    assert sq.effect == "( Int -- Int )" and sq.doc == "Squares it."
    assert sq.source == ": sq ( Int -- Int ) dup i.* ;"


def test_union_words_and_the_union(shell) -> None:
    shell.run_cell("union Shape { Circle { r: Int } }")
    make = shell.inspect("Make-Circle")
    assert make.origin.where == "union Shape" and make.source.startswith("union Shape")
    shape = shell.inspect("Shape")
    assert isinstance(shape.origin, Union) and shape.source.startswith("union Shape")


def test_listing_by_prefix_the_session_first(shell) -> None:
    shell.run_cell(": i.mine ( -- Int ) 1 ;")
    listed = list(catalog.entries(shell.session.world.program, "i.m"))
    assert listed[0].name == "i.mine" and isinstance(listed[0].origin, UserWord)
    assert all(isinstance(e.origin, Builtin) for e in listed[1:])
    assert shell.inspect("no-such-word") is None
