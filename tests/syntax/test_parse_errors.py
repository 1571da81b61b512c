"""Parse errors: the message, the `name:line:col` location, and a rendered
caret under the token at fault."""

from __future__ import annotations

import pytest

from seqjit.diagnostics import SeqError, Source
from seqjit.syntax.parser import MAX_NESTING, parse
from seqjit.types.sources import check_source


def parse_error(text: str) -> SeqError:
    with pytest.raises(SeqError) as info:
        parse(Source("t.seq", text))
    assert info.value.kind == "parse error"
    return info.value


def underlined(err: SeqError) -> str:
    """The source text the rendered carets sit under."""
    lines = err.render().splitlines()
    source_line, caret_line = lines[1], lines[2]
    text = source_line.split(" | ", 1)[1]
    carets = caret_line.split(" | ", 1)[1]
    start = len(carets) - len(carets.lstrip(" "))
    assert set(carets[start:]) == {"^"}
    return text[start : len(carets)]


# (source, exact message, location, text under the carets)
CASES = [
    # --- strings
    pytest.param(
        ': f\n  "abc ;',
        "unclosed string literal: missing closing quote",
        "2:3", '"',
        id="unclosed-string",
    ),
    pytest.param(
        r': f "abc\" ;',
        "unclosed string literal: missing closing quote",
        "1:5", '"',
        id="unclosed-string-escaped-quote",
    ),
    pytest.param(
        r': f "a\qb" ;',
        "unknown escape '\\q' in string literal (supported: \\\" \\\\ \\n \\r \\t \\xNN)",
        "1:7", r"\q",
        id="bad-escape",
    ),
    pytest.param(
        r': f "ok\xZZ" ;',
        "invalid hex escape '\\xZZ': expected two hex digits (00-FF)",
        "1:8", r"\xZZ",
        id="bad-hex-escape",
    ),
    pytest.param(
        r': f "\x4" ;',
        "invalid hex escape '\\x4': expected two hex digits (00-FF)",
        "1:6", r"\x4",
        id="short-hex-escape",
    ),
    pytest.param(
        ': f "line one\n  bad \\e" ;',
        "unknown escape '\\e' in string literal (supported: \\\" \\\\ \\n \\r \\t \\xNN)",
        "2:7", r"\e",
        id="bad-escape-second-line-of-string",
    ),
    # --- unclosed constructs point at their opener
    pytest.param(
        ": f ( -- ) 1 2",
        "unexpected end of input in word 'f': missing ';'",
        "1:1", ":",
        id="eof-in-word",
    ),
    pytest.param(
        ": f [ 1 2 ;",
        "';' inside quotation: missing ']'",
        "1:5", "[",
        id="semicolon-in-quotation",
    ),
    pytest.param(
        ": f [ 1 [ 2 ]",
        "unexpected end of input in quotation: missing ']'",
        "1:5", "[",
        id="eof-in-quotation",
    ),
    pytest.param(
        ": f\n  match A -> 1 ;",
        "';' inside match arm: missing 'end'",
        "2:3", "match",
        id="semicolon-in-match",
    ),
    pytest.param(
        ": f match A -> 1",
        "unexpected end of input in match: missing 'end'",
        "1:5", "match",
        id="eof-in-match",
    ),
    pytest.param(
        ": f match end ;",
        "match needs at least one arm",
        "1:5", "match",
        id="match-without-arms",
    ),
    pytest.param(
        ": f match A 1 end ;",
        "expected '->' after pattern 'A', got '1'",
        "1:13", "1",
        id="missing-arrow",
    ),
    pytest.param(
        ": f match [ -> end ;",
        "expected a variant name in match arm, got '['",
        "1:11", "[",
        id="arm-not-a-name",
    ),
    pytest.param(
        ": f match Rect { w } -> end ;",
        "match bindings take the field names with a '>' prefix: "
        "write '>w' to put field 'w' on the stack",
        "1:18", "w",
        id="binding-without-angle",
    ),
    pytest.param(
        ": f match Rect { > } -> end ;",
        "expected a field binding like '>name' in match arm 'Rect', got '>'",
        "1:18", ">",
        id="binding-bare-angle",
    ),
    pytest.param(
        ": f match Rect { >w",
        "unexpected end of input in the bindings of 'Rect': missing '}'",
        "1:20", " ",
        id="eof-in-bindings",
    ),
    # --- classic if keywords
    pytest.param(
        ": f ( -- ) 1 else 2 ;",
        "'else' without a matching 'if' "
        "(write `cond if A else B then` or `cond [ A ] [ B ] if`)",
        "1:14", "else",
        id="else-without-if",
    ),
    pytest.param(
        ": f\n  dup then ;",
        "'then' without a matching 'if' "
        "(write `cond if A else B then` or `cond [ A ] [ B ] if`)",
        "2:7", "then",
        id="then-without-if",
    ),
    pytest.param(
        ": f [ if ] then ;",
        "'then' without a matching 'if' "
        "(write `cond if A else B then` or `cond [ A ] [ B ] if`)",
        "1:12", "then",
        id="then-outside-the-quotation-of-its-if",
    ),
    # --- includes
    pytest.param(
        "include foo",
        "invalid include 'foo': use include std:NAME, include ffi:NAME "
        'or include "relative/path"',
        "1:9", "foo",
        id="include-bare-word",
    ),
    pytest.param(
        "include std json",
        "expected ':' after 'std' in include, got 'json'",
        "1:13", "json",
        id="include-std-without-colon",
    ),
    pytest.param(
        "include ffi:\n: f ;",
        "expected a module name after 'ffi:'",
        "2:1", ":",
        id="include-ffi-without-name",
    ),
    pytest.param(
        "include",
        "expected a module after 'include'",
        "1:8", " ",
        id="include-at-eof",
    ),
    # --- top level
    pytest.param(
        ": f ;\ndup ;",
        "expected ':' to start a word definition, got 'dup'",
        "2:1", "dup",
        id="missing-colon",
    ),
    pytest.param(
        ": f ; ]",
        "expected ':' to start a word definition, got ']'",
        "1:7", "]",
        id="stray-bracket",
    ),
    pytest.param(
        ": [ ;",
        "expected a word name after ':'",
        "1:3", "[",
        id="missing-word-name",
    ),
    pytest.param(
        ": f ( -- ) } ;",
        "unexpected '}' in word 'f'",
        "1:12", "}",
        id="stray-brace-in-body",
    ),
    # --- stack effects
    pytest.param(
        ": f ( Int -- Int\n  dup ;",
        "unknown type 'dup': types are capitalised (Int, String, a union, "
        "or a type variable like T)",
        "2:3", "dup",
        id="missing-effect-paren-then-word",
    ),
    pytest.param(
        ": f ( Int -- Int ;",
        "expected a type or ')' or '|' in stack effect outputs, got ';'",
        "1:18", ";",
        id="missing-effect-paren",
    ),
    pytest.param(
        ": f ( Int Int ) ;",
        "expected '--' in stack effect, got ')'",
        "1:15", ")",
        id="effect-without-dashes",
    ),
    pytest.param(
        ": f ( Int --",
        "unexpected end of input in stack effect outputs: expected ')' or '|'",
        "1:13", " ",
        id="eof-in-effect",
    ),
    pytest.param(
        ": f ( ..1 -- ) ;",
        "row variable '..1' must be '..' then a lowercase letter, "
        "then letters, digits or underscores",
        "1:7", "..1",
        id="row-variable-digit",
    ),
    pytest.param(
        ": f ( ..A -- ) ;",
        "row variable '..A' must be '..' then a lowercase letter, "
        "then letters, digits or underscores",
        "1:7", "..A",
        id="row-variable-uppercase",
    ),
    pytest.param(
        ": f ( Int ..a -- ) ;",
        "row variable '..a' must come first in stack effect inputs",
        "1:11", "..a",
        id="row-variable-not-first",
    ),
    pytest.param(
        ": f ( Quotation -- ) ;",
        "'Quotation' is not a type: write its effect, e.g. [Int -- Int]",
        "1:7", "Quotation",
        id="quotation-as-type",
    ),
    pytest.param(
        ": f ( -- int ) ;",
        "unknown type 'int': types are capitalised (Int, String, a union, "
        "or a type variable like T)",
        "1:10", "int",
        id="lowercase-type",
    ),
    pytest.param(
        ": f ( [Int] -- ) ;",
        "quotation types need '--', e.g. [Int -- ] or [ -- Int]",
        "1:11", "]",
        id="quotation-type-without-dashes",
    ),
    pytest.param(
        ": f ( [Int -- Int -- ) ;",
        "expected a type or ']' in quotation type outputs, got '--'",
        "1:19", "--",
        id="second-dashes-in-quotation-type",
    ),
    pytest.param(
        ": f ( [Int -- Int ) ;",
        "expected a type or ']' in quotation type outputs, got ')'",
        "1:19", ")",
        id="unclosed-quotation-type",
    ),
    pytest.param(
        ": f ( Int -- Int -- ) ;",
        "expected a type or ')' or '|' in stack effect outputs, got '--'",
        "1:18", "--",
        id="second-dashes-in-effect",
    ),
    pytest.param(
        ": f ( Closure Int -- ) ;",
        "expected '[' after 'Closure', got 'Int'",
        "1:15", "Int",
        id="closure-without-bracket",
    ),
    pytest.param(
        ": f ( -- | Effect Int ) ;",
        "unknown effect after '|': expected 'Yield T'",
        "1:12", "Effect",
        id="unknown-effect",
    ),
    pytest.param(
        ": f ( -- | Yield ) ;",
        "expected a type after 'Yield'",
        "1:18", ")",
        id="yield-without-type",
    ),
    pytest.param(
        ": f ( -- | Yield",
        "expected a type after 'Yield'",
        "1:17", " ",
        id="yield-at-eof",
    ),
    pytest.param(
        ": f ( " + "[ " * 40 + "--" + " ]" * 40 + " -- ) ;",
        "quotation types nest deeper than 32 levels",
        "1:71", "[",
        id="type-nesting",
    ),
    # --- unions
    pytest.param(
        "union Empty { }",
        "union 'Empty' must have at least one variant",
        "1:7", "Empty",
        id="union-without-variants",
    ),
    pytest.param(
        "union Op {\n  Add\n  Sub\n  Add\n}",
        "duplicate variant 'Add' in union 'Op'",
        "4:3", "Add",
        id="duplicate-variant",
    ),
    pytest.param(
        "union P { Pt { x: Int, y: Int, x: Float } }",
        "duplicate field 'x' in variant 'Pt'",
        "1:32", "x",
        id="duplicate-field",
    ),
    pytest.param(
        "union shape { Circle }",
        "union name 'shape' must start with an uppercase letter",
        "1:7", "shape",
        id="lowercase-union",
    ),
    pytest.param(
        "union Shape { circle }",
        "variant name 'circle' must start with an uppercase letter",
        "1:15", "circle",
        id="lowercase-variant",
    ),
    pytest.param(
        "union Shape Circle",
        "expected '{' after union name 'Shape', got 'Circle'",
        "1:13", "Circle",
        id="union-without-brace",
    ),
    pytest.param(
        "union Shape {\n  Circle",
        "unexpected end of input in union 'Shape': missing '}'",
        "1:13", "{",
        id="eof-in-union",
    ),
    pytest.param(
        "union Shape { Circle { r: Int",
        "unexpected end of input in the fields of 'Circle': missing '}'",
        "1:22", "{",
        id="eof-in-fields",
    ),
    pytest.param(
        "union Shape { Circle { r Int } }",
        "expected ':' after field name 'r', got 'Int'",
        "1:26", "Int",
        id="field-without-colon",
    ),
    pytest.param(
        "union Shape { Circle { r: } }",
        "expected a type for field 'r'",
        "1:27", "}",
        id="field-without-type",
    ),
    # --- numbers
    pytest.param(
        ": f 9223372036854775808 ;",
        "integer literal '9223372036854775808' does not fit in 64 bits",
        "1:5", "9223372036854775808",
        id="int-too-large",
    ),
    pytest.param(
        ": f -9223372036854775809 ;",
        "integer literal '-9223372036854775809' does not fit in 64 bits",
        "1:5", "-9223372036854775809",
        id="int-too-small",
    ),
    pytest.param(
        ": f 0x10000000000000000 ;",
        "integer literal '0x10000000000000000' does not fit in 64 bits",
        "1:5", "0x10000000000000000",
        id="hex-too-large",
    ),
    pytest.param(
        ": f 0xFFFFFFFFFFFFFFFF ;",
        "integer literal '0xFFFFFFFFFFFFFFFF' does not fit in 64 bits",
        "1:5", "0xFFFFFFFFFFFFFFFF",
        id="hex-all-ones",
    ),
    pytest.param(
        ": f 0b" + "1" * 64 + " ;",
        f"integer literal '0b{'1' * 64}' does not fit in 64 bits",
        "1:5", "0b" + "1" * 64,
        id="binary-too-large",
    ),
    pytest.param(
        ": f 0xGG ;",
        "invalid hex literal '0xGG'",
        "1:5", "0xGG",
        id="bad-hex",
    ),
    pytest.param(
        ": f 0x ;",
        "invalid hex literal '0x'",
        "1:5", "0x",
        id="empty-hex",
    ),
    pytest.param(
        ": f 0b102 ;",
        "invalid binary literal '0b102'",
        "1:5", "0b102",
        id="bad-binary",
    ),
    # --- symbols
    pytest.param(
        ": f :a$b ;",
        "symbol ':a$b' has invalid character '$' (allowed: letters, digits, - _ . ? !)",
        "1:6", "a$b",
        id="symbol-bad-char",
    ),
    pytest.param(
        ": f :1st ;",
        "symbol ':1st' must not start with a digit",
        "1:6", "1st",
        id="symbol-leading-digit",
    ),
    pytest.param(
        ": f : [ ] ;",
        "expected a symbol name after ':'",
        "1:5", ":",
        id="symbol-without-name",
    ),
]


