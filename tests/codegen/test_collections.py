"""Lists, maps and variant updates, compiled and run as `seqrepl FILE.seq`
runs them (in this process, by the `seq` fixture); leak checks in processes
of their own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from seqrun import Completed, SeqRunner

PRELUDE = """
: p ( Int -- ) int->string io.write " " io.write ;
: nl ( -- ) "" io.write-line ;
: flag ( Bool -- ) [ "T " ] [ "F " ] if io.write ;
: show ( Variant -- ) [ p ] list.each nl ;
: sshow ( Variant -- ) [ io.write " " io.write ] list.each nl ;
: range-into ( Variant Int Int -- Variant )
  over over i.< if >aux dup >aux list.push aux> 1 i.+ aux> range-into else drop drop then ;
: range ( Int -- Variant ) list.make 0 rot range-into ;
"""


def run(seq: SeqRunner, source: str) -> Completed:
    return seq.run_program(PRELUDE + source)


CASES = [
    ("make-push-length",
     "list.make dup list.length p dup list.empty? flag "
     "1 list.push 2 list.push 3 list.push dup list.length p dup list.empty? flag nl show",
     "0 T 3 F \n1 2 3 \n"),
    ("get",
     "3 range dup 0 list.get flag p dup 2 list.get flag p dup 3 list.get flag p "
     "dup -1 list.get flag p nl drop",
     "T 0 T 2 F 0 F 0 \n"),
    ("first-last",
     "3 range dup list.first flag p dup list.last flag p "
     "list.make dup list.first flag p list.last flag p nl drop",
     "T 0 T 2 F 0 F 0 \n"),
    ("set",
     "3 range dup 1 99 list.set flag show show "
     "3 range 3 7 list.set flag show 3 range -1 7 list.set flag show "
     "3 range 0 5 list.set drop show "
     "list.make \"a\" list.push \"b\" list.push 1 \"c\" list.set drop sshow",
     "T 0 99 2 \n0 1 2 \nF 0 1 2 \nF 0 1 2 \n5 1 2 \na c \n"),
    ("push-copies-a-shared-list",
     "3 range dup 3 list.push show show "
     "3 range dup 9 variant.append show show",
     "0 1 2 3 \n0 1 2 \n0 1 2 9 \n0 1 2 \n"),
    ("reverse",
     "4 range dup list.reverse show show 5 range list.reverse show "
     "list.make list.reverse show",
     "3 2 1 0 \n0 1 2 3 \n4 3 2 1 0 \n\n"),
    ("map",
     "4 range [ 10 i.* ] list.map show 4 range dup [ 1 i.+ ] list.map show show "
     "3 range [ int->string \"!\" string.concat ] list.map sshow "
     "list.make [ 1 i.+ ] list.map list.length p nl",
     "0 10 20 30 \n1 2 3 4 \n0 1 2 3 \n0! 1! 2! \n0 \n"),
    ("filter",
     "10 range [ 3 i.% drop 0 i.= ] list.filter show "
     "6 range dup [ 2 i.% drop 1 i.= ] list.filter show show "
     "3 range [ int->string ] list.map [ \"1\" string.equal? not ] list.filter sshow "
     "3 range [ drop false ] list.filter list.length p nl",
     "0 3 6 9 \n1 3 5 \n0 1 2 3 4 5 \n0 2 \n0 \n"),
    ("fold",
     "5 range 0 [ i.+ ] list.fold p "
     "3 range [ int->string ] list.map \"\" [ string.concat ] list.fold io.write \" \" io.write "
     "3 range dup 100 [ i.+ ] list.fold p list.make 42 [ i.+ ] list.fold p nl show",
     "10 012 103 42 \n0 1 2 \n"),
    ("each",
     "3 range [ p ] list.each nl 3 range dup [ 10 i.+ p ] list.each show "
     "list.make [ p ] list.each nl",
     "0 1 2 \n10 11 12 0 1 2 \n\n"),
    ("captures",
     # values below the quotation are captured into it, pushed on top of its arguments
     "3 range 0 10 [ >aux aux> i.* i.+ ] list.fold p "
     "3 range 100 [ i.+ ] list.map show "
     "5 range 3 [ i.< ] list.filter show "
     "3 range 0 1 2 [ swap 10 i.* i.+ nip i.+ ] list.fold p "
     "3 range 0 list.make 7 list.push 8 list.push 9 list.push "
     "[ swap list.get drop i.+ ] list.fold p "
     "3 range [ int->string ] list.map \"-\" [ string.concat ] list.map sshow "
     "map.make 1 10 map.set 2 20 map.set 5 [ i.* i.+ p ] map.each "
     "map.make 1 10 map.set 2 20 map.set 0 2 [ i.* i.+ i.+ ] map.fold p nl",
     "30 100 101 102 \n0 1 2 \n36 24 0- 1- 2- \n51 102 63 \n"),
    ("closure-words",
     ": adder ( Int -- Closure[Int -- Int] ) [ i.+ ] ; "
     ": main ( -- ) 3 range 5 adder list.map show ;",
     "5 6 7 \n"),
    ("variants-as-sequences",
     "1 2 :Pair variant.make-2 3 variant.append dup variant.field-count p "
     "dup variant.first p dup variant.last p dup variant.init dup variant.field-count p "
     "variant.last p variant.tag :Pair symbol.= flag nl "
     "list.make variant.tag :List symbol.= flag "
     "3 range [ 1 i.+ ] list.map variant.tag :List symbol.= flag "
     "list.make 5 list.push 0 variant.field-at p nl "
     "1 2 :Pair variant.make-2 [ 10 i.* ] list.map dup variant.tag :Pair symbol.= flag show "
     "1 2 3 :T variant.make-3 dup variant.init variant.field-count p variant.field-count p nl",
     "3 1 3 2 2 T \nT T 5 \nT 10 20 \n2 3 \n"),
    ("nested",
     "list.make 2 range list.push 3 range list.push dup 1 list.get drop show "
     "[ list.length ] list.map show "
     "map.make \"xs\" 3 range map.set \"xs\" map.get drop show",
     "0 1 2 \n2 3 \n0 1 2 \n"),
    ("floats",
     "list.make 1.5 list.push 2.25 list.push dup 1 list.get drop float->string io.write-line "
     "[ 2.0 f.* ] list.map 0.0 [ f.+ ] list.fold float->string io.write-line "
     "map.make \"pi\" 3.5 map.set \"pi\" map.get drop float->string io.write-line",
     "2.25\n7.5\n3.5\n"),
    ("map-basics",
     "map.make dup map.size p dup map.empty? flag "
     "\"a\" 1 map.set \"b\" 2 map.set \"c\" 3 map.set "
     "dup map.size p dup map.empty? flag dup \"b\" map.get flag p dup \"zz\" map.get flag p "
     "dup \"a\" map.has? flag dup \"q\" map.has? flag "
     "\"b\" map.remove dup map.size p dup \"b\" map.has? flag "
     "\"nope\" map.remove map.size p nl",
     "0 T 3 F T 2 F 0 T F 2 F 2 \n"),
    ("map-key-kinds",
     # Int 1, true, "1", false and Int 0 are five different keys
     "map.make 1 \"int\" map.set true \"bool\" map.set \"1\" \"str\" map.set "
     "false \"no\" map.set 0 \"zero\" map.set dup map.size p "
     "dup 1 map.get drop io.write \" \" io.write dup true map.get drop io.write \" \" io.write "
     "dup \"1\" map.get drop io.write \" \" io.write dup false map.get drop io.write "
     "\" \" io.write 0 map.get drop io.write-line",
     "5 int bool str no zero\n"),
    ("map-overwrite",
     "map.make \"k\" 1 map.set \"k\" 2 map.set dup map.size p \"k\" map.get drop p nl",
     "1 2 \n"),
    ("map-copy-on-write",
     "map.make \"a\" 1 map.set dup \"b\" 2 map.set map.size p dup map.size p "
     "dup \"a\" 9 map.set \"a\" map.get drop p dup \"a\" map.get drop p "
     "dup \"a\" map.remove map.size p map.size p nl",
     "2 1 9 1 0 1 \n"),
    ("map-insertion-order",
     # seqjit's documented choice; the reference leaves the order unspecified
     "map.make \"z\" 1 map.set \"a\" 2 map.set \"m\" 3 map.set \"a\" 20 map.set "
     "\"z\" map.remove \"z\" 100 map.set dup map.keys sshow dup map.values show "
     "dup [ swap io.write \"=\" io.write p ] map.each nl "
     "\"\" [ drop string.concat ] map.fold io.write-line",
     "a m z \n20 3 100 \na=20 m=3 z=100 \namz\n"),
    ("map-large",
     ": squares ( M Int Int -- M ) over over i.< if >aux dup >aux dup dup i.* map.set "
     "aux> 1 i.+ aux> squares else drop drop then ; "
     ": drop-evens ( M Int Int -- M ) over over i.< if >aux dup >aux map.remove "
     "aux> 2 i.+ aux> drop-evens else drop drop then ; "
     ": skeys ( M Int -- M ) dup 0 i.> if 1 i.- dup >aux dup int->string \"k\" swap "
     "string.concat swap map.set aux> skeys else drop then ; "
     ": main ( -- ) map.make 0 10000 squares dup map.size p "
     "dup 0 [ nip i.+ ] map.fold p dup 9999 map.get drop p "
     "0 10000 drop-evens dup map.size p dup 10 map.has? flag dup 9999 map.get drop p "
     "dup map.keys 0 [ i.+ ] list.fold p nl drop "
     "map.make 1000 skeys dup map.size p dup \"k500\" map.get drop p \"k1000\" map.has? flag "
     "nl ;",
     "10000 333283335000 99980001 5000 F 99980001 25000000 \n1000 500 F \n"),
    ("push-many",
     ": fill ( Variant Int -- Variant ) dup 0 i.> if 1 i.- dup >aux list.push aux> fill "
     "else drop then ; "
     ": sfill ( Variant Int -- Variant ) dup 0 i.> if 1 i.- dup >aux int->string list.push "
     "aux> sfill else drop then ; "
     ": main ( -- ) list.make 100000 fill dup list.length p 0 [ i.+ ] list.fold p "
     "list.make 20000 sfill dup list.length p dup 0 list.get drop io.write \" \" io.write "
     "list.last drop io.write-line ;",
     "100000 4999950000 20000 19999 0\n"),
]


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_collection_builtins(seq: SeqRunner, name: str, body: str, expected: str) -> None:
    source = body if body.lstrip().startswith(":") else f": main ( -- ) {body} ;"
    result = run(seq, source)
    assert result.stderr == ""
    assert result.stdout == expected
    assert result.returncode == 0


ERRORS = [
    (":A variant.make-0 variant.first drop", "variant.first: variant has no fields"),
    (":A variant.make-0 variant.last drop", "variant.last: variant has no fields"),
    (":A variant.make-0 variant.init drop", "variant.init: variant has no fields"),
    ("1 :A variant.make-1 1 variant.field-at drop", "variant.field-at: index out of range"),
    ("map.make 1.5 1 map.set drop", "map.set: key must be Int, String, or Bool"),
    ("map.make :sym map.has? drop", "map.has?: key must be Int, String, or Bool"),
    ("map.make list.make map.get drop drop", "map.get: key must be Int, String, or Bool"),
    ("42 list.length drop", "list.length: expected Variant"),
    ("\"text\" 0 list.get drop drop", "list.get: expected Variant"),
    ("map.make [ drop ] list.each", "list.each: expected Variant"),
    ("list.make map.size drop", "map.size: expected Map"),
    ("3 \"k\" 1 map.set drop", "map.set: expected Map"),
]


@pytest.mark.parametrize(("body", "message"), ERRORS, ids=[m.split(":")[0] + "-" + str(i)
                                                          for i, (_, m) in enumerate(ERRORS)])
def test_runtime_errors(seq: SeqRunner, body: str, message: str) -> None:
    result = run(seq, f': main ( -- ) "before" io.write-line {body} "after" io.write-line ;')
    assert result.stdout == "before\n"
    assert message in result.stderr
    assert result.returncode != 0


LIST_ROUNDS = """
: fill ( Variant Int -- Variant )
  dup 0 i.> if dup int->string rot swap list.push swap 1 i.- fill else drop then ;
