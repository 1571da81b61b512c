"""A recursive native word inlines its own non-tail calls a few levels deep
(codegen/selfinline.py): only the innermost copies call, and the function
polls once, at entry."""

from __future__ import annotations

import re
import threading

from seqjit.codegen.probe import WordProbe
from seqjit.codegen.program import ProgramCompiler
from seqjit.codegen.selfinline import MAX_LEVELS, self_inline_levels
from seqjit.live.session import Session
from seqjit.types.sources import check_source

FIB = ": fib ( Int -- Int ) dup 2 i.< if else dup 1 i.- fib swap 2 i.- fib i.+ then ;\n"
LOOP = ": down ( Int -- Int ) dup 0 i.> if 1 i.- down then ;\n"


def native_ir(source: str, word: str, probe: WordProbe | None = None) -> str:
    """The unoptimised IR of `word`'s native-signature function."""
    program = check_source(source)
    assert program.ok, [e.render() for e in program.errors]
    compiler = ProgramCompiler(program, probe=probe)
    module = compiler.compile()
    assert not compiler.errors
    start = module.index(f'@"seq.n.{word}"(')
    return module[start : module.index("\n}", start)]


def self_calls(body: str, word: str) -> int:
    return len(re.findall(rf'call \w+ @"seq\.n\.{word}"', body))


def test_fib_calls_itself_only_from_the_innermost_copies() -> None:
    body = native_ir(FIB, "fib")
    # Two calls per copy; the copies at the last level (2**MAX_LEVELS) make them.
    assert self_calls(body, "fib") == 2 * 2**MAX_LEVELS
    assert body.count("llvm.stacksave") == 1  # one poll, at entry


def test_a_tail_call_stays_a_loop() -> None:
    body = native_ir(LOOP, "down")
    assert self_calls(body, "down") == 1 and "musttail" in body


def test_profiling_counts_real_calls_so_nothing_is_inlined() -> None:
    assert self_calls(native_ir(FIB, "fib", WordProbe("p")), "fib") == 2


def test_a_big_body_gets_fewer_levels() -> None:
    big = ": big ( Int -- Int ) dup 2 i.< if else " + "1 i.+ " * 60 + "1 i.- big then ;\n"
    program = check_source(FIB + big)
    fib, big_word = program.words["fib"], program.words["big"]
    assert self_inline_levels("fib", fib.definition.body, fib.typing) == MAX_LEVELS
    assert self_inline_levels("big", big_word.definition.body, big_word.typing) < MAX_LEVELS


def test_ctrl_c_stops_an_inlined_recursion_and_deep_ones_overflow_cleanly() -> None:
    # Each real call still polls: an interrupt stops hours of `60 fib`.
    session = Session()
    assert session.eval(FIB + "7").ok
    timer = threading.Timer(0.3, session.interrupt)
    timer.start()
    result = session.eval("60 fib")
    timer.join()
    assert [e.message for e in result.errors] == ["interrupted"]
    deep = ": deep ( Int -- Int ) dup 0 i.= if else dup 1 i.- deep i.- then ;"
    assert session.eval(deep).ok
    assert [e.message for e in session.eval("10000000 deep").errors] == ["stack overflow"]
    assert [v.text for v in session.world.stack()] == ["7"]
