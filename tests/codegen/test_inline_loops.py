"""list.map, list.filter, list.fold and list.each compile a quotation
literal's body into a loop in the calling word (builtins/collections/
inline.py, codegen/loops.py): no call to the runtime's combinator, and over
a chunk of Ints a loop LLVM vectorises."""

from __future__ import annotations

import llvmlite.binding as llvm
import pytest
from seqrun import SeqRunner

from seqjit.codegen.program import ProgramCompiler
from seqjit.live.engine import Engine
from seqjit.types.sources import check_source

SOURCE = """
: doubled ( V -- V ) [ 2 i.* ] list.map ;
: evens ( V -- V ) [ 2 i.% drop 0 i.= ] list.filter ;
: total ( V -- Int ) 0 [ i.+ ] list.fold ;
: show ( V -- ) [ int->string io.write-line ] list.each ;
: called ( V [Int -- Int] -- V ) list.map ;
"""


@pytest.fixture(scope="module")
def optimised() -> llvm.ModuleRef:
    program = check_source(SOURCE)
    assert program.ok, [e.render() for e in program.errors]
    compiler = ProgramCompiler(program)
    text = compiler.compile()
    assert not compiler.errors
    return llvm.parse_assembly(Engine().optimised_ir(text))


@pytest.mark.parametrize("word, combinator", [
    ("doubled", "seq_rt_list_map"), ("evens", "seq_rt_list_filter"),
    ("total", "seq_rt_list_fold"), ("show", "seq_rt_list_each"),
])
def test_a_literal_quotation_is_compiled_into_the_loop(
    optimised: llvm.ModuleRef, word: str, combinator: str
) -> None:
    body = str(optimised.get_function(f"seq.w.{word}"))
    assert combinator not in body


def test_a_fold_of_ints_is_vectorised(optimised: llvm.ModuleRef) -> None:
    assert "x i64>" in str(optimised.get_function("seq.w.total"))


def test_a_quotation_value_is_called_by_the_runtime(optimised: llvm.ModuleRef) -> None:
    assert "seq_rt_list_map" in str(optimised.get_function("seq.w.called"))


def test_an_element_of_the_wrong_kind_is_the_body_s_runtime_error(seq: SeqRunner) -> None:
    done = seq.run_program(
        ': main ( -- ) list.make 1 list.push "a" list.push [ 2 i.* ] list.map drop ;')
    assert done.returncode != 0
    assert "i.*: expected Int" in done.stderr
