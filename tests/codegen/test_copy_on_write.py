"""Copy-on-write of lists, counted: the runtime counts every variant object
it copies (`seq_variant_copies`), so an update of a list nobody else holds
can be shown never to copy, and one of a shared list to copy once."""

from __future__ import annotations

from seqrun import SeqRunner

from seqjit.runtime.bindings import global_word

BUILD = """
: build ( Int V Int -- V )
  dup 3 pick i.>= if drop nip else dup rot swap list.push swap 1 i.+ build then ;
"""


def copies(seq: SeqRunner, program: str) -> tuple[str, int]:
    """What `program` printed and how many list copies it made."""
    counter = global_word(seq.session.engine, "seq_variant_copies")
    before = counter.value
    done = seq.run_program(BUILD + program)
    assert done.returncode == 0, done.stderr
    return done.stdout, counter.value - before


def test_pushes_onto_an_unshared_list_never_copy(seq: SeqRunner) -> None:
    out, made = copies(seq, ": main ( -- ) 100000 list.make 0 build list.length "
                            "int->string io.write-line ;")
    assert (out, made) == ("100000\n", 0)


def test_a_push_onto_a_shared_list_copies_it_once(seq: SeqRunner) -> None:
    out, made = copies(seq, ": main ( -- ) 1000 list.make 0 build dup 7 list.push "
                            "list.length int->string io.write-line "
                            "list.length int->string io.write-line ;")
    assert (out, made) == ("1001\n1000\n", 1)


def test_inlined_map_filter_fold_of_an_unshared_list_work_in_place(seq: SeqRunner) -> None:
    program = (": main ( -- ) 1000 list.make 0 build [ 3 i.* ] list.map "
               "[ 2 i.% drop 0 i.= ] list.filter 0 [ i.+ ] list.fold "
               "int->string io.write-line ;")
    out, made = copies(seq, program)
    assert (out, made) == (f"{sum(3 * i for i in range(1000) if i % 2 == 0)}\n", 0)
