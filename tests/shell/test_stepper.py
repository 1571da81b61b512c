"""The word stepper (shell/stepper.py) and `:trace` (shell/trace.py): the
stack after each word, entering words and the quotations combinators run,
stepping back, and a world left as it was by errors, interrupts and quits."""

from __future__ import annotations

import threading

import pytest

from seqjit.shell.trace import Stepping, trace

SQ = ": sq ( Int -- Int ) dup i.* ;"
# A user word, a quotation under dip and an if (the literal form, lowered by
# the checker) in one program.
PROGRAM = '2 sq 10 [ 1 i.+ ] dip i.> [ "big" ] [ "small" ] if'
PROGRAM_STEPS = [  # (word, depth, stack after it)
    ("2", 0, ["2"]),
    ("sq", 0, ["2"]),
    ("dup", 1, ["2", "2"]),
    ("i.*", 1, ["4"]),
    ("10", 0, ["4", "10"]),
    ("[ 1 i.+ ]", 0, ["4", "10", "<quotation>"]),
    ("dip", 0, ["4"]),
    ("1", 1, ["4", "1"]),
    ("i.+", 1, ["5"]),
    ("end of dip", 1, ["5", "10"]),
    ("i.>", 0, ["false"]),
    ("if", 0, []),
    ('"small"', 1, ['"small"']),
]


def define(shell, text: str) -> None:
    events = shell.run_code(text)
    assert not any(type(e).__name__ == "Error" for e in events), events


def stacks(steps) -> list[tuple[str, int, list[str]]]:
    return [(s.text, s.depth, [v.text for v in s.stack]) for s in steps]


def world_stack(shell) -> list[str]:
    return [v.text for v in shell.session.world.stack()]


def test_trace_shows_the_stack_after_each_word_of_a_word_a_dip_and_an_if(shell) -> None:
    define(shell, SQ)
    steps, hidden, error = trace(shell.session, PROGRAM, depth=1)
    assert error is None and hidden == 0
    assert stacks(steps) == PROGRAM_STEPS
    assert [s.kind for s in steps if s.kind != "run"] == ["enter", "enter", "leave", "enter"]
    # The code ran to its end: its stack is the session's now.
    assert world_stack(shell) == ['"small"']
    assert [v.type for v in shell.session.world.stack()] == ["String"]


def test_each_step_shows_types_effects_and_the_slots_it_changed(shell) -> None:
    steps, _, _ = trace(shell.session, '"a" 1 2 swap', depth=1)
    swap = steps[-1]
    assert [(v.text, v.type) for v in swap.stack] == [('"a"', "String"), ("2", "Int"),
                                                       ("1", "Int")]
    assert swap.changed == {1, 2}
    assert swap.effect == "( ..a T U -- ..a U T )"  # shown as ( T U -- U T )
    assert steps[0].effect == "( -- String )"


def test_depth_zero_runs_words_whole(shell) -> None:
    define(shell, SQ)
    steps, _, _ = trace(shell.session, PROGRAM, depth=0)
    assert [s.text for s in steps] == ["2", "sq", "10", "[ 1 i.+ ]", "dip", "i.>", "if"]
    assert world_stack(shell) == ['"small"']


def test_deeper_words_are_entered_down_to_the_depth(shell) -> None:
    define(shell, SQ)
    define(shell, ": quad ( Int -- Int ) sq sq ;")
    one, _, _ = trace(shell.session, "3 quad", depth=1)
    assert [s.text for s in one] == ["3", "quad", "sq", "sq"]
    two, _, _ = trace(shell.session, "3 quad", depth=2)
    assert [(s.text, s.depth) for s in two][:5] == [("3", 0), ("quad", 0), ("sq", 1),
                                                    ("dup", 2), ("i.*", 2)]
    assert [v.text for v in two[-1].stack] == ["81", "81"]


