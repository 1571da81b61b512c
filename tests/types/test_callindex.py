"""The call index a REPL keeps entry by entry: whatever order words are
defined and redefined in, it says what a whole-program pass over the final
definitions would (edges, reverse edges, recursion groups), and an update
leaves the index it came from as it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from seqjit.diagnostics import Source
from seqjit.syntax.parser import parse
from seqjit.types.callgraph import strongly_connected
from seqjit.types.callindex import CallIndex
from seqjit.types.program import CheckedProgram, extend

NAMES = [f"w{i}" for i in range(8)]

# An entry: words it (re)defines, each with the names it calls.
entries = st.lists(
    st.dictionaries(st.sampled_from(NAMES), st.frozensets(st.sampled_from(NAMES)), min_size=1,
                    max_size=3),
    min_size=1, max_size=12,
)


def whole(edges: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each recursive word's group, found over the whole graph at once."""
    groups: dict[str, frozenset[str]] = {}
    for component in strongly_connected(edges):
        word = next(iter(component))
        if len(component) > 1 or word in edges[word]:
            groups.update(dict.fromkeys(component, frozenset(component)))
    return groups


@settings(max_examples=300, deadline=None)
@given(entries)
def test_updated_entry_by_entry_it_agrees_with_a_whole_program_pass(
    history: list[dict[str, frozenset[str]]],
) -> None:
    index = CallIndex()
    edges: dict[str, frozenset[str]] = {}
    for entry in history:
        known = edges.keys() | entry.keys()
        # A word may call only words that exist once the entry is in.
        entry = {name: calls & known for name, calls in entry.items()}
        before = (dict(index.callees), dict(index.callers), dict(index.groups))
        updated = index.updated(entry)
        assert (index.callees, index.callers, index.groups) == before
        old_groups = index.groups
        index = updated
        edges.update(entry)
        assert index.callees == edges
        callers = {n: frozenset(c for c in edges if n in edges[c]) for n in edges}
        assert {n: c for n, c in index.callers.items() if c} == {n: c for n, c in callers.items()
                                                                 if c}
        assert index.groups == whole(edges)
        changed = {n for n in edges if old_groups.get(n) != index.groups.get(n)}
        assert index.regrouped == changed


def test_a_redefinition_that_breaks_a_cycle_splits_its_group() -> None:
    index = CallIndex().updated({"a": frozenset(), "b": frozenset({"a"})})
    index = index.updated({"a": frozenset({"b"})})
    assert index.groups == {"a": {"a", "b"}, "b": {"a", "b"}}
    index = index.updated({"a": frozenset()})
    assert index.groups == {} and index.regrouped == {"a", "b"}


def test_a_new_word_walks_only_its_own_callers_not_the_session() -> None:
    # A chain of 3000 words: adding w3000 (which calls w2999, and so
    # reaches every word) must not walk the chain.
    index = CallIndex()
    for i in range(3000):
        index = index.updated({f"w{i}": frozenset({f"w{i - 1}"}) if i else frozenset()})
    visited: list[str] = []

    class Counting(dict):
        def __getitem__(self, key: str) -> frozenset[str]:
            visited.append(key)
            return super().__getitem__(key)

    counted = CallIndex(Counting(index.callees), index.callers, index.groups)
    counted.updated({"w3000": frozenset({"w2999"})})
    assert len(visited) < 10


def test_a_program_extended_entry_by_entry_knows_the_cycles_its_entries_made() -> None:
    world = CheckedProgram()
    for entry in [": even ( Int -- Bool ) drop true ;",
                  ": odd ( Int -- Bool ) dup 0 i.= if drop false else 1 i.- even then ;",
                  ": even ( Int -- Bool ) dup 0 i.= if drop true else 1 i.- odd then ;"]:
        world = extend(world, [parse(Source("<entry>", entry))])
        assert world.ok, [e.render() for e in world.errors]
    assert world.calls.groups["odd"] == {"odd", "even"}
    # `odd` is checked again (its group changed), not the words that only call it.
    assert world.rechecked == ["odd"]