@pytest.mark.parametrize(("text", "message", "where", "under"), CASES)
def test_parse_error(text: str, message: str, where: str, under: str) -> None:
    err = parse_error(text)
    assert err.message == message
    assert err.span is not None
    assert err.span.location == f"t.seq:{where}"
    rendered = err.render()
    assert rendered.startswith(f"t.seq:{where}: parse error: {message}\n")
    line = int(where.split(":")[0])
    assert rendered.splitlines()[1].startswith(f" {line} | ")
    assert underlined(err).rstrip() == under.rstrip()


def test_render_shows_the_line_and_the_caret() -> None:
    err = parse_error(": sq ( Int -- Int )\n  dup i.* 0xZZ ;")
    assert err.render() == (
        "t.seq:2:11: parse error: invalid hex literal '0xZZ'\n"
        " 2 |   dup i.* 0xZZ ;\n"
        "   |           ^^^^"
    )


def test_error_on_an_empty_source_points_at_its_start() -> None:
    err = parse_error("include")
    assert err.span is not None and err.span.line == 1


def test_nesting_too_deep_is_a_located_parse_error() -> None:
    depth = MAX_NESTING + 1
    err = parse_error(": f " + "[ " * depth + "]" * depth + " ;")
    assert err.message == f"quotations, matches and ifs nest deeper than {MAX_NESTING} levels"
    assert err.span is not None and err.span.location == f"t.seq:1:{4 + 2 * depth - 1}"


@pytest.mark.parametrize(
    "text",
    [
        ": f " + "true if " * (MAX_NESTING + 1) + "then " * (MAX_NESTING + 1) + ";",
        ": f " + "match A -> " * (MAX_NESTING + 1) + "end " * (MAX_NESTING + 1) + ";",
        ": f " + "[ " * 10000,
    ],
    ids=["classic-if", "match", "unclosed-quotations"],
)
def test_deep_nesting_of_any_kind_is_refused(text: str) -> None:
    assert "nest deeper than" in parse_error(text).message


def test_deep_nesting_within_the_limit_parses_and_checks() -> None:
    depth = MAX_NESTING
    program = check_source(": f ( -- ) " + "[ " * depth + "]" * depth + " drop ;")
    assert program.ok, [e.render() for e in program.errors]


def test_first_error_wins() -> None:
    err = parse_error(": f 0xZZ ;\n: g 0b2 ;")
    assert err.message == "invalid hex literal '0xZZ'"


def test_frontend_reports_parse_errors_without_raising() -> None:
    program = check_source(': f "oops ;', "cell[3]")
    assert not program.ok
    (err,) = program.errors
    assert err.kind == "parse error"
    assert err.render().startswith("cell[3]:1:5: parse error: unclosed string literal")
