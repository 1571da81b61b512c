"""Value and error rendering shared by both front ends (seqjit.render)."""

from __future__ import annotations

from seqjit.diagnostics import SeqError, Source, Span
from seqjit.live.values import Shown
from seqjit.shell import render

VALUES = [Shown("3", "Int", "int"), Shown('"a<b"', "String", "string"), Shown(":s", "Symbol",
                                                                            "symbol")]


def test_stack_line_in_three_forms() -> None:
    out = render.stack(VALUES)
    assert out.text == 'stack: 3 "a<b" :s'
    assert out.ansi == 'stack: \x1b[36m3\x1b[0m \x1b[32m"a<b"\x1b[0m \x1b[35m:s\x1b[0m'
    assert "&quot;a&lt;b&quot;" in out.html and 'style="color:' in out.html
    assert render.stack([]).text == "stack: (empty)"


def test_typed_stack_marks_the_top() -> None:
    lines = render.typed_stack(VALUES).text.split("\n")
    assert lines[1].split() == ["0", "3", "Int"]
    assert lines[3].split() == ["2", ":s", "Symbol", "<-", "top"]


def test_long_values_are_clipped() -> None:
    text = render.stack([Shown('"' + "x" * 5000 + '"', "String", "string")]).text
    assert len(text) < 2100 and "more characters" in text


def test_errors_keep_the_caret_and_colour_the_kind() -> None:
    source = Source("<entry 1>", '1 "a" i.+')
    err = SeqError("type error", "mismatch", Span(source, 1, 7, 1, 10), "(Int Int)", "(Int String)")
    out = render.error(err)
    assert out.text == err.render()
    assert "\x1b[1;31mtype error:\x1b[0m" in out.ansi
    assert "\x1b[1;31m^^^\x1b[0m" in out.ansi


def test_code_is_highlighted() -> None:
    out = render.code(": sq ( Int -- Int ) dup i.* ;", "seq")
    assert out.text == ": sq ( Int -- Int ) dup i.* ;"
    assert "\x1b[" in out.ansi and "<span" in out.html
    assert render.code("x", "no-such-language").ansi == "x"
