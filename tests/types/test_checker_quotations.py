"""Quotations and closures: inferred quotation types, declared Closure[..]
outputs and what they capture, auto-capture for list/map combinators and
strand.spawn, and the capture arithmetic itself."""

from __future__ import annotations

import pytest
from checkhelp import accepts, rejects

from seqjit.syntax import ast
from seqjit.types.checker import Fail, calculate_captures
from seqjit.types.terms import BOOL, EMPTY, INT, STRING, Closure, Effect, Quot, Var, stack_of

ACCEPTED = {
    "simple": ": t ( -- [ Int -- Int ] ) [ 1 i.add ] ;",
    "empty": ": t ( -- [ -- ] ) [ ] ;",
    "nested two": ": t ( -- [ -- [ Int -- Int ] ] ) [ [ 1 i.+ ] ] ;",
    "nested three": ": t ( -- [ -- [ -- [ Int -- Int ] ] ] ) [ [ [ 1 i.+ ] ] ] ;",
    "passes through a word": ": t ( [ Int -- Int ] -- [ Int -- Int ] ) ;",
    "closure captures an Int": ": make-adder ( Int -- Closure[ Int -- Int ] ) [ i.+ ] ;",
    "closure calling an inner quotation": (
        ": t ( Int -- Closure[ Int -- Int ] ) [ [ i.+ ] call ] ;"
    ),
    "closure used after creation": """
        : make-adder ( Int -- Closure[ Int -- Int ] ) [ i.add ] ;
        : use-adder ( -- Int ) 5 make-adder 10 swap call ;
    """,
    "closure where a quotation is expected": """
        : make-adder ( Int -- Closure[ Int -- Int ] ) [ i.+ ] ;
        : apply ( Int [ Int -- Int ] -- Int ) call ;
        : t ( -- Int ) 1 2 make-adder apply ;
    """,
    "quotation where a closure is expected": """
        : apply ( Int Closure[ Int -- Int ] -- Int ) call ;
        : t ( -- Int ) 1 [ 2 i.+ ] apply ;
    """,
    "closure capturing two values": (
        ": t ( Int String -- Closure[ -- Int ] ) [ string.length i.+ ] ;"
    ),
    # The closure's body is seeded with its declared inputs; nothing to capture here.
    "closure seeded by its declared inputs": ": t ( -- Closure[ Int Int -- Int ] ) [ drop 1 ] ;",
    # As in the reference, a capture-free closure body is not unified with its declaration.
    "capture-free closure is taken as declared": ": t ( -- Closure[ -- Int ] ) [ ] ;",
    "fold capturing a multiplier": ": t ( V -- Int ) 0 10 [ >aux aux> i.* i.+ ] list.fold ;",
    "fold without capture": ": t ( V -- Int ) 0 [ i.+ ] list.fold ;",
    "map capturing a base": ": t ( V -- W ) 100 [ i.+ ] list.map ;",
    "filter capturing a threshold": ": t ( V -- W ) 4 [ i.< ] list.filter ;",
    "each capturing a value": ": t ( V -- ) 0 [ i.+ drop ] list.each ;",
    "map.fold capturing": ": t ( M -- Int ) 0 5 [ drop drop i.+ ] map.fold ;",
    # The reference takes capture types from the caller's stack without unifying
    # them with what the body needs, so this String capture is accepted.
    "capture types are not unified with the body": ': t ( V -- W ) "s" [ i.+ ] list.map ;',
    "spawn a quotation": ': t ( -- ) [ "hi" io.write-line ] strand.spawn drop ;',
    # The spawned strand gets a copy of the stack, so nothing is captured from it.
    "spawn a quotation needing a value": (
        ": worker ( Int -- ) drop ; : t ( -- ) 42 [ worker ] strand.spawn drop drop ;"
    ),
    "weave a yielding quotation": ": good ( -- Int H ) 42 [ yield ] strand.weave ;",
    "weave a yielding word": """
        : gen ( C Int -- C Int | Yield Int ) yield ;
        : t ( -- H ) [ gen ] strand.weave ;
    """,
    "for-each-line shares the row": (
        ": t ( Int String -- Int Bool ) [ io.write-line ] file.for-each-line ;"
    ),
}


