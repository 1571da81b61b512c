"""REPL entries compile what the checker learnt, kept beside the syntax tree:
an entry that fails leaves the world's knowledge of its words as it was."""

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


def ok(world: World, text: str) -> None:
    result = world.eval(text)
    assert result.ok, [e.render() for e in result.errors]


def stack(world: World) -> str:
    return " ".join(v.text for v in world.stack())


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
