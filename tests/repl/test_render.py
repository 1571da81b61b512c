"""Value and error rendering shared by both front ends (seqjit.render)."""

from __future__ import annotations

import re

from seqjit.diagnostics import SeqError, Source, Span
from seqjit.live.observe import Snapshot, Totals
from seqjit.live.profile import Profile, WordFigures
from seqjit.live.scheduler import ChannelInfo, StrandInfo
from seqjit.live.values import Shown
from seqjit.shell import console, profiling, render, trace
from seqjit.shell.stepper import Step

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


def _colours(markup: str) -> list[str]:
    """Every colour a style attribute in `markup` sets."""
    return re.findall(r"(?:color|background):([^;\"]+)", markup)


def test_html_takes_its_colours_from_the_jupyterlab_theme() -> None:
    """Readable in light and dark themes: each colour is a theme variable
    (with a fallback for pages without them), never a fixed colour."""
    source = Source("<entry 1>", '1 "a" i.+')
    err = SeqError("type error", "mismatch", Span(source, 1, 7, 1, 10), "(Int Int)", "(Int String)")
    outputs = [render.stack(VALUES), render.typed_stack(VALUES), render.error(err),
               render.code(': sq ( Int -- Int ) dup i.* ; # "doc"', "seq"),
               render.code("define i64 @f() {\n  ret i64 1\n}", "llvm"),
               render.block_html(render.plain("x"))]
    _assert_themed(outputs)


def _assert_themed(outputs: list[render.Out]) -> None:
    for out in outputs:
        colours = _colours(out.html)
        assert colours, out.html
        for colour in colours:
            assert re.fullmatch(r"var\(--jp-[a-z0-9-]+, [^()]+(\([^()]*\))?\)", colour), colour


def test_tables_in_text_and_html() -> None:
    out = render.table(["name", "calls"], [[render.plain("square"), render.plain("12")],
                                          [render.plain("i.+"), render.plain("3")]], numeric=[1])
    assert out.text.split("\n") == ["name    calls", "square     12", "i.+         3"]
    assert out.block and out.html.startswith('<table class="seq-table"')
    assert "<th" in out.html and ">square</td>" in out.html
    assert render.block_html(out) == out  # a table is not put in a <pre>
    assert "<table" in render.typed_stack(VALUES).html


def test_trace_profile_and_console_tables_take_their_colours_from_the_theme() -> None:
    """:trace, :profile, :strands and :channels are render.table's tables:
    one look, every colour a theme variable."""
    span = Span(Source("<trace>", "3 sq"), 1, 3, 1, 5)
    steps = [Step("sq", span, "( Int -- Int )", 0, "enter", (VALUES[0],), frozenset({0})),
             Step("dup", span, "( a -- a a )", 1, "run", (VALUES[0], VALUES[0]), frozenset({1})),
             Step("end of sq", None, "", 1, "leave", (), frozenset())]
    traced = trace.trace_out(steps, 0, None)
    # the word indented as deep as it ran, the changed slot marked
    assert ">  dup</td>" in traced.html and "<b>*</b>" in traced.html
    figures = [WordFigures("fib", 3, 2000, 5000, "f.seq:1:1", True)]
    profiled = profiling.table(Profile(figures, 9000), limit=1)
    snap = Snapshot([StrandInfo(1, "blocked", 2, site="w\tf.seq:1:1")],
                    [ChannelInfo(2, 0, [1], False, site="w\tf.seq:1:1")],
                    Totals(1, 0, 0, 1, 1, 1, 0, 0, 0))
    tables = [traced, profiled, console.strands_table(snap), console.channels_table(snap)]
    for out in tables:
        assert out.block and out.html.startswith('<table class="seq-table ')
        assert "<caption" in out.html or out is traced
    _assert_themed(tables)