@pytest.mark.parametrize("src", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepted(src: str) -> None:
    accepts(src)


class TestSpawn:
    """strand.spawn runs a ( -- ) quotation: a quotation value needing inputs
    becomes a closure over the values below it."""

    def test_captures_from_below(self) -> None:
        accepts(": t ( Int [ Int -- ] -- Int ) strand.spawn ;")
        accepts(": t ( Int String [ Int String -- ] -- Int ) strand.spawn ;")

    def test_nothing_to_capture(self) -> None:
        rejects(
            ": t ( [ Int -- ] -- Int ) strand.spawn ;",
            "strand.spawn: the quotation needs 1 value(s) captured from below it",
            at=(1, 27),
        )

    def test_without_capture_the_values_stay(self) -> None:
        rejects(": t ( Int [ -- ] -- Int ) strand.spawn ;", "declared output")


def test_declared_quotation_effect_mismatch() -> None:
    err = rejects(
        ": t ( -- [ Int -- String ] ) [ 1 i.add ] ;",
        "quotation effect mismatch",
        at=(1, 30),
        expected="[..rest Int -- ..rest String]",
        actual="[..rest Int -- ..rest Int]",
    )
    assert err.notes == ["cannot unify Int with String"]


def test_combinator_quotation_effect_mismatch() -> None:
    rejects(": t ( V -- Int ) 0 [ \"x\" ] list.fold ;", "quotation effect mismatch", at=(1, 20))


def test_closure_non_captured_input_of_the_wrong_type() -> None:
    rejects(": t ( Int -- Closure[ String -- Int ] ) [ i.+ ] ;", "cannot unify Int with String")


def test_closure_captures_leave_the_stack() -> None:
    # [ drop ] needs one value beyond what the closure is given: it captures the
    # String, and the Int is left over.
    rejects(": t ( Int String -- Closure[ -- Int ] ) [ drop ] ;", "declared output")


def test_quotation_where_closure_output_needs_captures() -> None:
    err = rejects(": t ( Int Int -- [ Int -- Bool ] ) [ i.>= ] ;", "declared output")
    assert err.actual == "(..rest Int Closure[..rest Int -- ..rest Bool])"


def test_unknown_word_inside_a_quotation() -> None:
    rejects(
        ": t ( -- ) [ foo ] drop ;", "undefined word 'foo' in 't'", kind="name error", at=(1, 14)
    )


def test_inferred_types_are_recorded() -> None:
    program = accepts(
        ": t ( Int -- Closure[ Int -- Int ] ) [ i.+ ] ; : u ( -- [ -- Int ] ) [ 1 ] ;"
    )
    t, u = program.words["t"], program.words["u"]
    closure, quot = t.definition.body[0], u.definition.body[0]
    assert isinstance(closure, ast.Quotation) and isinstance(quot, ast.Quotation)
    closure_type = t.typing.quotation_type(closure)
    assert isinstance(closure_type, Closure) and closure_type.captures == (INT,)
    assert isinstance(u.typing.quotation_type(quot), Quot)


def test_capture_types_come_from_the_callers_stack() -> None:
    program = accepts(": t ( Variant -- Closure[ Int -- Int ] ) [ i.+ ] ;")
    word = program.words["t"]
    quot = word.definition.body[0]
    assert isinstance(quot, ast.Quotation)
    qtype = word.typing.quotation_type(quot)
    assert isinstance(qtype, Closure) and str(qtype.captures[0]) == "Variant"


class TestCalculateCaptures:
    """The capture arithmetic on concrete effects (no row variables)."""

    @staticmethod
    def effect(ins: list, outs: list) -> Effect:
        return Effect(stack_of(EMPTY, *ins), stack_of(EMPTY, *outs))

    def test_none(self) -> None:
        assert calculate_captures(self.effect([INT], [INT]), self.effect([INT], [INT])) == []

    def test_one(self) -> None:
        body, call = self.effect([INT, INT], [INT]), self.effect([INT], [INT])
        assert calculate_captures(body, call) == [INT]

    def test_several_bottom_to_top(self) -> None:
        body = self.effect([INT, STRING, BOOL], [BOOL])
        assert calculate_captures(body, self.effect([BOOL], [BOOL])) == [INT, STRING]

    def test_all(self) -> None:
        body = self.effect([INT, STRING], [INT])
        assert calculate_captures(body, self.effect([], [INT])) == [INT, STRING]

    def test_call_provides_too_many(self) -> None:
        with pytest.raises(Fail, match="provides 2 values but the body needs only 1"):
            calculate_captures(self.effect([INT], [INT]), self.effect([INT, INT], [INT]))

    def test_provided_inputs_must_match(self) -> None:
        with pytest.raises(Fail, match="closure capture error"):
            calculate_captures(self.effect([INT, STRING], [INT]), self.effect([INT], [INT]))

    def test_variables_match_anything(self) -> None:
        body = self.effect([INT, Var("T")], [INT])
        assert calculate_captures(body, self.effect([STRING], [INT])) == [INT]
