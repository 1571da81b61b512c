"""Property tests: whatever the text, the lexer, the parser and the checker
answer with `SeqError`s (or a program), never with a Python exception."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seqjit.diagnostics import SeqError, Source
from seqjit.syntax import ast
from seqjit.syntax.lexer import tokenize
from seqjit.syntax.parser import parse
from seqjit.types.program import CheckedProgram
from seqjit.types.sources import check_source

# Relative includes in fuzzed text must not find real files.
NOWHERE = Path("/nonexistent/seqjit-fuzz")

FUZZ = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

PROGRAMS = [
    """\
union Shape { Circle { r: Int } Rect { w: Int, h: Int } }

: area ( Shape -- Int )
  match
    Circle { >r } -> dup i.*
    Rect { >w >h } -> i.*
  end ;

: abs ( Int -- Int ) dup 0 i.< if 0 swap i.- then ;
: sign ( Int -- Int ) dup 0 i.< if drop -1 else 0 i.> [ 1 ] [ 0 ] if then ;
: apply ( Int [Int -- Int] -- Int ) call ;
: main ( -- ) 3 Make-Circle area abs sign [ 1 i.+ ] apply int->string io.write-line ;
""",
    """\
: fact ( Int -- Int )
  dup 1 i.<= [ drop 1 ] [ dup 1 i.- fact i.* ] if ;
: greet ( String -- String ) "hello, " swap string.concat ;
: flag ( Bool -- Symbol ) if :yes else :no then ;
: main ( -- )
  5 fact int->string io.write-line
  "w\\x6Frld\\n" greet io.write
  true flag symbol->string io.write-line ;
""",
    """\
#!/usr/bin/env seqrepl
# A countdown and a classifier
: countdown ( Int -- )
  dup 0 i.> if
    dup int->string io.write-line
    1 i.- countdown
  else
    drop
  then ;

: classify ( Int -- String )
  dup 0 i.= if drop "zero" else
    0 i.< if "negative" else "positive" then
  then ;

: main ( -- ) 3 countdown -7 classify io.write-line 0x1F 0b101 i.+ drop 1.5e3 drop ;
""",
    """\
union Msg { Get { reply: Int } Put { key: String value: Int } Stop }

# seq:allow(unused)
: handle ( Msg -- Int )
  match
    Get -> 1 i.+
    Put { >value } -> 2 i.*
    Stop -> 0
  end ;

