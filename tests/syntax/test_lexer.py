"""The lexer: token boundaries, kinds, comments, annotations and spans."""

from __future__ import annotations

import pytest

from seqjit.diagnostics import SeqError, Source
from seqjit.syntax.lexer import Kind, tokenize, unescape


def toks(text: str) -> list[tuple[Kind, str]]:
    return [(t.kind, t.text) for t in tokenize(Source("t.seq", text))]


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(Source("t.seq", text))]


W, S, P, A = Kind.WORD, Kind.STRING, Kind.PUNCT, Kind.ALLOW


def test_words_are_split_on_whitespace() -> None:
    assert texts("dup  swap\ti.+\n\nnip") == ["dup", "swap", "i.+", "nip"]


def test_empty_and_blank_sources_have_no_tokens() -> None:
    assert toks("") == []
    assert toks("  \n\t\n") == []


def test_punctuation_stands_alone_even_without_spaces() -> None:
    assert toks(":f(--)[x]{a,b};") == [
        (P, ":"), (W, "f"), (P, "("), (W, "--"), (P, ")"), (P, "["), (W, "x"), (P, "]"),
        (P, "{"), (W, "a"), (P, ","), (W, "b"), (P, "}"), (P, ";"),
    ]  # fmt: skip


def test_arrows_dashes_and_row_variables_are_words() -> None:
    assert toks("-> -- ..a >field i.<=") == [
        (W, "->"), (W, "--"), (W, "..a"), (W, ">field"), (W, "i.<="),
    ]  # fmt: skip


def test_closure_bracket_splits_into_word_and_punct() -> None:
    assert texts("Closure[Int -- Int]") == ["Closure", "[", "Int", "--", "Int", "]"]


def test_string_is_one_token_with_spaces_escapes_and_punctuation() -> None:
    assert toks(r'"a b; [c] \" \\ # not a comment" x') == [
        (S, r'"a b; [c] \" \\ # not a comment"'),
        (W, "x"),
    ]


def test_quote_ends_a_word_and_starts_a_string() -> None:
    assert toks('abc"d e"f') == [(W, "abc"), (S, '"d e"'), (W, "f")]


def test_comment_with_and_without_space_runs_to_end_of_line() -> None:
    assert texts("dup # a comment ; [ \nswap #no-space\ndrop") == ["dup", "swap", "drop"]


def test_hash_inside_a_word_starts_a_comment() -> None:
    assert texts("dup#rest of line\nswap") == ["dup", "swap"]


def test_trailing_comment_without_newline() -> None:
    assert texts(": f ; # done") == [":", "f", ";"]


def test_shebang_line_is_a_comment() -> None:
    assert texts("#!/usr/bin/env seqc\n: main ( -- ) ;") == [
        ":", "main", "(", "--", ")", ";",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "comment",
    ["# seq:allow(unused-word)", "#seq:allow(unused-word)", "#  seq:allow( unused-word )"],
)
def test_seq_allow_comment_becomes_an_allow_token(comment: str) -> None:
    assert toks(f"{comment}\n: f ;")[0] == (A, "unused-word")


def test_other_comments_mentioning_seq_allow_are_dropped() -> None:
    assert toks("# see seq:allow(x) below\n# seq:allow(x) trailing") == []


def test_utf8_text_in_strings_and_words() -> None:
    assert toks('"héllo → 世界" λ') == [(S, '"héllo → 世界"'), (W, "λ")]


def test_token_spans_are_one_based_with_exclusive_end() -> None:
    tokens = tokenize(Source("t.seq", ": sq ( Int -- Int )\n  dup i.* ;"))
    spans = {t.text: (t.span.line, t.span.col, t.span.end_line, t.span.end_col) for t in tokens}
    assert spans[":"] == (1, 1, 1, 2)
    assert spans["sq"] == (1, 3, 1, 5)
    assert spans["dup"] == (2, 3, 2, 6)
    assert spans["i.*"] == (2, 7, 2, 10)
    assert spans[";"] == (2, 11, 2, 12)


def test_columns_count_characters_not_bytes() -> None:
    (_, word) = tokenize(Source("t.seq", '"é世" x'))
    assert (word.span.line, word.span.col) == (1, 6)


def test_tabs_count_as_one_column() -> None:
    (tok,) = tokenize(Source("t.seq", "\t\tdup"))
    assert tok.span.col == 3


def test_multiline_string_span_ends_on_its_last_line() -> None:
    tokens = tokenize(Source("t.seq", '  "ab\ncd" x'))
    s = tokens[0].span
    assert (s.line, s.col, s.end_line, s.end_col) == (1, 3, 2, 4)
    assert (tokens[1].span.line, tokens[1].span.col) == (2, 5)


def test_crlf_line_endings() -> None:
    tokens = tokenize(Source("t.seq", ": f\r\n  dup ;\r\n"))
    assert [t.text for t in tokens] == [":", "f", "dup", ";"]
    assert (tokens[2].span.line, tokens[2].span.col) == (2, 3)


def test_unclosed_string_is_an_error_at_the_opening_quote() -> None:
    with pytest.raises(SeqError) as info:
        tokenize(Source("t.seq", ': f\n  "abc ;'))
    assert info.value.span is not None
    assert info.value.span.location == "t.seq:2:3"
    assert "unclosed string" in info.value.message


def test_escaped_quote_does_not_close_a_string() -> None:
    with pytest.raises(SeqError, match="unclosed string"):
        tokenize(Source("t.seq", r'"abc\"'))


# --- unescape ---------------------------------------------------------------


def esc(body: str) -> bytes:
    return unescape(body, tokenize(Source("t.seq", f'"{body}"'))[0].span)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (r"\"", b'"'),
        (r"\\", b"\\"),
        (r"\n", b"\n"),
        (r"\r", b"\r"),
        (r"\t", b"\t"),
        (r"a\x41b", b"aAb"),
        (r"\x1b[0m", b"\x1b[0m"),
        (r"\xff", b"\xff"),  # one raw byte, not the UTF-8 of U+00FF
        (r"\xDC", b"\xdc"),
        (r"a\x00b", b"a\x00b"),  # embedded NUL
        ("é", "é".encode()),
        ("世界", "世界".encode()),
        ("", b""),
    ],
)
def test_escapes(body: str, value: bytes) -> None:
    assert esc(body) == value
