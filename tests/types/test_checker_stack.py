"""Stack effects: literals, shuffles, row polymorphism, the rigid implicit row,
stack pollution, literal pick/roll and arithmetic sugar — as the reference
checker accepts and rejects them."""

from __future__ import annotations

import pytest
from checkhelp import accepts, check, rejects

from seqjit.syntax import ast

ACCEPTED = {
    "int literal": ": t ( -- Int ) 42 ;",
    "string literal": ': t ( -- String ) "hello" ;',
    "bool literal": ": t ( -- Bool ) true ;",
    "float literal": ": t ( -- Float ) 1.5 ;",
    "symbol literal": ": t ( -- Symbol ) :ok ;",
    "empty program": "",
    "builtin exact": ": t ( Int Int -- Int ) i.add ;",
    "dup of a declared Int": ": t ( Int -- Int Int ) dup ;",
    "arithmetic chain": ": t ( Int Int Int -- Int ) i.add i.multiply ;",
    "rot then adds": ": t ( Int Int Int -- Int ) rot i.add i.add ;",
    "over nip tuck": ": t ( Int Int Int -- Int Int Int Int ) over nip tuck ;",
    "ten deep": ": t ( Int Int Int Int Int Int Int Int Int Int -- Int ) "
    + "i.add " * 9
    + ";",
    "read-line pair": ": t ( -- String Bool ) io.read-line ;",
    "comparison gives Bool": ": t ( Int Int -- Bool ) i.<= ;",
    "channel send": ": t ( -- ) chan.make 42 swap chan.send drop ;",
    "user word chain": """
        : h1 ( Int -- String ) int->string ;
        : h2 ( String -- ) io.write-line ;
        : main ( -- ) 42 h1 h2 ;
    """,
    "calls through row polymorphism": """
        : twice ( Int -- Int ) dup i.add ;
        : quad ( Int -- Int ) twice twice ;
    """,
    "polymorphic identity": ": t ( T -- T ) ;",
    # Declared type variables unify like any other: the reference accepts this.
    "declared variable meets Int": ": t ( T -- Int ) ;",
    "explicit row passes through": ": t ( ..a -- ..a ) ;",
    "explicit row with values": ": t ( ..a Int String -- ..a String ) nip ;",
    # Only the implicit row is rigid; a named row may be refined by the body.
    "named row is not rigid": ": t ( ..a Int -- ..a ) drop drop ;",
    "string concat": ': t ( String String -- String ) string.concat ;',
}


