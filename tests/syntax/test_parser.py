"""The parser: one test per syntax form, asserting the tree it builds."""

from __future__ import annotations

from typing import Any

import pytest

from seqjit.diagnostics import Source, Span
from seqjit.syntax import ast
from seqjit.syntax.normalize import lower_literal_ifs
from seqjit.syntax.parser import parse
from seqjit.types.sources import check_source


def module(text: str) -> ast.Module:
    return parse(Source("t.seq", text))


def body(text: str) -> list[ast.Statement]:
    """The body of the single word defined by `: w <text> ;`."""
    (word,) = module(f": w {text} ;").words
    return word.body


def shape(stmts: list[ast.Statement]) -> list[Any]:
    """A compact, comparable picture of statements: words are bare strings."""
    out: list[Any] = []
    for s in stmts:
        match s:
            case ast.WordCall(name=name):
                out.append(name)
            case ast.IntLit(value=v) | ast.FloatLit(value=v) | ast.BoolLit(value=v):
                out.append(v)
            case ast.StringLit(value=v):
                out.append(v)
            case ast.SymbolLit(name=name):
                out.append(f":{name}")
            case ast.Quotation(body=b):
                out.append(("[", shape(b)))
            case ast.If(then_body=t, else_body=e, combinator=c):
                out.append(("if*" if c else "if", shape(t), None if e is None else shape(e)))
            case ast.Match(arms=arms):
                out.append(("match", [(a.variant, a.bindings, shape(a.body)) for a in arms]))
    return out


def pos(span: Span) -> tuple[int, int, int, int]:
    return (span.line, span.col, span.end_line, span.end_col)


def type_str(t: ast.TypeExpr) -> str:
    if isinstance(t, ast.TypeName):
        return t.name
    prefix = "Closure" if t.closure else ""
    return f"{prefix}[{stack_str(t.effect.inputs)} -- {stack_str(t.effect.outputs)}]"


def stack_str(s: ast.StackExpr) -> str:
    parts = ([f"..{s.row}"] if s.row else []) + [type_str(t) for t in s.items]
    return " ".join(parts)


def effect_str(e: ast.EffectExpr | None) -> str | None:
    if e is None:
        return None
    out = f"{stack_str(e.inputs)} -- {stack_str(e.outputs)}"
    return out + (f" | Yield {type_str(e.yields)}" if e.yields is not None else "")


# --- top level ----------------------------------------------------------------


def test_empty_module() -> None:
    m = module("")
    assert (m.includes, m.unions, m.words) == ([], [], [])


def test_include_std() -> None:
    (inc,) = module("include std:json").includes
    assert (inc.kind, inc.target, pos(inc.span)) == ("std", "json", (1, 1, 1, 17))


def test_include_relative_path() -> None:
    (inc,) = module('include "lib/util"').includes
    assert (inc.kind, inc.target, pos(inc.span)) == ("relative", "lib/util", (1, 1, 1, 19))


def test_include_ffi_parses() -> None:
    (inc,) = module("include ffi:readline").includes
    assert (inc.kind, inc.target) == ("ffi", "readline")


def test_include_ffi_of_an_unknown_library_is_refused_by_the_front_end() -> None:
    program = check_source("include ffi:readline\n: main ( -- ) ;", "t.seq")
    (err,) = program.errors
    assert err.kind == "include error"
    assert "unknown FFI library 'ffi:readline'" in err.message
    assert err.span is not None and err.span.location == "t.seq:1:1"


def test_items_keep_their_order_per_kind() -> None:
    m = module('include std:a : f ; union U { A } include "b" : g ;')
    assert [i.target for i in m.includes] == ["a", "b"]
    assert [u.name for u in m.unions] == ["U"]
    assert [w.name for w in m.words] == ["f", "g"]


def test_union_with_typed_fields_commas_optional() -> None:
    (u,) = module(
        "union Shape {\n  Circle { r: Int }\n  Rect { w: Int, h: Int }\n  Tri { a: Int b: Float }\n"
        "  Empty\n}"
    ).unions
    assert u.name == "Shape"
    got = [(v.name, [(f.name, f.type_name) for f in v.fields]) for v in u.variants]
    assert got == [
        ("Circle", [("r", "Int")]),
        ("Rect", [("w", "Int"), ("h", "Int")]),
        ("Tri", [("a", "Int"), ("b", "Float")]),
        ("Empty", []),
    ]
    assert pos(u.span) == (1, 1, 6, 2)
    assert pos(u.variants[1].span) == (3, 3, 3, 26)
    assert pos(u.variants[1].fields[1].span) == (3, 18, 3, 24)