def test_match_steps_into_the_matching_arm_with_its_fields(shell) -> None:
    define(shell, "union Shape { Circle { r: Int } Square { s: Int } }")
    steps, _, _ = trace(shell.session, "7 Make-Square match Circle -> Square -> 1 i.+ end", 1)
    assert stacks(steps)[-3:] == [("match Circle -> Square -> 1 i.+ end", 0, ["7"]),
                                  ("1", 1, ["7", "1"]), ("i.+", 1, ["8"])]
    assert steps[-3].kind == "enter"


def test_list_map_steps_into_its_quotation_per_element(shell) -> None:
    code = "list.make 1 list.push 2 list.push [ 10 i.* ] list.map"
    steps, _, error = trace(shell.session, code, depth=1)
    assert error is None
    inner = [(s.text, [v.text for v in s.stack]) for s in steps if s.depth == 1]
    assert inner[:2] == [("10", ["1", "10"]), ("i.*", ["10"])]
    assert ("i.*", ["20"]) in inner
    assert world_stack(shell) == [":List(10, 20)"]


def test_closures_and_the_aux_stack_are_stepped_into(shell) -> None:
    define(shell, ": add-n ( Int -- Closure[Int -- Int] ) [ i.+ ] ;")
    define(shell, ": mul-add ( Int Int Int -- Int ) >aux i.* aux> i.+ ;")
    steps, _, error = trace(shell.session, "5 add-n 10 swap call 2 3 4 mul-add", depth=2)
    assert error is None
    texts = stacks(steps)
    assert ("i.+", 1, ["15"]) in texts  # the closure's body, on 10 and the captured 5
    assert (">aux", 1, ["15", "2", "3"]) in texts
    assert ("aux>", 1, ["15", "6", "4"]) in texts
    assert world_stack(shell) == ["15", "10"]


def test_stepping_back_restores_the_earlier_stack(shell) -> None:
    define(shell, SQ)
    define(shell, "7")
    stepping = Stepping.start(shell.session, PROGRAM, keep=100)
    seen = []
    for _ in range(4):  # 2, into sq, dup, i.*
        step = stepping.run(lambda s: s.step(into=True))
        seen.append([v.text for v in step.stack])
    assert seen[-1] == ["7", "4"]
    assert stepping.run(lambda s: s.back())
    assert [v.text for v in stepping.run(lambda s: s.state.shown())] == ["7", "2", "2"]
    assert stepping.run(lambda s: s.back())
    assert [v.text for v in stepping.run(lambda s: s.state.shown())] == ["7", "2"]
    # Stepping again after going back gives the same stacks.
    again = stepping.run(lambda s: s.step(into=True))
    assert [v.text for v in again.stack] == ["7", "2", "2"]
    assert world_stack(shell) == ["7"]  # nothing reaches the session before the end
    stepping.run(lambda s: list(s.run(0)))
    stepping.finish()
    assert world_stack(shell) == ["7", '"small"']


def test_a_snapshot_keeps_a_value_a_later_step_changes(shell) -> None:
    stepping = Stepping.start(shell.session, "list.make 1 list.push 2 list.push", keep=100)
    for _ in range(3):
        stepping.run(lambda s: s.step(into=True))
    before = [v.text for v in stepping.run(lambda s: s.state.shown())]
    stepping.run(lambda s: s.step(into=True))
    stepping.run(lambda s: s.step(into=True))
    stepping.run(lambda s: s.back())
    stepping.run(lambda s: s.back())
    assert [v.text for v in stepping.run(lambda s: s.state.shown())] == before
    stepping.close()
    assert world_stack(shell) == []


def test_quitting_leaves_the_stack_as_it_was(shell) -> None:
    define(shell, SQ)
    define(shell, "1 2")
    stepping = Stepping.start(shell.session, "sq sq drop", keep=10)
    stepping.run(lambda s: s.step(into=False))
    stepping.close()
    assert world_stack(shell) == ["1", "2"]


