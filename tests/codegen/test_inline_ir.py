"""Stack ops and Int arithmetic compile inline: no calls in their IR, but
for the runtime error on the cold path of a tag check: the general version
reads its arguments from the data stack, where the checker cannot prove
them Ints (codegen/tags.py)."""

from __future__ import annotations

import re

import llvmlite.binding as llvm

from seqjit.codegen.program import ProgramCompiler
from seqjit.live.engine import Engine
from seqjit.types.sources import check_source

SOURCE = """
: mix ( Int Int -- Int Int )
  dup rot swap over i.+ 3 i.* swap 7 i.- tuck i.* 2dup i.< if drop else swap drop then
  5 band 1 bor 2 i.+ ;
: caller ( Int -- Int ) 2 mix i.+ ;
"""


def optimised_function(name: str) -> str:
    program = check_source(SOURCE)
    assert program.ok, [e.render() for e in program.errors]
    compiler = ProgramCompiler(program)
    text = compiler.compile()
    assert not compiler.errors
    module = llvm.parse_assembly(Engine().optimised_ir(text))
    return str(module.get_function(name))


def test_a_word_of_literals_shuffles_and_int_arithmetic_has_no_call() -> None:
    for fn in ("seq.n.mix", "seq.w.mix"):
        body = optimised_function(fn)
        # LLVM may turn a branch into an intrinsic (llvm.smin): an instruction, not a call.
        assert not re.search(r"\bcall\b(?!.*@(llvm\.|seq_rt_panic\b))", body), body
    assert "seq_rt_panic" not in optimised_function("seq.n.mix")  # its arguments are Ints


def test_a_native_caller_inlines_or_calls_the_native_version() -> None:
    body = optimised_function("seq.n.caller")
    assert "seq.w." not in body