def test_union_variant_with_empty_braces() -> None:
    (u,) = module("union U { A { } B }").unions
    assert [(v.name, v.fields) for v in u.variants] == [("A", []), ("B", [])]


def test_word_without_effect() -> None:
    (w,) = module(": helper dup ;").words
    assert (w.name, w.effect, shape(w.body)) == ("helper", None, ["dup"])
    assert pos(w.span) == (1, 1, 1, 15)
    assert pos(w.name_span) == (1, 3, 1, 9)


def test_word_names_may_be_any_word_token() -> None:
    assert [w.name for w in module(": 2dup? ; : i.+! ; : -> ;").words] == ["2dup?", "i.+!", "->"]


@pytest.mark.parametrize(
    ("effect", "expected"),
    [
        ("( -- )", " -- "),
        ("( Int -- Int )", "Int -- Int"),
        ("( Int String -- Bool Float )", "Int String -- Bool Float"),
        ("( ..a -- ..a )", "..a -- ..a"),
        ("( ..rest T U -- ..rest U T )", "..rest T U -- ..rest U T"),
        ("( ..a1_b -- ..a1_b )", "..a1_b -- ..a1_b"),
        ("( [Int -- Int] -- )", "[Int -- Int] -- "),
        ("( [ -- ] -- )", "[ -- ] -- "),
        ("( ..a [..a T -- ..a Bool] -- ..a )", "..a [..a T -- ..a Bool] -- ..a"),
        ("( Closure[Int -- Int] -- )", "Closure[Int -- Int] -- "),
        ("( Closure[..b -- ..b [ -- Int]] -- )", "Closure[..b -- ..b [ -- Int]] -- "),
        ("( Int -- | Yield Int )", "Int --  | Yield Int"),
        ("( ..a -- ..a | Yield [Int -- Int] )", "..a -- ..a | Yield [Int -- Int]"),
        ("( Shape Message -- Option )", "Shape Message -- Option"),
    ],
)
def test_stack_effects(effect: str, expected: str) -> None:
    (w,) = module(f": w {effect} ;").words
    assert effect_str(w.effect) == expected


def test_effect_span_covers_the_parentheses() -> None:
    (w,) = module(": w ( Int -- Int ) ;").words
    assert w.effect is not None and pos(w.effect.span) == (1, 5, 1, 19)


def test_quotation_type_spans() -> None:
    (w,) = module(": w ( Closure[Int -- Int] [ -- ] -- ) ;").words
    assert w.effect is not None
    closure, quot = w.effect.inputs.items
    assert isinstance(closure, ast.QuotationTypeExpr) and closure.closure
    assert pos(closure.span) == (1, 7, 1, 26)
    assert isinstance(quot, ast.QuotationTypeExpr) and not quot.closure
    assert pos(quot.span) == (1, 27, 1, 33)


def test_type_name_spans() -> None:
    (w,) = module(": w ( Int -- String ) ;").words
    assert w.effect is not None
    (out,) = w.effect.outputs.items
    assert isinstance(out, ast.TypeName) and pos(out.span) == (1, 14, 1, 20)


# --- literals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", 0),
        ("42", 42),
        ("-7", -7),
        ("+7", 7),
        ("007", 7),
        ("0xFF", 255),
        ("0X1a", 26),
        ("0x-10", -16),  # the sign after the prefix, as the reference reads it
        ("0b1010", 10),
        ("0B11", 3),
        ("9223372036854775807", 2**63 - 1),
        ("-9223372036854775808", -(2**63)),
        ("0x7FFFFFFFFFFFFFFF", 2**63 - 1),
    ],
)
def test_int_literals(text: str, value: int) -> None:
    (lit,) = body(text)
    assert isinstance(lit, ast.IntLit) and lit.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3.14", 3.14),
        ("-2.5", -2.5),
        ("5.", 5.0),
        (".5", 0.5),
        ("-.5", -0.5),
        ("1e3", 1000.0),
        ("1E3", 1000.0),
        ("1.5e-3", 0.0015),
        ("-2.0E+2", -200.0),
        ("1e400", float("inf")),
    ],
)
def test_float_literals(text: str, value: float) -> None:
    (lit,) = body(text)
    assert isinstance(lit, ast.FloatLit) and lit.value == value


