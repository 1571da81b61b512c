"""Every kind of heap object (runtime/layout.py `KINDS`) is known wherever a
kind must be: adding one without teaching a place fails here, naming it.

The places: the host shows it (live/values.py), `seq_rt_release` drops what
it holds (runtime/core.py), and a value of it made by Seq code is shown as
that kind — which needs an example below, so a new kind fails until it has
one."""

from __future__ import annotations

import re

import llvmlite.binding as llvm
import pytest
from seqrun import SeqRunner

from seqjit.live.values import KIND_TYPES
from seqjit.runtime.layout import KINDS, ObjectKind
from seqjit.runtime.library import build_runtime_ir, import_parts

import_parts()  # every part declares the kinds whose payload it owns

# Code leaving one value of each kind on the stack.
EXAMPLES = {
    "float": "1.5",
    "string": '"text"',
    "symbol": ":sym",
    "variant": "list.make 1 list.push",
    "map": 'map.make "k" 1 map.set',
    "closure": ": adder ( Int -- Closure[Int -- Int] ) [ i.+ ] ; 5 adder",
    "channel": "chan.make",
    "weave": "[ drop 1 chan.yield drop ] strand.weave",
}


def kinds() -> list[ObjectKind]:
    return sorted(KINDS.values(), key=lambda k: k.code)


def released_kinds() -> set[int]:
    """The kinds seq_rt_release's switch has a case for."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    module = llvm.parse_assembly(build_runtime_ir())
    text = str(module.get_function("seq_rt_release"))
    switch = re.search(r"switch i64 [^\[]*\[(.*?)\]", text, re.S)
    assert switch, "seq_rt_release dispatches on the kind with a switch"
    return {int(n) for n in re.findall(r"i64 (-?\d+), label", switch.group(1))}


@pytest.mark.parametrize("kind", kinds(), ids=lambda k: k.name)
def test_the_host_shows_every_kind(kind: ObjectKind) -> None:
    assert kind.name in KIND_TYPES, f"live/values.py KIND_TYPES lacks {kind.name!r}"


def test_release_drops_what_each_kind_holds() -> None:
    handled = released_kinds()
    for kind in kinds():
        if kind.holds_values:
            assert kind.code in handled, (
                f"seq_rt_release (runtime/core.py) does not drop what a {kind.name} holds")


@pytest.mark.parametrize("kind", kinds(), ids=lambda k: k.name)
def test_a_value_of_every_kind_is_shown_as_it(seq: SeqRunner, kind: ObjectKind) -> None:
    assert kind.name in EXAMPLES, f"no example of a {kind.name} in {__name__}.EXAMPLES"
    result = seq.run(EXAMPLES[kind.name])
    assert result.error is None, result.error
    assert result.kinds[-1] == kind.name
