"""The probe `~~` ( ..a -- ..a ): one line with the stack and each value's
type where it runs, the stack left as it was."""

from __future__ import annotations


def test_probe_prints_the_stack_with_types_and_keeps_it(seq) -> None:
    ran = seq.run('1 "two" ~~ drop 2 i.+')
    assert ran.error is None
    assert ran.output == '~~ <entry 1>:1:9: 1:Int "two":String\n'
    assert ran.stack == "3"


def test_probe_inside_a_word_names_it_and_its_static_types(seq) -> None:
    ran = seq.run(': f ( Int -- Int ) ~~ 1 i.+ ~~ ;\n"below" 41 f')
    assert ran.error is None
    lines = ran.output.splitlines()
    assert lines == ['~~ <entry 1>:1:20 (f): "below":String 41:Int',
                     '~~ <entry 1>:1:29 (f): "below":String 42:Int']
    assert ran.stack == '"below" 42'


def test_probe_shows_declared_types_and_an_empty_stack(seq) -> None:
    ran = seq.run(": g ( -- ) ~~ ;\ng [ 1 2 ] ~~ drop")
    assert ran.output.splitlines() == [
        "~~ <entry 1>:1:12 (g): (empty)",
        "~~ <entry 1>:2:11: <quotation>:[..input -- ..input Int Int]"]


def test_probe_in_a_loop_prints_each_time(seq) -> None:
    ran = seq.run(": down ( Int -- ) dup 0 i.> [ ~~ 1 i.- down ] [ drop ] if ;\n2 down")
    assert ran.error is None
    assert [line.split(": ", 1)[1] for line in ran.output.splitlines()] == ["2:Int", "1:Int"]


def test_probe_in_a_program(seq) -> None:
    done = seq.run_program(': main ( -- ) 7 "x" ~~ drop drop ;')
    assert done.returncode == 0
    assert done.stdout == '~~ prog.seq:1:21 (main): 7:Int "x":String\n'