@pytest.mark.parametrize("text", [".", "-", "+", "e5", "1e", "1.5.2", "1_000", "-x", "i.+"])
def test_number_like_words_are_word_calls(text: str) -> None:
    assert shape(body(text)) == [text]


def test_bool_literals() -> None:
    assert shape(body("true false")) == [True, False]
    assert all(isinstance(s, ast.BoolLit) for s in body("true false"))


@pytest.mark.parametrize(
    ("literal", "value"),
    [
        ('"hello"', b"hello"),
        ('""', b""),
        (r'"say \"hi\""', b'say "hi"'),
        (r'"back\\slash"', b"back\\slash"),
        (r'"a\nb\rc\td"', b"a\nb\rc\td"),
        (r'"\x1b[31mred\x1b[0m"', b"\x1b[31mred\x1b[0m"),
        (r'"\xC3\xA9"', "é".encode()),
        (r'"\xff"', b"\xff"),
        (r'"nul\x00byte"', b"nul\x00byte"),
        ('"héllo 世界 🎉"', "héllo 世界 🎉".encode()),
        ('"two\nlines"', b"two\nlines"),
        ('"a ; [ ] # b"', b"a ; [ ] # b"),
    ],
)
def test_string_literals(literal: str, value: bytes) -> None:
    (lit,) = body(literal)
    assert isinstance(lit, ast.StringLit) and lit.value == value


@pytest.mark.parametrize("name", ["ok", "some-name", "valid?", "done!", "a.b", "x_1", "Ünï"])
def test_symbols(name: str) -> None:
    (lit,) = body(f":{name}")
    assert isinstance(lit, ast.SymbolLit) and lit.name == name
    assert pos(lit.span) == (1, 5, 1, 6 + len(name))


def test_symbol_with_space_after_colon() -> None:
    (lit,) = body(": spaced")
    assert isinstance(lit, ast.SymbolLit) and lit.name == "spaced"


def test_literal_spans() -> None:
    stmts = body('1 "ab" 2.5 true')
    assert [pos(s.span) for s in stmts] == [
        (1, 5, 1, 6), (1, 7, 1, 11), (1, 12, 1, 15), (1, 16, 1, 20),
    ]  # fmt: skip


# --- quotations -----------------------------------------------------------------------


def test_quotations_nest_and_get_unique_ids() -> None:
    stmts = body("[ 1 [ dup ] call ] [ ]")
    assert shape(stmts) == [("[", [1, ("[", ["dup"]), "call"]), ("[", [])]
    outer, empty = stmts
    assert isinstance(outer, ast.Quotation) and isinstance(empty, ast.Quotation)
    inner = outer.body[1]
    assert isinstance(inner, ast.Quotation)
    assert len({outer.id, inner.id, empty.id}) == 3
    assert pos(outer.span) == (1, 5, 1, 23)


def test_quotation_ids_are_unique_across_words() -> None:
    m = module(": f [ ] ; : g [ ] ;")
    ids = [s.id for w in m.words for s in w.body if isinstance(s, ast.Quotation)]
    assert len(set(ids)) == 2


# --- classic if -------------------------------------------------------------------------


def test_classic_if_else_then() -> None:
    (stmt,) = body("if 1 else 2 then")
    assert isinstance(stmt, ast.If) and not stmt.combinator
    assert shape([stmt]) == [("if", [1], [2])]
    assert pos(stmt.span) == (1, 5, 1, 7)


def test_classic_if_then() -> None:
    assert shape(body("dup 0 i.< if neg then")) == ["dup", 0, "i.<", ("if", ["neg"], None)]


def test_classic_if_with_empty_branches() -> None:
    assert shape(body("if else then")) == [("if", [], [])]
    assert shape(body("if then")) == [("if", [], None)]


def test_classic_ifs_nest_in_both_branches() -> None:
    got = shape(body("if a if b else c then else d if e then then"))
    assert got == [("if", ["a", ("if", ["b"], ["c"])], ["d", ("if", ["e"], None)])]


