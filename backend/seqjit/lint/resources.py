"""resource-leak-weavehandle, resource-leak-channel: a weave handle or a
channel dropped before it was cancelled, resumed to the end or closed;
resource-branch-inconsistent: one branch cleans it up and another keeps it.

A handle once resumed may have finished (only the run knows), so dropping
it then is not reported. A resource handed to another word (stored in a list or map, captured by a
spawned strand, passed to a user word) is that word's to clean up; one left
on the stack at the end of a body is the caller's. A user word whose body
returns a resource makes one at every call.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..syntax import ast
from .findings import Finding
from .stack import Effects, Resolve, Simulation, State, Tracked

BRANCH_RULE = "resource-branch-inconsistent"
LEAK_RULES = {"weave": "resource-leak-weavehandle", "channel": "resource-leak-channel"}
MAKERS = {"strand.weave": "weave", "chan.make": "channel"}
CLEANERS = {"strand.weave-cancel": "weave", "chan.close": "channel"}
NOUNS = {"weave": "weave handle", "channel": "channel"}
CLEANUP = {"weave": "resume it until it finishes or `strand.weave-cancel` it",
           "channel": "`chan.close` it when done"}


class ResourceRun(Simulation):
    def __init__(self, resolve: Resolve, effects: Effects) -> None:
        super().__init__(resolve, effects)
        self.findings: list[Finding] = []

    def make(self, call: ast.WordCall, name: str, state: State) -> bool:
        if name in MAKERS:
            self.apply(name, state)
            state.stack[-1] = self.track(MAKERS[name], call, name)
            return True
        if name in CLEANERS:
            value = state.pop()
            if value is not None and value.kind == CLEANERS[name]:
                state.consumed.add(value.ident)
            return True
        if name == "strand.spawn":  # the strand may use whatever is on the stack
            state.consumed.update(v.ident for v in state.tracked())
        if name == "strand.resume" and len(state.stack) >= 2 and state.stack[-2] is not None:
            # Whether this resume finished the weave is known only at run time;
            # a handle dropped after one may well be spent, so it is not reported.
            state.consumed.add(state.stack[-2].ident)
        kinds = self.effects.returns.get(name)
        if kinds:
            self.apply(name, state)
            for depth, kind in enumerate(reversed(kinds), 1):
                if depth <= len(state.stack):
                    state.stack[-depth] = self.track(kind, call, name)
            return True
        return False

    def dropped(self, value: Tracked, call: ast.WordCall, adjacent: bool) -> None:
        if adjacent and value.kind == "weave":
            return  # `strand.weave drop` is weave-immediate-drop
        made = value.origin.span
        self.findings.append(Finding(
            LEAK_RULES[value.kind], "warning",
            f"the {NOUNS[value.kind]} made by `{value.op}` at line {made.line}:{made.col} is "
            f"dropped here without being cleaned up: {CLEANUP[value.kind]}", call.span))

    def handed_on(self, value: Tracked, state: State) -> None:
        state.consumed.add(value.ident)

    def branches(self, states: list[State], node: ast.If | ast.Match) -> None:
        reported: set[int] = set()
        for i, mine in enumerate(states):
            for other in states[i + 1:]:
                for a, b in ((mine, other), (other, mine)):
                    for value in a.tracked():
                        if value.ident in b.consumed and value.ident not in a.consumed \
                                and value.ident not in reported:
                            reported.add(value.ident)
                            made = value.origin.span
                            self.findings.append(Finding(
                                BRANCH_RULE, "warning",
                                f"the {NOUNS[value.kind]} made by `{value.op}` at line "
                                f"{made.line}:{made.col} is cleaned up on one branch here "
                                "but kept on another: every branch should treat it alike",
                                node.span))


def check(body: list[ast.Statement], resolve: Resolve, effects: Effects) -> Iterator[Finding]:
    run = ResourceRun(resolve, effects)
    run.run(body, State())
    return iter(run.findings)


def learn_returns(units: list[tuple[str, list[ast.Statement], Resolve]], effects: Effects) -> None:
    """Which kinds of resource each word's body leaves on the stack, in order."""
    for name, body, resolve in units:
        end = ResourceRun(resolve, effects).run(body, State())
        kinds = tuple(v.kind for v in end.stack if v is not None and v.ident not in end.consumed)
        if kinds:
            effects.returns[name] = kinds
