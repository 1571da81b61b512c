"""Conditionals: classic `if/else/then`, the `if` combinator (literal and with
quotation values), divergent recursive branches and the aux stack across
branches."""

from __future__ import annotations

import pytest
from checkhelp import accepts, rejects

ACCEPTED = {
    "if/else": ': t ( Int Int -- String ) i.> if "greater" else "not greater" then ;',
    "nested": """
        : t ( Int Int Int Int -- String )
          i.> if i.> if "both" else "first" then else drop drop "neither" then ;
    """,
    "same effect on both branches": """
        : t ( -- ) 42 int->string 100 200 i.> if io.write-line else io.write-line then ;
    """,
    "if without else, stack-neutral": ": t ( Int Bool -- Int ) if 1 i.+ then ;",
    "combinator": ": t ( Bool -- Int ) [ 1 ] [ 2 ] if ;",
    "combinator consuming": ": t ( Int Bool -- ) [ drop ] [ drop ] if ;",
    "combinator with quotation values": ": t ( Bool [ -- Int ] [ -- Int ] -- Int ) if ;",
    "combinator with an unknown quotation type": ": t ( Bool Q R -- ) if ;",
    "if inside a quotation with polymorphic input": ": t ( Bool -- Int ) [ [ 1 ] [ 2 ] if ] call ;",
    "classic if inside a quotation": ": t ( Bool -- Int ) [ if 1 else 2 then ] call ;",
    "if inside a quotation seeded by the output": ": t ( -- [ Bool -- Int ] ) [ [ 1 ] [ 2 ] if ] ;",
    "mutual recursion": """
        : is-even ( Int -- Int ) dup 0 i.= if drop 1 else 1 i.subtract is-odd then ;
        : is-odd ( Int -- Int ) dup 0 i.= if drop 0 else 1 i.subtract is-even then ;
    """,
    # Recursion not in tail position is an ordinary call: branches still agree here.
    "non-tail recursion": """
        : loop ( Int -- Int ) dup 0 i.> if 1 i.subtract loop 1 i.add then ;
    """,
}