def test_classic_if_in_quotation_and_match_arm() -> None:
    got = shape(body("[ if 1 then ] match A -> if 2 else 3 then B -> end"))
    assert got == [
        ("[", [("if", [1], None)]),
        ("match", [("A", None, [("if", [2], [3])]), ("B", None, [])]),
    ]


def test_combinator_if_inside_classic_branches() -> None:
    got = shape(body("if c [ 1 ] [ 2 ] if else d [ 3 ] [ 4 ] if then"))
    assert got == [
        ("if", ["c", ("[", [1]), ("[", [2]), "if"], ["d", ("[", [3]), ("[", [4]), "if"]),
    ]


def test_combinator_if_right_before_then_belongs_to_the_branch() -> None:
    # the inner `if` follows `]`, so `then` passes it over for the classic one
    got = shape(body("if [ 1 ] [ 2 ] if then"))
    assert got == [("if", [("[", [1]), ("[", [2]), "if"], None)]


def test_classic_if_inside_combinator_quotations() -> None:
    got = shape(body("[ if 1 else 2 then ] [ if 3 then ] if"))
    assert got == [("[", [("if", [1], [2])]), ("[", [("if", [3], None)]), "if"]


def test_if_without_then_stays_a_word_call() -> None:
    assert shape(body("[ 1 ] [ 2 ] if")) == [("[", [1]), ("[", [2]), "if"]
    assert shape(body("q1 q2 if")) == ["q1", "q2", "if"]


def test_then_does_not_pair_across_a_quotation() -> None:
    # the `if` inside the brackets cannot be closed by a `then` outside them
    got = shape(body("c if [ x if ] then"))
    assert got == ["c", ("if", [("[", ["x", "if"])], None)]


def test_then_does_not_pair_across_match_arms() -> None:
    # the `if` in arm A has no `then` there, so it is the combinator word
    got = shape(body("match A -> [ 1 ] [ 2 ] if B -> c if 3 then end"))
    arm_a = ("A", None, [("[", [1]), ("[", [2]), "if"])
    assert got == [("match", [arm_a, ("B", None, ["c", ("if", [3], None)])])]


def test_symbol_named_like_a_keyword_is_not_a_keyword() -> None:
    assert shape(body(":then :else :if :end")) == [":then", ":else", ":if", ":end"]
    assert shape(body("if :then then")) == [("if", [":then"], None)]


def test_string_keywords_are_strings() -> None:
    assert shape(body('if "then" then')) == [("if", [b"then"], None)]


# --- combinator if lowering ----------------------------------------------------------------


def test_literal_combinator_if_is_lowered_to_an_inline_if() -> None:
    stmts = lower_literal_ifs(body("0 i.< [ neg ] [ ] if"))
    assert shape(stmts) == [0, "i.<", ("if*", ["neg"], [])]
    lowered = stmts[-1]
    assert isinstance(lowered, ast.If) and lowered.combinator
    assert pos(lowered.span) == (1, 23, 1, 25)


def test_lowering_reaches_nested_bodies() -> None:
    stmts = lower_literal_ifs(
        body("[ [ 1 ] [ 2 ] if ] match A -> [ 3 ] [ 4 ] if end if [ 5 ] [ 6 ] if then")
    )
    assert shape(stmts) == [
        ("[", [("if*", [1], [2])]),
        ("match", [("A", None, [("if*", [3], [4])])]),
        ("if", [("if*", [5], [6])], None),
    ]


def test_lowering_leaves_the_parsed_body_as_it_was() -> None:
    parsed = body("[ [ 1 ] [ 2 ] if ] [ 3 ] match A -> [ 4 ] [ 5 ] if end")
    shape_before, nodes_before = shape(parsed), list(parsed)
    lowered = lower_literal_ifs(parsed)
    assert shape(parsed) == shape_before and parsed == nodes_before
    assert lowered[0] is not parsed[0]  # copied: something inside it was lowered
    assert lowered[1] is parsed[1]  # nothing to lower: the very node


