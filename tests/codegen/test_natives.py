"""Native-signature decisions made entry by entry, as a REPL makes them,
agree with deciding over the whole program at once; a word's decision
follows its callees' (a native word calls only native words)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from seqjit.codegen.natives import decide
from seqjit.diagnostics import Source
from seqjit.syntax.parser import parse
from seqjit.types.program import CheckedProgram, extend

NAMES = ["a", "b", "c", "d"]
BODIES = [
    ("( Int -- Int )", "1 i.+"),
    ("( Int -- Int )", "{callee} 1 i.+"),
    ("( Int -- Int )", "dup 0 i.> if 1 i.- {callee} else 1 i.+ then"),  # recursion, maybe
    ("( Int -- Int )", "[ 1 i.+ ] call"),  # a quotation: never native
    ("( Int -- Int )", "{callee} [ 1 i.+ ] call"),
    ("( T -- T )", ""),  # generic: never native
    ("( Int Int -- Int )", "i.+"),
]

definitions = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(BODIES), st.sampled_from(NAMES)),
    min_size=1, max_size=10,
)


@settings(max_examples=100, deadline=None)
@given(definitions)
def test_decided_entry_by_entry_they_agree_with_the_whole_program(
    history: list[tuple[str, tuple[str, str], str]],
) -> None:
    program = CheckedProgram()
    natives: dict = {}
    for name, (effect, body), callee in history:
        text = f": {name} {effect} {body.format(callee=callee)} ;"
        extended = extend(program, [parse(Source("<entry>", text))])
        if not extended.ok:
            continue  # refused, as a REPL refuses it: nothing changes
        program = extended
        changed = [*program.defined, *program.redefined, *program.rechecked]
        natives, _ = decide(program, natives, changed)
        assert natives == decide(program, {}, program.words)[0], text


def test_a_word_that_stops_being_native_takes_its_callers_with_it() -> None:
    program = CheckedProgram()
    natives: dict = {}
    flipped: set[str] = set()
    for text in [": a ( Int -- Int ) 1 i.+ ;", ": b ( Int -- Int ) a 1 i.+ ;",
                 ": c ( Int -- Int ) b ;", ": a ( Int -- Int ) [ 1 i.+ ] call ;"]:
        program = extend(program, [parse(Source("<entry>", text))])
        natives, flipped = decide(program, natives, [*program.defined, *program.redefined])
    assert natives == {} and flipped == {"a", "b", "c"}
