"""How type errors read: location, caret, expected/actual stacks without
fresh-variable suffixes, and helpful notes."""

from __future__ import annotations

import pytest
from checkhelp import check, rejects

ERRORS = [
    ": t ( -- ) [ 1 i.+ ] dip ;",
    ": t ( Int -- ) [ string.length ] keep drop ;",
    ": t ( Int -- Int ) [ [ 1 i.+ ] dip ] call ;",
    ": t ( V -- Int ) 0 [ \"x\" ] list.fold ;",
    ": t ( Bool -- ) [ 1 ] [ \"x\" ] if ;",
    ": t ( -- ) 1 [ dup ] [ \"s\" string.concat ] bi drop drop ;",
    "union U { A { x: Int } } : t ( U -- ) match A { >x } -> \"s\" i.+ end ;",
    ": t ( -- [ Int -- String ] ) [ 1 i.+ ] ;",
    ": t ( Q -- ) [ drop ] dip call 1 ;",
]


@pytest.mark.parametrize("src", ERRORS)
def test_no_fresh_variable_suffixes(src: str) -> None:
    program = check(src)
    assert not program.ok
    for err in program.errors:
        assert "$" not in err.render(), err.render()
        assert err.span is not None, err.render()


def test_render_shows_location_caret_and_stacks() -> None:
    err = rejects(': main ( -- )\n  "seven" 1 i.+ drop ;', "i.+: stack type mismatch")
    assert err.render().splitlines() == [
        "t.seq:2:13: type error: in word 'main': i.+: stack type mismatch "
        "(cannot unify Int with String)",
        ' 2 |   "seven" 1 i.+ drop ;',
        "   |             ^^^",
        "  expected: (..a Int Int)",
        "  actual:   (..rest String Int)",
    ]


def test_output_mismatch_points_at_the_semicolon() -> None:
    err = rejects(": t ( -- Int )\n  1 2\n;", "declared output", at=(3, 1))
    assert err.notes == ["the body leaves 1 value more than declared"]


def test_output_mismatch_with_a_quotation_type_reads_like_a_declaration() -> None:
    err = rejects(": t ( -- [ Int -- Int ] ) [ int->string ] ;", "quotation effect mismatch")
    assert err.expected == "[..rest Int -- ..rest Int]"
    assert err.actual == "[..rest Int -- ..rest String]"


def test_word_name_is_given_for_errors_in_bodies() -> None:
    err = rejects(": helper ( -- ) 1 io.write-line ;", "in word 'helper': io.write-line")
    assert err.span is not None and err.span.location == "t.seq:1:19"


def test_underflow_says_how_many() -> None:
    err = rejects(": t ( Int -- ) 1 rot drop drop drop ;", "rot: stack underflow")
    assert "needs 3 value(s) but only 2 are on the stack here" in err.message


def test_wrong_type_in_a_condition() -> None:
    rejects(": t ( -- ) 1 if then ;", "the condition must be Bool, got Int",
            expected="Bool", actual="Int")


def test_garbage_is_an_error_not_an_exception() -> None:
    for src in [": t ( -- ) ]", ": ( -- ) ;", "union { }", ": t ( -- Int ) [ [ [ ] ] ] ;"]:
        program = check(src)
        assert not program.ok
        assert all(e.kind.endswith("error") for e in program.errors)


def test_a_std_word_not_included_says_where_it_is() -> None:
    err = rejects(": main ( -- ) 3 square drop ;", "undefined word 'square'", kind="name error")
    assert err.message.endswith(" (it is in std:imath: add `include std:imath`)")
    unknown = rejects(": main ( -- ) nothing-like-it ;", "undefined word", kind="name error")
    assert "std:" not in unknown.message
