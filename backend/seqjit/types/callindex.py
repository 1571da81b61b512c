"""Who calls whom among a program's words, kept up to date entry by entry.

A REPL session grows one entry at a time, so nothing here is recomputed
over the whole session: an entry that (re)defines words updates the edges
out of those words, the reverse edges into their callees, and the recursion
groups (strongly connected components) a cycle through them could form or
break, at a cost that depends on what the entry touches, not on how many
words the session holds.

An index is never changed once made: `updated` copies its three maps (at C
speed) and replaces only the entries that change, so an entry that fails
leaves the world's index as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field

from ..syntax import ast
from .callgraph import strongly_connected

NONE: frozenset[str] = frozenset()


def calls_in(body: list[ast.Statement], words: Collection[str]) -> frozenset[str]:
    """The words among `words` that `body` calls (in quotations and branches too)."""
    return frozenset(s.name for s in ast.walk(body)
                     if isinstance(s, ast.WordCall) and s.name in words)


@dataclass(frozen=True, slots=True)
class CallIndex:
    callees: dict[str, frozenset[str]] = field(default_factory=dict)
    callers: dict[str, frozenset[str]] = field(default_factory=dict)  # the reverse edges
    groups: dict[str, frozenset[str]] = field(default_factory=dict)  # recursive words only
    regrouped: frozenset[str] = NONE  # the words whose group the last update changed
    order: dict[str, int] = field(default_factory=dict)  # words by when first defined

    @classmethod
    def of(cls, bodies: Mapping[str, list[ast.Statement]]) -> CallIndex:
        """The index of a whole program's word bodies."""
        return cls().updated({name: calls_in(body, bodies) for name, body in bodies.items()})

    def same_cycle(self, a: str, b: str) -> bool:
        """Whether `b` is in `a`'s recursion group (a calls b calls ... a)."""
        group = self.groups.get(a)
        return group is not None and b in group

    def recursive(self, name: str) -> bool:
        """Whether `name` can call itself, directly or through others."""
        return name in self.groups

    def updated(self, edges: Mapping[str, frozenset[str]]) -> CallIndex:
        """This index with the words of `edges` (new or redefined) calling
        what `edges` says they call now. Every node of `edges`' values must
        be a word of the index or of `edges`."""
        callees, callers, order = dict(self.callees), dict(self.callers), dict(self.order)
        for name, new in edges.items():
            order.setdefault(name, len(order))
            old = callees.get(name, NONE)
            for callee in old - new:
                callers[callee] = callers[callee] - {name}
            for callee in new - old:
                callers[callee] = callers.get(callee, NONE) | {name}
            callees[name] = new
        # A group that held a redefined word may split: all its members are
        # grouped again, with the words a cycle through the entry's could hold.
        touched = set(edges)
        for name in edges:
            touched |= self.groups.get(name, NONE)
        groups = dict(self.groups)
        regrouped: set[str] = set()
        region = _smaller_closure(touched, callees, callers)
        for component in strongly_connected(callees, roots=touched, within=region):
            member = next(iter(component))
            if len(component) > 1 or member in callees[member]:
                grouped = frozenset(component)
                regrouped.update(n for n in component if self.groups.get(n) != grouped)
                groups.update(dict.fromkeys(component, grouped))
            elif groups.pop(member, None) is not None:
                regrouped.add(member)
        return CallIndex(callees, callers, groups, frozenset(regrouped), order)


def _smaller_closure(
    start: set[str], forward: Mapping[str, frozenset[str]], backward: Mapping[str, frozenset[str]]
) -> set[str]:
    """Either the words reachable from `start` along calls, or those from
    which `start` is reachable, whichever is smaller: both walks advance in
    turn until one is complete. A cycle through `start` lies in both, so
    either bounds the search for it: a new word has no callers yet, a
    redefined leaf calls nothing, and neither walks the whole session."""
    walks = [_walk(start, forward), _walk(start, backward)]
    while True:
        for walk in walks:
            done = next(walk, None)
            if done is not None:
                return done


def _walk(start: set[str], edges: Mapping[str, frozenset[str]]) -> Iterator[set[str] | None]:
    """Visit one word per step (yielding None); at the end, yield what was seen."""
    seen = set(start)
    frontier = list(start)
    while frontier:
        for successor in edges.get(frontier.pop(), NONE):
            if successor not in seen:
                seen.add(successor)
                frontier.append(successor)
        yield None
    yield seen


def recursive_groups(bodies: Mapping[str, list[ast.Statement]]) -> list[set[str]]:
    """Groups of mutually recursive words, plus single self-recursive words."""
    groups = CallIndex.of(bodies).groups
    return [set(g) for g in dict.fromkeys(groups.values())]