: round ( -- )
  list.make 1000 fill
  dup 5 "y" list.set drop drop  dup list.reverse drop  dup "z" list.push drop
  dup [ "x" string.concat ] list.map drop  dup [ drop true ] list.filter drop
  dup variant.init drop  dup 0 [ drop 1 i.+ ] list.fold drop  dup [ drop ] list.each
  list.reverse [ "x" string.concat ] list.map [ "7x" string.equal? not ] list.filter
  variant.init 5 "q" list.set drop dup list.first drop drop dup list.last drop drop
  dup 0 [ drop 1 i.+ ] list.fold drop [ drop ] list.each ;
"""

MAP_ROUNDS = """
: fill ( M Int -- M )
  dup 0 i.> if dup dup int->string rot >aux map.set aux> 1 i.- fill else drop then ;
: sfill ( M Int -- M )
  dup 0 i.> if dup >aux dup int->string swap map.set aux> 1 i.- sfill else drop then ;
: unfill ( M Int -- M )
  dup 0 i.> if dup >aux map.remove aux> 2 i.- unfill else drop then ;
: round ( -- )
  map.make 1000 fill
  dup 7 "shared" map.set drop  dup 8 map.remove drop  dup map.keys drop  dup map.values drop
  dup 0 [ drop drop 1 i.+ ] map.fold drop  dup [ drop drop ] map.each
  dup 5 map.get drop drop  1000 unfill 3 "again" map.set drop
  map.make 1000 sfill "17" map.remove 0 [ drop drop 1 i.+ ] map.fold drop ;