@pytest.mark.parametrize("src", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepted(src: str) -> None:
    accepts(src)


def test_builtin_argument_type_mismatch() -> None:
    rejects(
        ": t ( String -- ) 42 io.write-line ;",
        "io.write-line: stack type mismatch (cannot unify String with Int)",
        at=(1, 22),
        expected="(..a String)",
        actual="(..rest String Int)",
    )


def test_declared_input_of_wrong_type() -> None:
    rejects(
        ": t ( Int -- ) io.write-line ;",
        "stack type mismatch",
        at=(1, 16),
        expected="(..a String)",
        actual="(..rest Int)",
    )


class TestRigidImplicitRow:
    """`( Int -- Int )` means exactly those values: the body may not reach below."""

    def test_drop_on_nothing(self) -> None:
        err = rejects(": t ( -- ) drop ;", "drop: stack underflow", at=(1, 12), actual="(..rest)")
        assert "needs 1 value(s) but only 0 are on the stack" in err.message

    def test_add_with_one_int(self) -> None:
        rejects(
            ": t ( Int -- Int ) i.add ;",
            "i.add: stack underflow",
            "only 1 is on the stack",
            at=(1, 20),
            expected="(..a Int Int)",
            actual="(..rest Int)",
        )

    def test_rot_with_two_literals(self) -> None:  # reference issue #169
        rejects(": t ( -- ) 3 4 rot ;", "rot: stack underflow", at=(1, 16))

    def test_note_explains_the_rule(self) -> None:
        err = rejects(": t ( Int -- Int ) drop drop 42 ;", "stack underflow", at=(1, 25))
        assert any("lists every value it may take" in n for n in err.notes)

    def test_user_word_underflow(self) -> None:
        rejects(
            ": two ( Int Int -- Int ) i.+ ; : t ( Int -- Int ) two ;",
            "two: stack underflow",
            at=(1, 51),
        )


class TestPollution:
    """Leaving more or fewer values than declared (reference issue #228)."""

    def test_extra_push(self) -> None:
        err = rejects(
            ": t ( Int -- Int ) 42 ;",
            "word 't' ends with a stack that does not match its declared output",
            at=(1, 23),
            expected="(..rest Int)",
            actual="(..rest Int Int)",
        )
        assert err.notes == ["the body leaves 1 value more than declared"]

    def test_extra_dup(self) -> None:
        rejects(": t ( Int -- Int ) dup ;", "declared output")

    def test_too_few(self) -> None:
        err = rejects(": t ( Int Int -- Int Int ) drop ;", "declared output", at=(1, 33))
        assert err.notes == ["the body leaves 1 value fewer than declared"]

    def test_wrong_type_left(self) -> None:
        err = rejects(': t ( -- Int ) "x" ;', "declared output", actual="(..rest String)")
        assert err.notes == ["cannot unify Int with String"]

    def test_quotation_leaves_extra(self) -> None:
        rejects(": t ( Int -- Int ) [ dup ] call ;", "declared output")

    def test_quotation_takes_too_many(self) -> None:
        rejects(": t ( Int -- Int ) [ drop drop 42 ] call ;", "call: stack underflow")


class TestLiteralPickRoll:
    def test_roll_in_conditional_with_concrete_stack(self) -> None:  # reference bug #93
        accepts(
            ": t ( Int Int Int Int -- Int Int Int Int ) dup 0 i.> if 3 roll else rot rot then ;"
        )

    def test_roll_in_match_arm(self) -> None:
        accepts(
            """
            union R { Ok Err }
            : t ( Int Int Int Int R -- Int Int Int Int )
              match Ok -> 3 roll Err -> rot rot end ;
            """
        )

    def test_roll_reaching_a_polymorphic_row(self) -> None:
        accepts(": t ( T U V W -- U V W T ) 3 roll ;")

    def test_pick_reaching_a_polymorphic_row(self) -> None:
        accepts(": t ( T U V -- T U V T ) 2 pick ;")

    def test_pick_gives_the_exact_type(self) -> None:
        accepts(": t ( Int String -- Int String Int ) 1 pick ;")
        rejects(": t ( Int String -- Int String String ) 1 pick ;", "declared output")

    def test_roll_moves_the_exact_type(self) -> None:
        accepts(": t ( Int String Bool -- String Bool Int ) 2 roll ;")
        rejects(": t ( Int String Bool -- Int Bool String ) 2 roll ;", "declared output")

    def test_zero_roll_is_identity(self) -> None:
        accepts(": t ( Int String -- Int String ) 0 roll ;")

    def test_pick_past_the_declared_inputs_is_a_fresh_variable(self) -> None:
        # The reference gives a fresh type variable below the row, not an error.
        accepts(": t ( Int -- Int Int ) 1 pick ;")

    def test_roll_past_declared_inputs_still_leaves_an_extra_value(self) -> None:
        rejects(": t ( -- ) 5 roll ;", "declared output")

    def test_negative_index(self) -> None:
        rejects(
            ": t ( Int Int -- Int Int Int ) -1 pick ;", "index must be non-negative", at=(1, 35)
        )

    def test_computed_index_uses_the_builtin_effect(self) -> None:
        accepts(": t ( Int Int -- Int Int ) 1 swap pick drop ;")


class TestArithmeticSugar:
    @pytest.mark.parametrize(
        ("src", "resolved"),
        [
            (": t ( -- Int ) 1 2 + ;", "i.+"),
            (": t ( -- Int Bool ) 7 2 % ;", "i.%"),  # division and modulo give a flag
            (": t ( -- Bool ) 1 2 <> ;", "i.<>"),
            (": t ( -- Float ) 1.0 2.0 / ;", "f./"),
            (": t ( -- Bool ) 1.0 2.0 >= ;", "f.>="),
            (': t ( -- String ) "a" "b" + ;', "string.concat"),
            (': t ( -- Bool ) "a" "b" = ;', "string.equal?"),
        ],
    )
    def test_resolution(self, src: str, resolved: str) -> None:
        program = accepts(src)
        word = program.words["t"]
        calls = [s for s in word.definition.body if isinstance(s, ast.WordCall)]
        assert word.typing.resolved(calls[-1]) == resolved

    def test_mixed_int_float(self) -> None:
        err = rejects(": t ( -- Int ) 1 2.0 + ;", "'+' needs", "got (Int, Float)", at=(1, 22))
        assert "string.concat" in err.message

    def test_string_minus(self) -> None:
        rejects(': t ( -- String ) "a" "b" - ;', "'-' needs Int+Int or Float+Float")

    def test_no_float_modulo(self) -> None:
        rejects(": t ( -- Float ) 1.0 2.0 % ;", "no float modulo", "i.%")

    def test_no_bool_equality(self) -> None:
        rejects(": t ( -- Bool ) true false = ;", "'=' needs", "got (Bool, Bool)")

    def test_type_variables_do_not_resolve(self) -> None:
        rejects(": t ( T T -- T ) + ;", "got (T, T)")

    def test_inside_a_quotation_without_context(self) -> None:
        rejects(": t ( -- Int ) [ + ] call ;", "'+' cannot tell its operand types here", at=(1, 18))

    def test_inside_a_quotation_seeded_by_the_declared_output(self) -> None:
        # The word's declared quotation output seeds the body, as in the reference.
        accepts(": t ( -- [ Int Int -- Int ] ) [ + ] ;")

    def test_result_feeds_on(self) -> None:
        accepts(": t ( Int Int Int -- Bool ) + * 10 > ;")
        rejects(": t ( Int Int -- Bool ) + 1.5 > ;", "got (Int, Float)")


def test_errors_in_every_word_are_reported() -> None:
    program = check(": a ( -- ) drop ; : b ( -- Int ) ; : c ( -- ) ;")
    assert [e.message.split(":")[0] for e in program.errors] == [
        "in word 'a'",
        "word 'b' ends with a stack that does not match its declared output",
    ]