def test_non_literal_if_is_left_as_a_call() -> None:
    assert shape(lower_literal_ifs(body("[ 1 ] swap [ 2 ] if"))) == [
        ("[", [1]), "swap", ("[", [2]), "if",
    ]  # fmt: skip
    assert shape(lower_literal_ifs(body("[ 1 ] if"))) == [("[", [1]), "if"]


def test_checker_lowers_combinator_ifs() -> None:
    program = check_source(": w ( Bool -- Int ) [ 1 ] [ 2 ] if ;")
    assert program.ok, [e.render() for e in program.errors]
    (stmt,) = program.words["w"].definition.body
    assert isinstance(stmt, ast.If) and stmt.combinator


# --- match --------------------------------------------------------------------------------


def test_match_with_positional_arms() -> None:
    (m,) = body("match\n  Get -> respond\n  Put -> store 1\nend")
    assert isinstance(m, ast.Match)
    assert shape([m]) == [("match", [("Get", None, ["respond"]), ("Put", None, ["store", 1])])]
    assert pos(m.span) == (1, 5, 4, 4)
    assert pos(m.arms[1].span) == (3, 3, 3, 6)


def test_match_with_field_bindings() -> None:
    got = shape(body("match Rect { >w >h } -> i.* Circle { >r } -> dup i.* Empty { } -> 0 end"))
    assert got == [
        (
            "match",
            [
                ("Rect", ["w", "h"], ["i.*"]),
                ("Circle", ["r"], ["dup", "i.*"]),
                ("Empty", [], [0]),
            ],
        )
    ]


def test_match_arm_with_empty_body() -> None:
    assert shape(body("match A -> B -> end")) == [("match", [("A", None, []), ("B", None, [])])]


def test_nested_match() -> None:
    got = shape(body("match A -> match X -> 1 end B -> 2 end"))
    assert got == [("match", [("A", None, [("match", [("X", None, [1])])]), ("B", None, [2])])]


def test_lowercase_word_followed_by_arrow_stays_in_the_arm_body() -> None:
    # only a capitalised name before '->' starts a new arm
    got = shape(body("match A -> x -> B -> 1 end"))
    assert got == [("match", [("A", None, ["x", "->"]), ("B", None, [1])])]


# --- comments and annotations -----------------------------------------------------------------


def test_comments_anywhere() -> None:
    m = module(
        "#!/usr/bin/env seqc\n"
        "# leading comment\n"
        "union U { # after brace\n A # after variant\n}\n"
        ": w ( Int # in effect\n -- Int ) # after effect\n"
        "  dup #trailing, no space\n"
        "  [ 1 # in quotation\n ] drop ; # after word\n"
        "# last line without newline"
    )
    assert [v.name for v in m.unions[0].variants] == ["A"]
    (w,) = m.words
    assert effect_str(w.effect) == "Int -- Int"
    assert shape(w.body) == ["dup", ("[", [1]), "drop"]


def test_seq_allow_attaches_to_the_next_word() -> None:
    m = module(
        ": a ;\n# seq:allow(unchecked-list-get)\n#seq:allow(other)\n: b ;\n: c ;"
    )
    assert [(w.name, w.allowed_lints) for w in m.words] == [
        ("a", []), ("b", ["unchecked-list-get", "other"]), ("c", []),
    ]  # fmt: skip


def test_seq_allow_inside_a_body_is_kept_for_the_next_word() -> None:
    m = module(": a dup # seq:allow(x)\n drop ; : b ;")
    assert shape(m.words[0].body) == ["dup", "drop"]
    assert [w.allowed_lints for w in m.words] == [[], ["x"]]


# --- spans ---------------------------------------------------------------------------------------


def test_word_call_spans_on_several_lines() -> None:
    (w,) = module(": w\n  dup\n    swap ;").words
    assert [pos(s.span) for s in w.body] == [(2, 3, 2, 6), (3, 5, 3, 9)]
    assert pos(w.span) == (1, 1, 3, 11)


def test_span_location_names_the_source() -> None:
    (w,) = parse(Source("dir/prog.seq", "\n\n  : w ;")).words
    assert w.span.location == "dir/prog.seq:3:3"


def test_walk_visits_nested_statements() -> None:
    stmts = body("[ 1 ] if 2 else match A -> 3 end then")
    ints = [s.value for s in ast.walk(stmts) if isinstance(s, ast.IntLit)]
    assert ints == [1, 2, 3]