def test_a_runtime_error_in_a_trace_leaves_the_stack_as_it_was(shell) -> None:
    define(shell, "1 2")
    out = shell.run_command(":trace 3 list.make 0 variant.field-at")
    assert not out.ok
    assert "variant.field-at" in out.text and "runtime error" in out.text
    assert "<trace>:1:" in out.text
    assert "The stack is as it was before the trace." in out.text
    assert world_stack(shell) == ["1", "2"]


def test_an_interrupted_trace_leaves_the_stack_as_it_was(shell) -> None:
    define(shell, ": forever ( Int -- Int ) 1 i.+ forever ;")
    define(shell, "1 2")
    timer = threading.Timer(1.0, shell.session.interrupt)
    timer.start()
    try:
        steps, _, error = trace(shell.session, "5 forever", depth=0)
    finally:
        timer.cancel()
    assert error is not None and error.message == "interrupted"
    assert [s.text for s in steps] == ["5"]
    assert world_stack(shell) == ["1", "2"]
    shell.session.forget_interrupt()
    assert shell.run_code("3")  # the session goes on
    assert world_stack(shell) == ["1", "2", "3"]


def test_trace_command_text_html_and_depth(shell) -> None:
    define(shell, SQ)
    out = shell.run_command(":trace depth=0 3 sq")
    assert out.ok
    lines = out.text.split("\n")
    assert lines[0].startswith("word") and "stack after" in lines[0]
    assert lines[1].split()[:3] == ["3", "1:1", "("] and lines[1].endswith("3:Int*")
    assert "sq" in lines[2] and lines[2].endswith("9:Int*")
    assert out.html is not None and out.html.count("</td></tr>") == 2
    assert "var(--jp-border-color2" in out.html and "var(--jp-content-font-color1" in out.html
    assert not shell.run_command(":trace depth=x 3").ok
    assert not shell.run_command(":trace").ok


def test_trace_refuses_definitions_and_reports_type_errors(shell) -> None:
    out = shell.run_command(":trace : f ( -- ) ;")
    assert not out.ok and "define the words first" in out.text
    out = shell.run_command(':trace 1 "a" i.+')
    assert not out.ok and "type error" in out.text


def test_shared_step_runs_as_a_trace(shell) -> None:
    out = shell.run_command(":step 1 2 i.+")
    assert out.ok and "runs as :trace" in out.text
    assert world_stack(shell) == ["3"]


DEFINITIONS = """
include std:loops
: add-n ( Int -- Closure[Int -- Int] ) [ i.+ ] ;
union Shape { Circle { r: Int } Square { s: Int } }
: area ( Shape -- Int ) match Circle -> dup i.* 3 i.* Square -> dup i.* end ;
: fact ( Int -- Int ) dup 1 i.<= [ drop 1 ] [ dup 1 i.- fact i.* ] if ;
"""


@pytest.mark.parametrize("code", [
    "1 2 [ i.+ ] [ i.* ] bi",
    "5 [ 1 i.+ ] keep",
    "[ 1 ] [ 2 ] false rot rot if",
    "list.make 1 list.push 2 list.push 3 list.push [ 2 i.> ] list.filter",
    "list.make 1 list.push 2 list.push 3 list.push 0 [ i.+ ] list.fold",
    "list.make 1 list.push [ int->string io.write-line ] list.each",
    "3 Make-Circle area 2 Make-Square area",
    "5 Make-Square match Circle { >r } -> Square { >s } -> 1 i.+ end",
    "5 fact",
    "1 2 3 2 pick 1 roll",
    "4 add-n 6 swap call",
    "1 [ 2 [ 3 ] call ] call",
    '"abc" string.length :sym 1.5 2.5 f.+',
    "3 [ 1 drop ] times",
])
def test_a_full_trace_leaves_the_stack_running_the_code_leaves(shell, code: str) -> None:
    define(shell, DEFINITIONS)
    define(shell, code)
    ran = world_stack(shell)
    shell.session.world.clear()
    _, _, error = trace(shell.session, code, depth=10**6)
    assert error is None
    assert world_stack(shell) == ran
