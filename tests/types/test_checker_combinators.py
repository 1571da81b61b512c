"""`call`, `dip`, `keep`, `bi` and the aux stack (`>aux`/`aux>`), including
combinators nested in quotation bodies whose input is still polymorphic
(reference issue #471)."""

from __future__ import annotations

import pytest
from checkhelp import accepts, rejects

ACCEPTED = {
    "call a pure quotation": ": t ( Int -- Int ) [ 1 i.add ] call ;",
    "call a quotation value": ": t ( Int [ Int -- Int ] -- Int ) call ;",
    "call a closure value": ": t ( Int Closure[ Int -- Int ] -- Int ) call ;",
    "call an unknown quotation type": ": t ( Int Q -- Int ) call ;",
    "dip": ": t ( Int Int -- Int Int ) [ 1 i.+ ] dip ;",
    "dip preserves the top type": ": t ( Int String -- Int String ) [ 1 i.+ ] dip ;",
    "dip changes the type below": ": t ( Int Int [ Int -- String ] -- String Int ) dip ;",
    "keep": ": t ( Int -- Int Int ) [ dup i.* ] keep ;",
    "bi": ": t ( Int -- Int Int ) [ 2 i.* ] [ 3 i.* ] bi ;",
    "bi with different result types": ": t ( Int -- Int String ) [ 2 i.* ] [ int->string ] bi ;",
    "dip with an unknown quotation type": ": t ( Int Q -- Int ) dip ;",
    # Reference issue #471: a combinator first in a quotation body pops from a row variable.
    "dip in dip": ": t ( Int Int Int -- Int Int Int ) [ [ 1 i.+ ] dip ] dip ;",
    "keep in dip": ": t ( Int Int -- Int Int Int ) [ [ 1 i.+ ] keep ] dip ;",
    "dip in keep": ": t ( Int Int -- Int Int Int ) [ [ 1 i.+ ] dip ] keep ;",
    "bi in dip": ": t ( Int Int -- Int Int Int ) [ [ 1 i.+ ] [ 2 i.+ ] bi ] dip ;",
    "keep in call": ": t ( Int -- Int ) [ [ 1 i.+ ] keep i.+ ] call ;",
    "aux round trip": ": t ( Int -- Int ) >aux aux> ;",
    "aux keeps the type": ": t ( String -- String ) >aux aux> ;",
    "aux is LIFO": ": t ( Int String -- Int String ) >aux >aux aux> aux> ;",
    "aux swaps": ": t ( Int String -- String Int ) >aux >aux aux> aux> swap ;",
    "aux balanced in match arms": """
        union C { L R }
        : t ( Int C -- Int ) swap >aux match L -> aux> R -> aux> end ;
    """,
    "aux balanced in a quotation": ": t ( -- [ Int -- Int ] ) [ >aux aux> ] ;",
    "aux in a quotation is its own scope": (
        ": t ( Int -- Int ) >aux [ 1 >aux aux> drop ] call aux> ;"
    ),
}


@pytest.mark.parametrize("src", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepted(src: str) -> None:
    accepts(src)


class TestCall:
    def test_yielding_quotation(self) -> None:
        rejects(
            ": bad ( W -- W ) 42 [ yield ] call ;",
            "call: this quotation yields; run it with strand.weave",
            at=(1, 31),
        )

    def test_not_a_quotation(self) -> None:
        rejects(": t ( Int -- Int ) call ;", "call: expected a quotation or closure", at=(1, 20))

    def test_empty_stack(self) -> None:
        rejects(": t ( -- ) call ;", "call: stack underflow", at=(1, 12))

    def test_closure_called_with_the_wrong_type(self) -> None:
        rejects(
            """
            : make-adder ( Int -- Closure[ Int -- Int ] ) [ i.add ] ;
            : bad-use ( -- Int ) 5 make-adder "hello" swap call ;
            """,
            "call: stack type mismatch (cannot unify Int with String)",
            at=(2, 48),
            expected="(..rest Int)",
            actual="(..rest String)",
        )


class TestDipKeepBi:
    def test_dip_type_mismatch(self) -> None:
        rejects(
            ": t ( String Int -- Int Int ) [ 1 i.+ ] dip ;",
            "dip (quotation): stack type mismatch",
            at=(1, 41),
            expected="(..a Int)",
            actual="(..rest String)",
        )

    def test_keep_type_mismatch(self) -> None:
        rejects(": t ( String -- Int String ) [ 1 i.+ ] keep ;", "keep (quotation): stack type")

    def test_bi_second_quotation_mismatch(self) -> None:
        rejects(
            ": t ( String -- Int Int ) [ string.length ] [ 1 i.+ ] bi ;",
            "bi (second quotation): stack type mismatch",
            actual="(..rest Int String)",
        )

    @pytest.mark.parametrize(
        ("src", "word"),
        [
            (": t ( -- Int ) [ 1 ] dip ;", "dip"),
            (": t ( -- ) [ drop ] keep ;", "keep"),
            (": t ( -- ) [ 1 ] [ 2 ] bi ;", "bi"),
            (": t ( -- ) [ ] dip ;", "dip"),  # the rigid row is never refined
        ],
    )
    def test_underflow_at_the_rigid_row(self, src: str, word: str) -> None:
        rejects(src, f"{word}: expected a value below the quotation", "stack underflow")

    def test_dip_quotation_underflows(self) -> None:
        rejects(": t ( Int [ Int -- Int ] -- Int ) dip ;", "dip (quotation): stack underflow")

    def test_not_a_quotation(self) -> None:
        rejects(": t ( Int Int -- Int ) dip ;", "dip: expected a quotation or closure", "got Int")
        rejects(": t ( Int Int -- Int ) [ ] bi ;", "bi: expected a quotation or closure")

    def test_yielding_quotations(self) -> None:
        rejects(": t ( Int -- Int ) [ yield ] dip ;", "dip: the quotation must not yield")
        rejects(": t ( C Int -- C Int ) [ yield ] keep ;", "keep: the quotation must not yield")
        rejects(": t ( C Int -- C Int ) [ yield ] [ ] bi ;", "bi: the quotations must not yield")


class TestAux:
    def test_left_on_return(self) -> None:
        rejects(
            ": t ( Int -- ) >aux ;",
            "word 't' returns with values left on the aux stack: (Int)",
            at=(1, 21),
        )

    def test_pop_from_empty(self) -> None:
        rejects(": t ( -- Int ) aux> ;", "aux>: the aux stack is empty", at=(1, 16))

    def test_push_from_empty_stack(self) -> None:
        rejects(": t ( -- ) >aux aux> ;", ">aux: stack underflow", at=(1, 12))

    def test_match_arms_disagree(self) -> None:
        rejects(
            """
            union C { L R }
            : t ( Int C -- Int ) swap >aux match L -> aux> R -> end ;
            """,
            "match arms leave the aux stack differently",
            "arm 'L' leaves (), arm 'R' leaves (Int)",
            at=(2, 32),
        )

    def test_unbalanced_in_a_quotation(self) -> None:  # reference issue #393
        rejects(
            ": t ( -- [ Int -- ] ) [ >aux ] ;",
            "quotation ends with values left on the aux stack",
            at=(1, 23),
        )

    def test_quotation_cannot_take_the_words_aux(self) -> None:
        rejects(": t ( Int -- Int ) >aux [ aux> ] call ;", "aux>: the aux stack is empty")

    def test_first_in_an_open_quotation(self) -> None:
        rejects(": t ( -- ) [ >aux aux> ] drop ;", ">aux: cannot take a value", at=(1, 14))
