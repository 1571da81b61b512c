"""The Pygments lexer for Seq, found by name through its entry point."""

from __future__ import annotations

from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Whitespace,
)

from seqjit.shell.highlight import SeqLexer


def tokens(text: str) -> list[tuple[object, str]]:
    return [(t, v) for t, v in SeqLexer().get_tokens(text) if t is not Whitespace]


def test_registered_as_seq() -> None:
    assert isinstance(get_lexer_by_name("seq"), SeqLexer)
    assert isinstance(get_lexer_for_filename("prog.seq"), SeqLexer)


def test_a_definition() -> None:
    assert tokens(": sq ( ..a Int -- ..a Int ) dup i.* 2dup ; # done") == [
        (Keyword, ":"), (Name.Function, "sq"), (Punctuation, "("), (Name.Variable, "..a"),
        (Keyword.Type, "Int"), (Operator, "--"),
        (Name.Variable, "..a"), (Keyword.Type, "Int"), (Punctuation, ")"),
        (Name.Builtin, "dup"), (Name.Builtin, "i.*"), (Name.Builtin, "2dup"), (Keyword, ";"),
        (Comment.Single, "# done"),
    ]


def test_literals() -> None:
    found = dict((v, t) for t, v in tokens('42 -7 0xFF 0b101 1.5 1e3 true :sym "a\\n"'))
    assert found["42"] is Number.Integer and found["-7"] is Number.Integer
    assert found["0xFF"] is Number.Integer and found["0b101"] is Number.Integer
    assert found["1.5"] is Number.Float and found["1e3"] is Number.Float
    assert found["true"] is Keyword.Constant and found[":sym"] is String.Symbol
    assert found["\\n"] is String.Escape


def test_unions_includes_and_control() -> None:
    found = tokens("include std:list union Shape { Circle { r: Int } } "
                   "match Circle { >r } -> end [ 1 ] if")
    assert (Name.Namespace, "list") in found
    assert (Name.Class, "Shape") in found
    assert (Name.Attribute, "r") in found
    assert (Keyword, "match") in found and (Keyword, "if") in found


def test_an_unclosed_string_is_a_string_to_the_end() -> None:
    found = tokens('1 "open\nstill')
    assert all(t in String for t, _ in found[1:])


def test_no_errors_on_odd_input() -> None:
    from pygments.token import Error

    for text in ['"\\', "#", ":", "::", "((", '"\\x4', "Ω ünï"]:
        assert all(t is not Error for t, _ in SeqLexer().get_tokens(text)), text