: pick-one ( Bool Int Int -- Int ) rot [ drop ] [ nip ] if ;
: twice ( ..a Int -- ..a Int ) dup i.+ ;
: main ( -- ) 7 Make-Get handle true 1 2 pick-one i.+ twice drop ;
""",
]

# Tokens worth inserting: keywords, punctuation, and the shapes of every
# literal and type, well-formed or not.
VOCABULARY = [
    "[", "]", "{", "}", "(", ")", ":", ";", ",", "--", "->", "|", "if", "else", "then",
    "match", "end", "union", "include", "std:nope", 'include "nope"', "ffi:x", '"s"',
    '"\\q"', '"\\x4"', '"', "..a", "..", "Int", "T", "Bool", "Quotation", "Closure",
    "Closure[", "Yield", "| Yield Int", "dup", "drop", "swap", "call", "i.+", "i.<", "0x",
    "0xZZ", "0b2", "1e", "1.5", ".5", "-3", "99999999999999999999999", ">x", ">", "#",
    "# seq:allow(x)\n", "\n", "true", ":sym", ":1x", "Circle", "Rect", "Get", "Shape",
    "Make-Circle", "aux>", ">aux", "pick", "roll", "spawn", "chan.make", "yield",
]  # fmt: skip

_PIECE = re.compile(r'#[^\n]*|"(?:\\.|[^"\\\n])*"|\S+')


def pieces(program: str) -> list[str]:
    """Whitespace-separated pieces of a program, strings and comments whole."""
    return _PIECE.findall(program)


def join(parts: list[str]) -> str:
    # a comment must end its line, or it would swallow what follows
    return "".join(p + ("\n" if p.startswith("#") else " ") for p in parts)


@st.composite
def mutated_program(draw: st.DrawFn) -> str:
    parts = pieces(draw(st.sampled_from(PROGRAMS)))
    for _ in range(draw(st.integers(1, 6))):
        n = len(parts)
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "swap", "truncate"]))
        if n == 0:
            op = "insert"
        i = draw(st.integers(0, max(n - 1, 0)))
        if op == "delete":
            del parts[i]
        elif op == "insert":
            token = draw(st.sampled_from(VOCABULARY) | st.sampled_from(parts or ["x"]))
            parts.insert(draw(st.integers(0, n)), token)
        elif op == "duplicate":
            parts.insert(i, parts[i])
        elif op == "swap":
            j = draw(st.integers(0, n - 1))
            parts[i], parts[j] = parts[j], parts[i]
        else:
            parts = parts[:i]
    return join(parts)


@st.composite
def char_mutated_program(draw: st.DrawFn) -> str:
    """A program with a few characters deleted, inserted or replaced."""
    text = draw(st.sampled_from(PROGRAMS))
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 3)))
        insert = draw(st.text(alphabet=st.sampled_from('[]{}():;,"\\#>-.x0 \n'), max_size=3))
        text = text[:i] + insert + text[j:]
    return text


STRUCTURE = frozenset(
    "[ ] { } ( ) : ; , -- -> | match end if else then union include Yield".split()
)
BODY_WORDS = [
    "dup", "drop", "swap", "over", "rot", "nip", "tuck", "call", "i.+", "i.-", "i.*", "i.<",
    "i.=", "f.+", "string.concat", "int->string", "io.write-line", "pick", "roll", ">aux",
    "aux>", "0", "1", "-1", "2.5", '"s"', "true", "false", ":sym", "[ ]", "[ dup ]",
    "[ 1 i.+ ]", "[ 1 ] [ 2 ] if", "if 1 else 2 then", "if drop then", "[ drop ] [ ] if",
    "match Circle -> 1 Rect -> 2 end", "Make-Circle", "Make-Get", "area", "handle", "fact",
    "main", "countdown", "spawn", "chan.make", "chan.send", "yield", "strand.weave",
]  # fmt: skip
EFFECT_WORDS = [
    "Int", "Float", "Bool", "String", "Symbol", "T", "U", "..a", "..b", "[Int -- Int]",
    "[ -- ]", "[..a -- ..a]", "Closure[Int -- ]", "Shape", "Msg", "Channel",
]  # fmt: skip


def editable(parts: list[str]) -> tuple[list[int], list[int]]:
    """Indices of pieces inside word bodies and inside stack effects that can be
    replaced or dropped without breaking the program's structure."""
    body: list[int] = []
    effect: list[int] = []
    in_effect = after_colon = False
    union_braces: int | None = None  # brace depth while inside a union
    for i, p in enumerate(parts):
        name, after_colon = after_colon, p == ":"
        if union_braces is not None:
            union_braces += (p == "{") - (p == "}")
            if p == "}" and union_braces == 0:
                union_braces = None
        elif p == "union":
            union_braces = 0
        elif p in ("(", ")"):
            in_effect = p == "("
        elif name or p.startswith("#") or p in STRUCTURE:
            pass  # a word's name, a comment or the program's skeleton
        else:
            (effect if in_effect else body).append(i)
    return body, effect


@st.composite
def well_formed_mutation(draw: st.DrawFn) -> str:
    """A program whose words and types are edited but whose structure stays,
    so it parses and the checker gets to see it."""
    parts = pieces(draw(st.sampled_from(PROGRAMS)))
    for _ in range(draw(st.integers(1, 4))):
        body, effect = editable(parts)
        where = draw(st.sampled_from(["body", "effect"]))
        indices, vocab = (body, BODY_WORDS) if where == "body" else (effect, EFFECT_WORDS)
        if not indices:  # all edited away already
            continue
        i = draw(st.sampled_from(indices))
        op = draw(st.sampled_from(["replace", "delete", "insert", "duplicate"]))
        if op == "replace":
            parts[i] = draw(st.sampled_from(vocab))
        elif op == "delete":
            del parts[i]
        elif op == "insert":
            parts.insert(i, draw(st.sampled_from(vocab)))
        else:
            parts.insert(i, parts[i])
    return join(parts)