@pytest.mark.parametrize("src", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepted(src: str) -> None:
    accepts(src)


def test_branches_leave_different_types() -> None:
    err = rejects(
        ': t ( -- Int ) true if 42 else "string" then ;',
        "the branches of if/else leave different stacks",
        at=(1, 21),
        expected="(..rest Int)",
        actual="(..rest String)",
    )
    assert err.notes == ["cannot unify Int with String"]


def test_if_without_else_must_be_stack_neutral() -> None:
    err = rejects(
        ": t ( Int Int -- Int ) i.> if 100 then ;",
        "if without else must leave the stack as it found it",
        at=(1, 28),
        expected="(..rest Int)",
        actual="(..rest)",
    )
    assert err.notes == ["the then branch leaves 1 value more than it found"]


@pytest.mark.parametrize(
    "src",
    [
        ": t ( Bool -- Int ) if 1 2 else 3 then ;",
        ": t ( Bool -- Int ) if 1 else 2 3 then ;",
    ],
)
def test_branch_pollution(src: str) -> None:
    err = rejects(src, "leave different stacks")
    assert err.notes[0].startswith("the else branch leaves 1 value")


def test_both_branches_push_too_much() -> None:
    rejects(": t ( Bool -- Int ) if 1 2 else 3 4 then ;", "declared output")


def test_condition_must_be_bool() -> None:
    rejects(
        ": t ( Bool Int -- Int ) if drop drop 1 else then ;",
        "the condition must be Bool, got Int",
        at=(1, 25),
        expected="Bool",
        actual="Int",
    )


def test_error_inside_a_branch() -> None:
    rejects(
        ': t ( -- ) 10 20 i.> if 42 io.write-line else "ok" io.write-line then ;',
        "io.write-line: stack type mismatch",
        at=(1, 28),
    )


def test_missing_condition() -> None:
    rejects(": t ( -- ) if then ;", "stack underflow", at=(1, 12))


class TestCombinator:
    def test_literal_branch_mismatch(self) -> None:
        rejects(
            ': t ( Bool -- Int ) [ 1 ] [ "string" ] if ;',
            "the quotations of if leave different stacks",
            at=(1, 40),
        )

    def test_quotation_values_mismatch(self) -> None:
        rejects(
            ": t ( Bool [ -- Int ] [ -- String ] -- Int ) if ;",
            "the quotations of if leave different stacks",
            expected="(..rest Int)",
            actual="(..rest String)",
        )

    def test_non_bool_condition(self) -> None:
        rejects(": t ( Int -- Int ) [ 1 ] [ 2 ] if ;", "condition must be Bool", at=(1, 32))

    def test_non_bool_condition_with_quotation_values(self) -> None:
        rejects(": t ( Int [ -- Int ] [ -- Int ] -- Int ) if ;", "condition must be Bool")

    def test_branch_is_not_a_quotation(self) -> None:
        rejects(
            ": t ( Bool Int [ -- Int ] -- Int ) if ;",
            "if: expected a quotation or closure as then-branch, got Int",
        )

    def test_branches_see_the_stack_below_the_condition(self) -> None:
        accepts(": t ( Int Bool -- Int ) [ 1 i.+ ] [ 2 i.* ] if ;")
        rejects(': t ( Int Bool -- Int ) [ 1 i.+ ] [ "s" string.concat ] if ;', "mismatch")


class TestDivergentBranches:
    """A branch ending in a (mutually) recursive call never returns to the
    `if`, so its stack does not have to agree with the other branch."""

    def test_then_branch_recurses(self) -> None:
        accepts(
            ": store-loop ( Channel -- ) dup chan.receive not if drop store-loop then drop drop ;"
        )

    def test_else_branch_recurses(self) -> None:
        accepts(
            ": retry ( Channel -- ) dup chan.receive if drop drop else drop retry then ;"
        )

    def test_mutually_recursive_tail_call(self) -> None:
        accepts(
            """
            : ping ( Channel -- ) dup chan.receive not if drop pong then drop drop ;
            : pong ( Channel -- ) ping ;
            """
        )

    def test_combinator_branch_recurses(self) -> None:
        accepts(": spin ( Channel -- ) dup chan.receive not [ drop spin ] [ ] if drop drop ;")

    def test_a_call_to_an_unrelated_word_does_not_diverge(self) -> None:
        rejects(
            """
            : other ( Channel -- ) drop ;
            : t ( Channel -- ) dup chan.receive not if drop other then drop drop ;
            """,
            "if without else",
        )

    def test_recursion_before_more_code_does_not_diverge(self) -> None:
        rejects(
            ": t ( Channel -- ) dup chan.receive not if drop t 1 drop then drop drop ;",
            "if without else",
        )

    def test_nested_tail_call_is_not_detected(self) -> None:
        # Like the reference: only a branch whose last statement is the call diverges.
        rejects(
            """
            : t ( Channel Bool -- )
              if dup chan.receive nip if true t else false t then then drop ;
            """,
            "if without else",
        )


class TestAuxAcrossBranches:
    def test_balanced_in_both_branches(self) -> None:
        accepts(": t ( Int Bool -- Int ) swap >aux if aux> else aux> 1 i.+ then ;")

    def test_unbalanced_branches(self) -> None:
        rejects(
            ": t ( Int Bool -- Int ) swap >aux if aux> then ;",
            "the branches of if leave the aux stack differently",
        )

    def test_divergent_branch_may_leave_aux_unbalanced(self) -> None:
        accepts(
            ": t ( Int Bool -- Int ) swap >aux if 0 false t else aux> then ;"
        )


class TestLiteralCond:
    """`N cond` after N visible (predicate, body) quotations is typed: the
    reference's placeholder ( ..a -- ..b ) would let a body leave anything."""

    def test_bodies_leaving_the_declared_type(self) -> None:
        accepts("""
            : classify ( Int -- String )
              [ dup 0 i.< ] [ drop "negative" ]
              [ dup 0 i.= ] [ drop "zero" ]
              [ true ] [ int->string ]
              3 cond ;
        """)

    def test_a_body_leaving_another_type(self) -> None:
        rejects(": t ( Int -- Int ) [ dup 0 i.< ] [ drop \"neg\" ] [ true ] [ 1 i.+ ] 2 cond ;",
                "cond: body 2 leaves a different stack than body 1")

    def test_every_body_leaving_another_type_than_declared(self) -> None:
        rejects(": t ( Int -- Int ) [ true ] [ drop \"s\" ] 1 cond ;", "String")

    def test_a_predicate_must_leave_a_bool(self) -> None:
        rejects(": t ( Int -- Int ) [ 1 ] [ drop 2 ] 1 cond ;",
                "cond: predicate 1 must leave the value it tests and a Bool")

    def test_what_follows_is_typed(self) -> None:
        rejects(": t ( Int -- Int ) [ true ] [ int->string ] 1 cond 1 i.+ ;", "i.+")

    def test_a_computed_count_keeps_the_placeholder(self) -> None:
        accepts(": t ( Int Int -- Int ) >aux [ true ] [ ] aux> cond ;")
