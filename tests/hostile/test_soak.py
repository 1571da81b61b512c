"""A long session stays small, and a failed entry leaves no strand behind.

The soak runs benchmarks/soak.py (which by default runs 10,000 entries) in
a process of its own with fewer entries, so the growth it measures is that
of one session and nothing else; the bound is the issue's, 10 MB per
10,000 entries, scaled to the count.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from seqjit.live.session import Session

SOAK = Path(__file__).resolve().parents[2] / "benchmarks" / "soak.py"
ENTRIES = 2000
MIB_PER_10K_ENTRIES = 10.0


@pytest.mark.slow
def test_many_entries_do_not_grow_the_process() -> None:
    # Definitions stay compiled (and the optimiser they need leaks inside
    # llvmlite), so they are rarer here than the entries that run once.
    done = subprocess.run(
        [sys.executable, str(SOAK), "--entries", str(ENTRIES), "--warmup", "300",
         "--define-every", "250"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    found = re.search(r"\+(-?[\d.]+) MiB", done.stdout)
    assert found, done.stdout
    growth = float(found.group(1))
    assert growth < MIB_PER_10K_ENTRIES * ENTRIES / 10_000, done.stdout


@pytest.fixture(scope="module")
def session() -> Session:
    # A session of its own: a deadlock is reported only when no other
    # strand (left by another test) could still wake.
    return Session()


def live(session: Session) -> list[int]:
    return [strand.id for strand in session.strands()]


BLOCKED_STRAND = "chan.make [ chan.receive drop drop ] strand.spawn drop"


def test_a_failing_entry_ends_the_strands_it_spawned(session: Session) -> None:
    result = session.eval(f"{BLOCKED_STRAND} -1 args.at")
    assert result.errors and "non-negative" in result.errors[0].message
    assert live(session) == []


def test_an_entry_reported_deadlocked_leaves_no_strand(session: Session) -> None:
    result = session.eval(f"{BLOCKED_STRAND} chan.make chan.receive")
    assert result.errors and "deadlock" in result.errors[0].message
    assert live(session) == []
    assert session.eval("1 2 i.+").ok  # and the session goes on


@contextlib.contextmanager
def interrupting(session: Session) -> Iterator[None]:
    """Interrupt the session until the entry given returns (an interrupt
    that comes before the entry starts is dropped as stale)."""
    stop = threading.Event()

    def keep_interrupting() -> None:
        while not stop.wait(0.2):
            session.interrupt()

    thread = threading.Thread(target=keep_interrupting, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


@pytest.mark.parametrize("code", [
    # The entry sleeps: the host kills it.
    f"{BLOCKED_STRAND} 100000 time.sleep-ms",
    # A strand the entry spawned is the one interrupted; the entry itself
    # is blocked on a channel nothing sends to.
    ": soak-spin ( Int -- Int ) 1 i.+ soak-spin ;\n"
    "chan.make [ 0 soak-spin drop ] strand.spawn drop chan.receive",
])
def test_an_interrupted_entry_leaves_no_strand(session: Session, code: str) -> None:
    with interrupting(session):
        result = session.eval(code)
    assert result.errors and "interrupted" in result.errors[0].message
    assert live(session) == []
    assert session.eval("1 2 i.+").ok


def test_what_an_entry_leaves_outlives_its_code(session: Session) -> None:
    # Code that runs once is dropped after it ran; strings, quotations and
    # strands an entry leaves must not be in what is dropped.
    session.world.clear()
    sender = "chan.make dup [ 7 swap chan.send drop ] strand.spawn drop"
    for code in ['"kept"', "[ 40 2 i.+ ]", sender]:
        assert session.eval(code).ok
    for _ in range(20):
        assert session.eval("1 drop").ok
    assert session.eval("chan.receive drop swap drop swap call").ok
    assert [value.text for value in session.world.stack()] == ['"kept"', "7", "42"]