SEQ_CHARS = st.sampled_from(list('[](){}:;,"\\#-> \n\t.|') + ["..", "if", "then", "Int"])
RANDOM_TEXT = st.lists(st.one_of(SEQ_CHARS, st.characters()), max_size=60).map("".join)
TOKEN_SOUP = st.lists(st.sampled_from(VOCABULARY), max_size=40).map(" ".join)


def assert_only_seq_errors(text: str) -> None:
    """Lexer, parser and the whole front end either succeed or report
    renderable `SeqError`s with sane locations."""
    source = Source("<fuzz>", text)
    try:
        tokenize(source)
    except SeqError as e:
        check_error(e, text)
    try:
        module = parse(source)
    except SeqError as e:
        check_error(e, text)
    else:
        check_spans(module, text)
    program = check_source(text, "<fuzz>", NOWHERE)
    assert isinstance(program, CheckedProgram)
    for err in program.errors:
        assert isinstance(err, SeqError)
        assert isinstance(err.render(), str)


def check_error(err: SeqError, text: str) -> None:
    rendered = err.render()
    assert isinstance(rendered, str)
    assert err.span is not None, rendered  # parse errors always have a place
    span = err.span
    assert 1 <= span.line <= text.count("\n") + 1
    assert span.col >= 1
    assert (span.end_line, span.end_col) >= (span.line, span.col)
    assert rendered.startswith(f"<fuzz>:{span.line}:{span.col}: ")


def check_spans(module: ast.Module, text: str) -> None:
    """Every word call's span covers exactly its name in the text."""
    lines = text.split("\n")
    for word in module.words:
        for stmt in ast.walk(word.body):
            if isinstance(stmt, ast.WordCall):
                s = stmt.span
                assert s.line == s.end_line
                assert lines[s.line - 1][s.col - 1 : s.end_col - 1] == stmt.name


def test_the_sample_programs_check() -> None:
    for text in PROGRAMS:
        program = check_source(text, "<sample>", NOWHERE)
        assert program.ok, "\n\n".join(e.render() for e in program.errors)
        check_spans(parse(Source("<sample>", text)), text)


@FUZZ
@given(RANDOM_TEXT)
def test_random_text(text: str) -> None:
    assert_only_seq_errors(text)


@FUZZ
@given(st.text(max_size=80))
def test_random_unicode_text(text: str) -> None:
    assert_only_seq_errors(text)


@FUZZ
@given(TOKEN_SOUP)
def test_token_soup(text: str) -> None:
    assert_only_seq_errors(text)


@FUZZ
@given(mutated_program())
def test_token_mutations_of_real_programs(text: str) -> None:
    assert_only_seq_errors(text)


@FUZZ
@given(well_formed_mutation())
def test_type_and_word_edits_of_real_programs(text: str) -> None:
    assert_only_seq_errors(text)


@FUZZ
@given(char_mutated_program())
def test_character_mutations_of_real_programs(text: str) -> None:
    assert_only_seq_errors(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(-(2**63), 2**63 - 1))
def test_int_literals_round_trip(n: int) -> None:
    sign, mag = ("-", -n) if n < 0 else ("", n)
    for text in (str(n), f"0x{sign}{mag:X}", f"0b{sign}{mag:b}"):
        (word,) = parse(Source("t", f": w {text} ;")).words
        (lit,) = word.body
        assert isinstance(lit, ast.IntLit) and lit.value == n, text


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=20))
def test_hex_escapes_round_trip(data: bytes) -> None:
    literal = '"' + "".join(f"\\x{b:02x}" for b in data) + '"'
    (word,) = parse(Source("t", f": w {literal} ;")).words
    (lit,) = word.body
    assert isinstance(lit, ast.StringLit) and lit.value == data


# no lone surrogates: source files are read as strict UTF-8
PLAIN_CHARS = st.characters(exclude_categories=("Cs",), exclude_characters='"\\')


@settings(max_examples=100, deadline=None)
@given(st.text(PLAIN_CHARS, max_size=20))
def test_plain_strings_are_their_utf8(text: str) -> None:
    (word,) = parse(Source("t", f': w "{text}" ;')).words
    (lit,) = word.body
    assert isinstance(lit, ast.StringLit) and lit.value == text.encode("utf-8")
