"""Declarations and names: missing effects, unknown type names, main's
allowed effects, Yield effects, duplicate and undefined words."""

from __future__ import annotations

import pytest
from checkhelp import accepts, check, rejects


class TestEffects:
    def test_missing_stack_effect(self) -> None:
        err = rejects(": helper 42 ;", "word 'helper' has no stack effect", at=(1, 3))
        assert err.notes == ["every word declares one, e.g. : helper ( -- ) ... ;"]

    @pytest.mark.parametrize(
        ("name", "hint"),
        [("Strng", "String"), ("Itn", "Int"), ("Flot", "Float"), ("Chanel", "Channel"),
         ("Shap", "Shape")],
    )
    def test_unknown_type_name_with_hint(self, name: str, hint: str) -> None:
        err = rejects(
            f"union Shape {{ Sq }} : t ( {name} -- ) drop ;",
            f"unknown type '{name}' in the stack effect of 't'",
            at=(1, 26),
        )
        assert f"did you mean '{hint}'?" in err.notes

    def test_unknown_type_name_without_hint(self) -> None:
        err = rejects(": t ( -- Elephant ) 1 ;", "unknown type 'Elephant'", at=(1, 10))
        assert not any("did you mean" in n for n in err.notes)

    def test_unknown_type_inside_a_quotation_type(self) -> None:
        rejects(": t ( [ Foo -- ] -- ) drop ;", "unknown type 'Foo'", at=(1, 9))

    def test_unknown_type_inside_a_closure_type(self) -> None:
        rejects(": t ( -- Closure[ -- Integer ] ) [ 1 ] ;", "unknown type 'Integer'")

    def test_single_letter_variables(self) -> None:
        accepts(": t ( A B -- B A ) swap ;")

    def test_a_union_defined_later_is_a_type(self) -> None:
        accepts(": t ( Later -- ) drop ; union Later { L }")


class TestMain:
    @pytest.mark.parametrize(
        "effect", ["( -- )", "( -- Int )", "( ..a -- ..a )", "( ..a -- ..a Int )"]
    )
    def test_allowed(self, effect: str) -> None:
        body = "0" if "Int" in effect else ""
        accepts(f": main {effect} {body} ;")

    @pytest.mark.parametrize(
        "effect", ["( Int -- )", "( -- String )", "( -- Int Int )", "( -- Bool )"]
    )
    def test_rejected(self, effect: str) -> None:
        err = rejects(f": main {effect} ;", "'main' must be ( -- ) or ( -- Int ), not", at=(1, 8))
        assert err.message.endswith(effect)


class TestYield:
    def test_declared_and_used(self) -> None:
        accepts(": g ( C Int -- C Int | Yield Int ) yield ;")

    def test_used_but_not_declared(self) -> None:
        err = rejects(": g ( C Int -- C Int ) yield ;", "word 'g' yields", "no Yield effect",
                      at=(1, 3))
        assert "strand.weave" in err.notes[0]

    def test_declared_but_unused(self) -> None:
        rejects(
            ": g ( C Int -- C Int | Yield Int ) ;", "declares 'Yield Int' but its body never yields"
        )

    def test_matched_by_kind_only(self) -> None:  # the reference compares Yield by kind
        accepts(": g ( C Int -- C Int | Yield String ) yield ;")

    def test_yield_type_is_not_validated(self) -> None:  # as in the reference
        accepts(": g ( C Int -- C Int | Yield Anything ) yield ;")

    def test_propagates_through_calls(self) -> None:
        accepts(": g ( C Int -- C Int | Yield Int ) yield ; : h ( C Int -- C Int | Yield Int ) g ;")
        rejects(": g ( C Int -- C Int | Yield Int ) yield ; : h ( C Int -- C Int ) g ;",
                "word 'h' yields")

    def test_propagates_out_of_branches(self) -> None:
        accepts(": g ( Bool C Int -- C Int | Yield Int ) rot [ yield ] [ ] if ;")
        accepts(": g ( Bool C Int -- C Int | Yield Int ) rot if yield then ;")

    def test_a_quotation_keeps_its_yield(self) -> None:
        accepts(": g ( -- ) [ yield ] drop ;")

    def test_weave_handles_it(self) -> None:
        accepts(": g ( -- Int H ) 42 [ yield ] strand.weave ;")


class TestNames:
    def test_duplicate_word(self) -> None:
        err = rejects(": t ( -- ) ; : t ( -- ) ;", "word 't' is defined more than once",
                      kind="name error", at=(1, 16))
        assert err.notes == ["first defined at t.seq:1:3"]

    def test_undefined_word(self) -> None:
        rejects(": t ( -- ) foo ;", "undefined word 'foo' in 't'", kind="name error", at=(1, 12))

    def test_undefined_word_hint(self) -> None:
        err = rejects(": t ( -- ) dupp ;", "undefined word 'dupp'", kind="name error")
        assert err.notes == ["did you mean 'dup'?"]

    @pytest.mark.parametrize(
        ("old", "new"),
        [("mod", "i.modulo"), ("tcp.listen", "net.tcp.listen"), ("http.get", "net.http.get"),
         ("udp.send-to", "net.udp.send-to")],
    )
    def test_renamed_in_seq_7(self, old: str, new: str) -> None:
        err = rejects(f": t ( -- ) {old} ;", f"undefined word '{old}'", kind="name error")
        assert err.notes == [f"'{old}' was renamed to '{new}' in Seq 7.0"]

    def test_every_undefined_call_is_reported(self) -> None:
        program = check(": a ( -- ) x ; : b ( -- ) y [ z ] drop ;")
        assert [e.message for e in program.errors] == [
            "undefined word 'x' in 'a'",
            "undefined word 'y' in 'b'",
            "undefined word 'z' in 'b'",
        ]

    def test_a_word_with_undefined_calls_is_not_type_checked(self) -> None:
        program = check(": a ( -- ) x drop ;")
        assert len(program.errors) == 1

    def test_a_word_named_as_a_builtin_is_refused(self) -> None:
        # Lookup tries builtins first, as in the reference, which accepts such a
        # definition and never calls it; refusing it says so.
        rejects(": dup ( -- ) ; : t ( Int -- Int Int ) dup ;",
                "'dup' is a builtin and cannot be redefined", kind="name error")
