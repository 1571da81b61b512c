"""Redefinition costs what it touches: each entry compiles into a unit of
its own, words of other units are called through slots, so redefining a
word with the same effect compiles that word (and callers in its own unit)
and nothing else; callers see it at once; an entry that fails puts the
slots back."""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from seqjit.live.session import Session
from seqjit.live.world import World
from seqjit.shell.commands import word_ir


@pytest.fixture(scope="module")
def session() -> Session:
    return Session()


COUNTER = itertools.count(1)


@pytest.fixture
def world(session: Session) -> World:
    world = World(session.engine, session.scheduler)
    world.counter = COUNTER  # entry numbers (and so symbols) never repeat in the engine
    return world


def stack(world: World) -> str:
    return " ".join(v.text for v in world.stack())


def ok(world: World, text: str) -> None:
    result = world.eval(text)
    assert result.ok, [e.render() for e in result.errors]


def units(world: World, *names: str) -> list[str]:
    return [world.linked[name].unit for name in names]


def chain(world: World) -> None:
    ok(world, ": w0 ( Int -- Int ) 1 i.+ ;")
    for i in range(1, 4):
        ok(world, f": w{i} ( Int -- Int ) w{i - 1} 1 i.+ ;")


def test_the_same_effect_compiles_only_the_word_and_callers_see_it(world: World) -> None:
    chain(world)
    before = units(world, "w1", "w2", "w3")
    result = world.eval(": w0 ( Int -- Int ) 10 i.+ ;")
    assert result.ok and world.program.rechecked == []
    assert units(world, "w1", "w2", "w3") == before
    ok(world, "0 w3")
    assert stack(world) == "13"


def test_callers_in_the_words_own_unit_are_compiled_again(world: World) -> None:
    # b calls a directly (they were compiled together, LLVM may have inlined
    # a into b); c, in a unit of its own, calls b through its slot.
    ok(world, ": a ( Int -- Int ) 1 i.+ ;\n: b ( Int -- Int ) a a ;")
    ok(world, ": c ( Int -- Int ) b ;")
    (c_unit,) = units(world, "c")
    ok(world, ": a ( Int -- Int ) 100 i.+ ;")
    a_unit, b_unit = units(world, "a", "b")
    assert a_unit == b_unit and units(world, "c") == [c_unit]
    ok(world, "0 c")
    assert stack(world) == "200"


def test_a_word_that_loses_its_native_function_takes_its_callers_with_it(
    world: World,
) -> None:
    chain(world)
    assert set(world.natives) >= {"w0", "w1", "w2", "w3"}
    # The same effect, but a quotation: no native function any more, so
    # every caller that called it natively is compiled again.
    ok(world, ": w0 ( Int -- Int ) [ 5 i.+ ] call ;")
    assert not {"w0", "w1", "w2", "w3"} & set(world.natives)
    ok(world, "0 w3")
    assert stack(world) == "8"
    ok(world, ": w0 ( Int -- Int ) 1 i.+ ;")  # and back
    assert set(world.natives) >= {"w0", "w1", "w2", "w3"}
    ok(world, "0 w3")
    assert stack(world) == "8 4"


def test_a_changed_effect_gives_new_slots_and_callers_new_code(world: World) -> None:
    chain(world)
    old = world.linked["w0"]
    ok(world, ": w0 ( T -- T ) ;")
    new = world.linked["w0"]
    assert new.general_slot != old.general_slot and new.native_slot is None
    assert world.program.rechecked == ["w1"]
    ok(world, "0 w3")
    assert stack(world) == "3"


def test_an_entry_that_fails_puts_the_slots_back(world: World) -> None:
    chain(world)
    linked = dict(world.linked)
    result = world.eval(": w0 ( Int -- Int ) 100 i.+ ;\n0 w3 -1 args.at")
    assert not result.ok and "non-negative" in result.errors[0].message
    assert world.linked == linked
    ok(world, "0 w3")
    assert stack(world) == "4"


def test_an_interrupted_entry_puts_the_slots_back(world: World) -> None:
    chain(world)
    ok(world, ": spin ( Int -- Int ) w3 spin ;")
    timer = threading.Timer(0.3, world.interrupt)
    timer.start()
    started = time.perf_counter()
    result = world.eval(": w0 ( Int -- Int ) 100 i.+ ;\n0 spin")
    assert time.perf_counter() - started < 30
    assert [e.message for e in result.errors] == ["interrupted"]
    ok(world, "0 w3")
    assert stack(world) == "4"


def test_a_cycle_made_by_a_redefinition_polls_for_interrupts(world: World) -> None:
    ok(world, ": ping ( Int -- Int ) 1 i.+ ;")
    ok(world, ": pong ( Int -- Int ) ping ;")
    ok(world, ": ping ( Int -- Int ) 1 i.+ pong ;")  # now ping and pong call each other
    assert world.program.calls.groups["pong"] == {"ping", "pong"}
    timer = threading.Timer(0.3, world.interrupt)
    timer.start()
    result = world.eval("0 pong")
    assert [e.message for e in result.errors] == ["interrupted"]


def test_ir_of_a_word_shows_its_call_through_a_slot(session: Session) -> None:
    session.reset()
    for text in [": inc ( Int -- Int ) 1 i.+ ;", ": twice ( Int -- Int ) inc inc ;"]:
        assert session.eval(text).ok
    assert "@\"seq.n.inc~" in word_ir(session, "twice") and ".slot" in word_ir(session, "twice")
    session.reset()  # the same names again, in a fresh world
    assert session.eval(": inc ( Int Int -- Int ) i.+ ;").ok
    assert session.eval("1 2 inc").ok
    assert [v.text for v in session.world.stack()] == ["3"]


def test_the_object_cache_still_serves_a_session_replayed(session: Session) -> None:
    entries = [": p0 ( Int -- Int ) 7 i.+ ;", ": p1 ( Int -- Int ) p0 p0 ;",
               ": p0 ( Int -- Int ) 8 i.+ ;", "1 p1"]
    first, second = Session(), Session()
    for text in entries:
        assert first.eval(text).ok
    hits = second.engine.cache_hits
    for text in entries:
        assert second.eval(text).ok
    assert second.engine.cache_hits - hits >= 3
    assert [v.text for v in second.world.stack()] == ["17"]