"""

# The rounds come from the argument count, so that every run is the same program.
DRIVER = """
: rounds ( Int -- ) dup 0 i.> if round 1 i.- rounds else drop then ;
: main ( -- ) args.count dup i.* 25 i.* rounds "done" io.write-line ;
"""

PEAK_RSS = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "seqrepl", *sys.argv[1:]], capture_output=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stdout.write(done.stdout.decode() + "|" + str(peak))
"""


def peak_rss_kb(path: Path, rounds: int) -> int:
    """Run `rounds` rounds (25 * argc^2) in a fresh parent, so that the
    children's peak RSS (VmHWM) is the program's own."""
    argc = round((rounds / 25) ** 0.5)
    assert 25 * argc * argc == rounds
    result = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path), *["x"] * (argc - 1)],
                            capture_output=True, text=True, timeout=300)
    out, peak = result.stdout.split("|")
    assert out == "done\n", result.stderr
    return int(peak)


@pytest.mark.slow
@pytest.mark.parametrize("source", [LIST_ROUNDS, MAP_ROUNDS], ids=["list", "map"])
def test_building_and_dropping_collections_does_not_leak(tmp_path: Path, source: str) -> None:
    """1000 elements built, copied, updated and dropped 10,000 times: the peak
    RSS is that of 100 rounds (a leak of one object per element would add
    hundreds of MB)."""
    path = tmp_path / "rounds.seq"
    path.write_text(source + DRIVER)
    peak_rss_kb(path, 100)  # the first run also compiles the program
    small = peak_rss_kb(path, 100)
    large = peak_rss_kb(path, 10_000)
    assert large - small < 8 * 1024, (small, large)
