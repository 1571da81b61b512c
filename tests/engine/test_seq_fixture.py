"""The `seq` fixture the builtin tests stand on (tests/seqrun.py): it gives
what `seqrepl` would, and one program never leaks into the next."""

from __future__ import annotations

from seqrun import Completed, Ran, SeqRunner


def test_a_snippet_gives_its_output_stack_and_error(seq: SeqRunner) -> None:
    assert seq.run('1 2 i.+ "a\\n" io.write :s') == Ran("a\n", "3 :s", None, ("int", "symbol"))
    failed = seq.run("1 nosuch")
    assert failed.stack == "" and failed.error is not None and "nosuch" in failed.error


def test_snippets_do_not_share_words_or_stack(seq: SeqRunner) -> None:
    assert seq.run(": seven ( -- Int ) 7 ; seven").stack == "7"
    assert seq.run("seven").error is not None


def test_a_program_gives_what_seqrepl_would(seq: SeqRunner) -> None:
    source = ': main ( -- Int ) "hi" io.write-line 1 args.at io.write-line 5 ;'
    assert seq.run_program(source, ["arg"]) == Completed("hi\narg\n", "", 5)
    refused = seq.run_program(': main ( -- ) 1 "x" i.+ drop ;')
    assert refused.returncode == 1 and refused.stdout == ""
    assert "type error" in refused.stderr
    failed = seq.run_program(': main ( -- ) "out" io.write-line -1 args.at drop ;')
    assert failed.stdout == "out\n" and failed.returncode == 1
    assert "runtime error" in failed.stderr
    assert "no 'main'" in seq.run_program(": f ( -- ) ;").stderr


def test_programs_with_the_same_words_do_not_clash(seq: SeqRunner) -> None:
    for n in (1, 2):
        source = f": f ( -- Int ) {n} ; : main ( -- ) f int->string io.write-line ;"
        assert seq.run_program(source).stdout == f"{n}\n"


def test_a_deadlocked_program_leaves_nothing_behind(seq: SeqRunner) -> None:
    stuck = seq.run_program(": main ( -- ) chan.make [ chan.receive drop drop ] "
                            "strand.spawn drop drop ;")
    assert stuck.returncode == 1 and "deadlock" in stuck.stderr
    assert seq.session.scheduler.strands() == []
    assert seq.run_program(': main ( -- ) "next" io.write-line ;') == Completed("next\n", "", 0)
