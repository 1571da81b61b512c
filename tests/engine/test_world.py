"""The persistent world behind the REPL and notebooks: entries, the stack,
redefinition, and errors that change nothing."""

from __future__ import annotations

import pytest

from seqjit.live.session import Session
from seqjit.live.world import World


@pytest.fixture(scope="module")
def session() -> Session:
    return Session()


@pytest.fixture
def world(session: Session) -> World:
    return World(session.engine, session.scheduler)


def stack(world: World) -> str:
    return " ".join(v.text for v in world.stack())


def ok(world: World, text: str) -> None:
    result = world.eval(text)
    assert result.ok, [e.render() for e in result.errors]


def test_values_persist_and_show_as_the_reference_shows_them(world: World) -> None:
    ok(world, "1 2 i.+")
    ok(world, '"a\\nb" 1.5 2.0 f.* :sym true')
    assert stack(world) == '3 "a\\nb" 3 :sym true'
    assert [v.type for v in world.stack()] == ["Int", "String", "Float", "Symbol", "Bool"]


def test_definitions_and_code_mix_in_one_entry(world: World) -> None:
    result = world.eval(": sq ( Int -- Int ) dup i.* ;\n7 sq")
    assert result.ok and result.defined == ["sq"]
    assert stack(world) == "49"


def test_unions_and_match_across_entries(world: World) -> None:
    ok(world, "union Shape { Circle { r: Int } Sq { s: Int } }")
    ok(world, "3 Make-Circle dup")
    ok(world, "match Circle { >r } -> Sq -> end")
    assert stack(world) == ":Circle(3) 3"


def test_a_redefinition_reaches_existing_callers(world: World) -> None:
    ok(world, ": double ( Int -- Int ) 2 i.* ;")
    ok(world, ": quad ( Int -- Int ) double double ;")
    ok(world, "3 quad")
    result = world.eval(": double ( Int -- Int ) 10 i.* ;")
    assert result.redefined == ["double"]
    ok(world, "3 quad")
    assert stack(world) == "12 300"


def test_a_redefinition_that_breaks_a_caller_is_refused(world: World) -> None:
    ok(world, ": inc ( Int -- Int ) 1 i.+ ; : twice ( Int -- Int ) inc inc ;")
    result = world.eval(': inc ( Int -- String ) int->string ;')
    assert not result.ok
    assert "redefining 'inc' would break 'twice'" in result.errors[0].message
    ok(world, "1 twice")
    assert stack(world) == "3"


@pytest.mark.parametrize(
    "bad",
    ['"x" 1 i.+', ": f ( -- ) [ ;", "nosuchword", "1 0 variant.field-at",
     ": g ( -- Int ) 1 ; 1 2 Make-Nothing"],
)
def test_a_failing_entry_changes_nothing(world: World, bad: str) -> None:
    ok(world, ": keep-me ( -- Int ) 5 ; 10 20")
    result = world.eval(bad)
    assert not result.ok
    assert stack(world) == "10 20"
    ok(world, "keep-me")
    assert stack(world) == "10 20 5"


def test_a_runtime_error_is_reported_and_the_stack_kept(world: World) -> None:
    ok(world, "union U { A { x: Int } } 4 Make-A")
    result = world.eval("dup 7 variant.field-at")
    assert [e.kind for e in result.errors] == ["runtime error"]
    assert "index out of range" in result.errors[0].message
    assert stack(world) == ":A(4)"


def test_undo_and_clear(world: World) -> None:
    ok(world, "1")
    ok(world, "2 3")
    assert world.undo()
    assert stack(world) == "1"
    world.clear()
    assert stack(world) == ""
    assert world.undo()
    assert stack(world) == "1"


def test_an_interrupt_stops_a_runaway_entry_and_keeps_the_stack(world: World) -> None:
    import threading
    import time

    ok(world, ": spin ( Int -- Int ) 1 i.+ spin ; 42")
    timer = threading.Timer(0.2, world.interrupt)
    timer.start()
    started = time.perf_counter()
    result = world.eval("0 spin")
    assert time.perf_counter() - started < 30  # stopped, not spinning on (generous: loaded CI)
    assert [e.message for e in result.errors] == ["interrupted"]
    assert stack(world) == "42"
    ok(world, "1 i.+")
    assert stack(world) == "43"


def test_a_sleeping_entry_can_be_interrupted(world: World) -> None:
    import threading

    ok(world, "5")
    timer = threading.Timer(0.2, world.interrupt)
    timer.start()
    result = world.eval("60000 time.sleep-ms")
    assert [e.message for e in result.errors] == ["interrupted"]
    assert stack(world) == "5"


def test_generic_results_show_the_type_of_the_value(world: World) -> None:
    ok(world, "chan.make dup 7 swap chan.send drop chan.receive")
    assert [v.type for v in world.stack()] == ["Int", "Bool"]


def test_words_whose_result_shape_is_known_only_at_run_time(world: World) -> None:
    ok(world, "1 2 3")
    ok(world, "stack.dump")  # ( ..a -- ..b ): prints the stack and empties it
    assert stack(world) == ""
    ok(world, '5 [ dup 0 i.< ] [ drop "neg" ] [ true ] [ drop "pos" ] 2 cond')
    assert [(v.text, v.type) for v in world.stack()] == [('"pos"', "String")]
    ok(world, '"!" string.concat')  # the type found at run time checks what follows
    assert stack(world) == '"pos!"'


def test_output_that_does_not_end_its_line_is_noticed(world: World) -> None:
    ok(world, '"abc" io.write')
    assert world.output_ended_midline()
    ok(world, '"abc" io.write-line')
    assert not world.output_ended_midline()


def test_reading_below_the_stack_is_an_error_not_a_crash(world: World) -> None:
    ok(world, "1")
    # A computed count: the checker types `2 cond` and would refuse the entry.
    result = world.eval('drop [ dup 0 i.< ] [ drop "neg" ] [ true ] [ drop "pos" ] 1 1 i.+ cond')
    assert [e.kind for e in result.errors] == ["runtime error"]
    assert "cond: stack underflow" in result.errors[0].message
    assert stack(world) == "1"
    ok(world, "2 i.+")
    assert stack(world) == "3"


def test_a_refused_redefinition_leaves_callers_compiled_as_they_were_checked(
    world: World,
) -> None:
    ok(world, ": two ( -- Int ) 2 ;")
    ok(world, ": three ( -- Int ) 3 ;")
    ok(world, ": via ( -- Int ) three ;")
    # `+` in `sum` resolves to i.+ while `two` leaves an Int.
    ok(world, ": sum ( -- Int ) two two + via drop ;")
    # Checking `sum` against a Float `two` resolves its `+` to f.+ before it
    # fails; the refused entry must not leave that resolution behind.
    refused = world.eval(": two ( -- Float ) 2.0 ;")
    assert not refused.ok and "would break 'sum'" in refused.errors[0].message
    # Redefining `three` recompiles `sum` (it calls `via`) without checking it again.
    ok(world, ": three ( -- Int ) 4 ;")
    ok(world, "sum")
    assert stack(world) == "4"


def test_entry_code_with_literal_ifs_and_sugar_runs(world: World) -> None:
    ok(world, "1 2 + true [ 10 i.* ] [ 20 i.* ] if")
    ok(world, "5 [ dup 0 i.> [ 1 i.- ] [ 1 i.+ ] if ] call")
    ok(world, "1.5 2.5 +")
    assert stack(world) == "30 4 4"
