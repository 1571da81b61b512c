"""Recursive groups of words (the call graph the checker uses to recognise
divergent tail calls)."""

from __future__ import annotations

from seqjit.diagnostics import Source
from seqjit.syntax.parser import parse
from seqjit.types.callindex import recursive_groups


def groups(src: str) -> list[set[str]]:
    module = parse(Source("t.seq", src))
    return recursive_groups({w.name: w.body for w in module.words})


def test_no_recursion() -> None:
    assert groups(": a ( -- ) b ; : b ( -- ) ;") == []


def test_direct_recursion() -> None:
    assert groups(": a ( -- ) a ; : b ( -- ) a ;") == [{"a"}]


def test_pair() -> None:
    assert groups(": a ( -- ) b ; : b ( -- ) a ;") == [{"a", "b"}]


def test_triple() -> None:
    assert groups(": a ( -- ) b ; : b ( -- ) c ; : c ( -- ) a ;") == [{"a", "b", "c"}]


def test_independent_cycles() -> None:
    found = groups(
        """
        : ping ( -- ) pong ; : pong ( -- ) ping ;
        : even ( -- ) odd ; : odd ( -- ) even ;
        : main ( -- ) ping even ;
        """
    )
    assert sorted(map(sorted, found)) == [["even", "odd"], ["ping", "pong"]]


def test_builtins_and_unknown_words_are_not_edges() -> None:
    assert groups(": a ( -- ) dup drop nowhere b ; : b ( -- ) a ;") == [{"a", "b"}]


def test_cycle_through_a_quotation() -> None:
    assert groups(": a ( -- ) [ b ] drop ; : b ( -- ) a ;") == [{"a", "b"}]


def test_cycle_through_branches_and_match_arms() -> None:
    assert groups(": a ( -- ) true if b then ; : b ( -- ) c ; : c ( -- ) a ;") == [
        {"a", "b", "c"}
    ]
    src = "union U { X Y } : a ( U -- ) match X -> b Y -> end ; : b ( -- ) a ;"
    assert groups(src) == [{"a", "b"}]


def test_deep_chain_does_not_overflow() -> None:
    words = " ".join(f": w{i} ( -- ) w{i + 1} ;" for i in range(3000))
    assert groups(words + " : w3000 ( -- ) w0 ;") == [{f"w{i}" for i in range(3001)}]
