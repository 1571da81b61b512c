"""Which words get a native-signature function, decided entry by entry.

A word whose effect holds only Int, Float and Bool (at most three results)
is native when its body uses only literals, native builtins and calls to
native words. Within a recursion group that is a greatest fixpoint (assume
every candidate native, drop those that use anything else until none
does); across groups it follows the call graph: a word's decision depends
on its callees' only. So an entry decides again only for the words it
(re)defined or checked again, and for the callers of any word whose
decision changed, along the reverse edges, never for the whole session.

Decisions are a plain dict (word -> NativeWord, native words only), never
changed once made: `decide` returns a new one beside the old.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..builtins.all import NATIVE_OPS
from ..syntax import ast
from ..types.facts import Typing
from ..types.program import CheckedProgram, Word
from ..types.terms import BOOL, FLOAT, INT, Row, items
from .words import NativeWord

NATIVE_TYPES = (INT, FLOAT, BOOL)


def decide(
    program: CheckedProgram, old: Mapping[str, NativeWord], names: Iterable[str]
) -> tuple[dict[str, NativeWord], set[str]]:
    """The decisions for `program` after its words `names` changed (their
    body, effect or typing), from the `old` decisions; and the words whose
    decision changed (a different signature, or native no more, or now)."""
    natives = dict(old)
    changed: set[str] = set()
    pending = list(dict.fromkeys(names))
    done: set[str] = set()
    calls = program.calls
    while pending:
        name = pending.pop()
        if name in done:
            continue
        group = calls.groups.get(name) or frozenset((name,))
        done |= group
        before = {n: natives.pop(n) for n in group if n in natives}
        candidates = {n: c for n in group if (c := _candidate(program.words[n])) is not None}
        shrinking = True
        while shrinking:  # drop words that use anything a native word cannot
            shrinking = False
            for member in list(candidates):
                word = program.words[member]
                if not _native_body(word.definition.body, candidates, natives, word.typing):
                    del candidates[member]
                    shrinking = True
        for member in group:
            decision = candidates.get(member)
            if decision is not None:
                natives[member] = decision
            if decision != before.get(member):
                changed.add(member)
                # Its callers decided with what it was: they decide again.
                for caller in calls.callers.get(member, ()):
                    done.discard(caller)
                    pending.append(caller)
    return natives, changed


def _candidate(word: Word) -> NativeWord | None:
    """The native signature `word`'s effect allows, if any."""
    ins, in_base = items(word.effect.inputs)
    outs, out_base = items(word.effect.outputs)
    if (
        word.effect.yields is None
        and isinstance(in_base, Row)
        and in_base == out_base
        and in_base.name == "rest"
        and all(t in NATIVE_TYPES for t in (*ins, *outs))
        # More results come back through memory, where LLVM cannot keep a
        # musttail call (it aborts the process); such words stay general.
        and len(outs) <= 3
    ):
        return NativeWord(ins, outs)
    return None


def _native_body(
    body: list[ast.Statement], group: Mapping[str, NativeWord], natives: Mapping[str, NativeWord],
    typing: Typing,
) -> bool:
    """Whether `body` uses only what a native word can: calls to the
    candidates of its own group, and to words decided native outside it."""
    for i, stmt in enumerate(body):
        if isinstance(stmt, ast.IntLit | ast.FloatLit | ast.BoolLit):
            continue
        literal_before = i > 0 and isinstance(body[i - 1], ast.IntLit)
        if isinstance(stmt, ast.WordCall) and stmt.name in ("pick", "roll") and literal_before:
            continue  # a literal index moves values at compile time
        if isinstance(stmt, ast.If):
            if not _native_body(stmt.then_body, group, natives, typing):
                return False
            if stmt.else_body and not _native_body(stmt.else_body, group, natives, typing):
                return False
            continue
        if isinstance(stmt, ast.WordCall):
            name = typing.resolved(stmt)
            if name in NATIVE_OPS or name in group or name in natives:
                continue
        return False
    return True
