"""Type terms and unification, with the reference's rules: row variables,
occurs checks, composition, shallow substitution, Union ~ Variant and
Quotation ~ Closure; and how terms print."""

from __future__ import annotations

import pytest

from seqjit.types.terms import (
    BOOL,
    EMPTY,
    INT,
    STRING,
    VARIANT,
    Closure,
    Effect,
    Quot,
    Row,
    Subst,
    UnifyError,
    UnionT,
    Var,
    pretty,
    stack_of,
    surface,
    unify_stacks,
    unify_types,
)


def test_concrete_types() -> None:
    for t in (INT, BOOL, STRING):
        assert unify_types(t, t).types == {}
    with pytest.raises(UnifyError, match="cannot unify Int with Bool"):
        unify_types(INT, BOOL)


def test_type_variable_either_side() -> None:
    assert unify_types(Var("T"), INT).types == {"T": INT}
    assert unify_types(BOOL, Var("U")).types == {"U": BOOL}


def test_variable_with_itself_binds_nothing() -> None:
    s = unify_types(Var("T"), Var("T"))
    assert s.types == {} and s.rows == {}


def test_empty_stacks() -> None:
    assert unify_stacks(EMPTY, EMPTY).rows == {}


def test_row_variable_takes_a_stack() -> None:
    assert unify_stacks(Row("a"), stack_of(EMPTY, INT)).rows == {"a": stack_of(EMPTY, INT)}


def test_row_polymorphic_stack() -> None:
    s = unify_stacks(stack_of(Row("a"), INT), stack_of(EMPTY, BOOL, INT))
    assert s.rows == {"a": stack_of(EMPTY, BOOL)}


def test_cons_with_type_variable() -> None:
    assert unify_stacks(stack_of(EMPTY, Var("T")), stack_of(EMPTY, INT)).types == {"T": INT}


def test_dup_applied_to_one_int() -> None:
    s = unify_stacks(stack_of(Row("a"), Var("T")), stack_of(EMPTY, INT))
    assert s.rows == {"a": EMPTY} and s.types == {"T": INT}
    assert s.apply_stack(stack_of(Row("a"), Var("T"), Var("T"))) == stack_of(EMPTY, INT, INT)


def test_different_row_variables() -> None:
    assert unify_stacks(Row("a"), Row("b")).rows == {"a": Row("b")}


def test_row_with_itself_binds_nothing() -> None:
    assert unify_stacks(Row("a"), Row("a")).rows == {}


def test_occurs_check_on_rows() -> None:
    with pytest.raises(UnifyError, match="infinite stack"):
        unify_stacks(Row("a"), stack_of(Row("a"), INT))


def test_occurs_check_on_types() -> None:
    # Like the reference, the check looks at a quotation's row variables only.
    q = Quot(Effect(Row("r"), stack_of(Row("r"), Var("T"))))
    with pytest.raises(UnifyError, match="infinite type"):
        unify_types(Var("r"), q)
    assert unify_types(Var("T"), q).types == {"T": q}


def test_shapes_differ() -> None:
    with pytest.raises(UnifyError, match="stack shapes differ"):
        unify_stacks(EMPTY, stack_of(EMPTY, INT))


def test_compose() -> None:
    s1 = Subst({"T": INT}, {})
    s2 = Subst({"U": Var("T")}, {})
    c = s1.compose(s2)
    assert c.types == {"T": INT, "U": INT}


def test_substitution_is_shallow() -> None:
    # As in the reference: variables inside a quotation type are not rewritten.
    q = Quot(Effect(stack_of(Row("r"), Var("T")), Row("r")))
    s = Subst({"T": INT}, {"r": EMPTY})
    assert s.apply_stack(stack_of(Row("a"), q)) == stack_of(Row("a"), q)
    assert s.apply_type(Var("T")) == INT


def test_union_and_variant_unify_both_ways() -> None:
    assert unify_types(UnionT("Shape"), VARIANT).types == {}
    assert unify_types(VARIANT, UnionT("Shape")).types == {}


def test_unions_are_nominal() -> None:
    with pytest.raises(UnifyError, match="cannot unify A with B"):
        unify_types(UnionT("A"), UnionT("B"))


def test_quotation_and_closure_unify_by_effect() -> None:
    e = Effect(stack_of(Row("a"), INT), stack_of(Row("a"), INT))
    assert unify_types(Quot(e), Closure(e, (STRING,))).rows == {}
    with pytest.raises(UnifyError):
        unify_types(Quot(e), Closure(Effect(Row("b"), stack_of(Row("b"), STRING))))


def test_stack_neutral_quotation_does_not_unify_with_a_pushing_one() -> None:
    neutral = Quot(Effect(Row("a"), Row("a")))
    pushes = Quot(Effect(Row("b"), stack_of(Row("b"), INT)))
    with pytest.raises(UnifyError):
        unify_types(neutral, pushes)


class TestPrinting:
    def test_stacks(self) -> None:
        assert str(stack_of(Row("a"), INT, STRING)) == "(..a Int String)"
        assert str(Row("rest")) == "(..rest)"
        assert str(EMPTY) == "()"
        assert str(stack_of(EMPTY, BOOL)) == "(Bool)"

    def test_quotation_types(self) -> None:
        q = Quot(Effect(stack_of(Row("a"), INT), Row("a")))
        assert str(q) == "[..a Int -- ..a]"
        assert str(Quot(Effect(EMPTY, EMPTY))) == "[--]"
        assert str(Closure(Effect(Row("r"), stack_of(Row("r"), INT)), (INT,))) == (
            "Closure[..r -- ..r Int]"
        )

    def test_fresh_suffixes_are_dropped(self) -> None:
        assert pretty(stack_of(Row("rest$12"), Var("T$3"))) == "(..rest T)"

    def test_surface_syntax(self) -> None:
        e = Effect(stack_of(Row("rest"), INT, INT), stack_of(Row("rest"), INT))
        assert surface(e) == "( Int Int -- Int )"
        assert surface(Effect(Row("rest"), Row("rest"))) == "( -- )"
        assert surface(Effect(stack_of(Row("a"), INT), Row("b"))) == "( ..a Int -- ..b )"
        yielding = Effect(Row("rest"), Row("rest"), INT)
        assert surface(yielding) == "( -- | Yield Int )"
