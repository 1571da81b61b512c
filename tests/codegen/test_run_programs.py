"""Programs compiled and run as `seqrepl FILE.seq` runs them: their output
in this process (the `seq` fixture); exit codes, arguments and refusal in a
process of their own, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from seqrun import SeqRunner


def run(tmp_path: Path, source: str, *args: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "prog.seq"
    path.write_text(source)
    return subprocess.run(
        [sys.executable, "-m", "seqrepl", str(path), *args],
        capture_output=True, text=True, timeout=120,
    )


CASES = [
    ("arith", ": main ( -- ) 7 6 i.* 2 i.- int->string io.write-line ;", "40\n"),
    ("wrap63", ": main ( -- ) 4611686018427387903 1 i.+ int->string io.write-line ;",
     "-4611686018427387904\n"),
    ("divzero", ": main ( -- ) 7 0 i./ [ int->string ] [ drop \"none\" ] if io.write-line ;",
     "none\n"),
    ("floats", ": main ( -- ) 0.1 0.2 f.+ float->string io.write-line "
     "1.0 float->string io.write-line 1e21 float->string io.write-line ;",
     "0.30000000000000004\n1\n1000000000000000000000\n"),
    ("classic-if", ": sign ( Int -- String ) dup 0 i.< if drop \"neg\" else 0 i.> if \"pos\" "
     "else \"zero\" then then ; : main ( -- ) -3 sign io.write 0 sign io.write 9 sign "
     "io.write-line ;", "negzeropos\n"),
    ("sugar", ": main ( -- ) 2 3 + 4 * int->string \"x\" \"y\" + string.concat io.write-line ;",
     "20xy\n"),
    ("closure", ": adder ( Int -- Closure[Int -- Int] ) [ i.+ ] ; "
     ": main ( -- ) 10 5 adder call int->string io.write-line ;", "15\n"),
    ("union", "union Shape { Sq { s: Int } Re { w: Int, h: Int } } "
     ": area ( Shape -- Int ) match Sq -> dup i.* Re { >w >h } -> i.* end ; "
     ": main ( -- ) 3 Make-Sq area 2 5 Make-Re area i.+ int->string io.write-line ;",
     "19\n"),
    ("aux", ": f ( Int Int -- Int ) >aux 10 i.* aux> i.+ ; "
     ": main ( -- ) 4 2 f int->string io.write-line ;", "42\n"),
    ("combinators", ": p ( Int -- ) int->string io.write ; "
     ": main ( -- ) 1 2 [ 10 i.* ] dip i.+ p 5 [ 3 i.+ ] keep i.* p "
     "4 [ 1 i.+ ] [ 2 i.* ] bi i.+ p \"\" io.write-line ;", "124013\n"),
    ("if-on-values", ": choose ( Bool -- [ Int -- Int ] ) [ [ 1 i.+ ] ] [ [ 2 i.* ] ] if ; "
     ": main ( -- ) 10 true choose call 10 false choose call i.+ int->string io.write-line ;",
     "31\n"),
    ("cond", ": classify ( Int -- String ) [ dup 0 i.< ] [ drop \"neg\" ] "
     "[ dup 0 i.= ] [ drop \"zero\" ] [ true ] [ drop \"pos\" ] 3 cond ; "
     ": main ( -- ) -5 classify io.write 0 classify io.write 7 classify io.write-line ;",
     "negzeropos\n"),
    ("pick-roll", ": dyn ( Int Int Int Int -- Int Int Int Int Int ) dup 2 i.- pick ; "
     ": p ( Int -- ) int->string io.write ; "
     ": main ( -- ) 1 2 3 2 pick p p p p 7 8 9 2 roll p p p 10 20 30 3 dyn p p p p p "
     "\"\" io.write-line ;", "1321798303302010\n"),
]


@pytest.mark.parametrize(("name", "source", "expected"), CASES, ids=[c[0] for c in CASES])
def test_program_output(seq: SeqRunner, name: str, source: str, expected: str) -> None:
    result = seq.run_program(source)
    assert result.stderr == ""
    assert result.stdout == expected
    assert result.returncode == 0


def test_main_returning_int_is_the_exit_code_and_args_are_seen(tmp_path: Path) -> None:
    source = ": main ( -- Int ) args.count int->string io.write-line 1 args.at io.write-line 7 ;"
    result = run(tmp_path, source, "hello")
    assert result.stdout == "2\nhello\n"
    assert result.returncode == 7


def test_a_program_that_does_not_type_check_does_not_run(tmp_path: Path) -> None:
    result = run(tmp_path, ': main ( -- ) "hi" io.write-line 1 "x" i.+ drop ;')
    assert result.returncode == 1
    assert result.stdout == ""
    assert "type error" in result.stderr


def test_deep_tail_recursion_runs_in_constant_native_stack(seq: SeqRunner) -> None:
    source = (": count ( Int Int -- Int ) over 0 i.= if nip else swap 1 i.- swap 1 i.+ "
              "count then ; : main ( -- ) 10000000 0 count int->string io.write-line ;")
    result = seq.run_program(source)
    assert result.stdout == "10000000\n"
