"""Alarms (seqjit.alarms): callbacks run once, in the order they are due,
on one thread the process shares, which a fork's child starts again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

from seqjit import alarms

WAIT = 30  # seconds before a test gives up on an alarm (a busy machine is slow, never this slow)


def test_an_alarm_rings_once() -> None:
    rung: list[int] = []
    first = threading.Event()
    alarms.after(0.01, lambda: (rung.append(1), first.set()))
    assert first.wait(WAIT)
    # A later alarm rings after any second ringing of the first would have.
    later = threading.Event()
    alarms.after(0.05, later.set)
    assert later.wait(WAIT)
    assert rung == [1]


def test_a_cancelled_alarm_does_not_ring() -> None:
    rung: list[str] = []
    later = threading.Event()
    cancelled = alarms.after(0.02, lambda: rung.append("cancelled"))
    alarms.after(0.05, later.set)
    assert cancelled.cancel()
    assert later.wait(WAIT)
    assert rung == []
    assert not cancelled.cancel()  # nothing left to cancel


def test_cancelling_one_that_rang_says_so() -> None:
    rang = threading.Event()
    alarm = alarms.after(0, rang.set)
    assert rang.wait(WAIT)
    assert not alarm.cancel()


def test_alarms_ring_in_the_order_they_are_due() -> None:
    rung: list[int] = []
    all_rung = threading.Event()
    # Set in scrambled order; ties (the same time due) ring in the order
    # set. Due is when set plus the delay: on a busy machine the loop may
    # take longer than a step between two delays, so the order expected is
    # the alarms' own times, not the delays'.
    delays = [(i * 7) % 20 / 400 for i in range(60)]

    def ring(i: int) -> None:
        rung.append(i)
        if len(rung) == len(delays):
            all_rung.set()

    alarms_set = [alarms.after(delay, lambda i=i: ring(i)) for i, delay in enumerate(delays)]
    assert all_rung.wait(WAIT)
    assert rung == sorted(range(60), key=lambda i: (alarms_set[i].due, i))


def test_all_alarms_share_one_thread() -> None:
    threads: set[int] = set()
    done = threading.Event()
    for _ in range(20):
        alarms.after(0, lambda: threads.add(threading.get_ident()))
    alarms.after(0.01, done.set)
    assert done.wait(WAIT)
    assert len(threads) == 1
    assert threading.get_ident() not in threads


def test_a_failing_callback_is_reported_and_the_others_still_ring(capfd) -> None:
    def fails() -> None:
        raise ValueError("broken")

    rang = threading.Event()
    alarms.after(0, fails)
    alarms.after(0.01, rang.set)
    assert rang.wait(WAIT)
    err = capfd.readouterr().err
    assert "internal error in an alarm: ValueError: broken" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_rings_its_own_alarms_not_its_parents() -> None:
    parents = threading.Event()
    alarms.after(0.01, lambda: None)  # the thread runs before the fork
    pending = alarms.after(0.3, lambda: os.write(1, b"the parent's alarm rang in the child\n"))
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report through the pipe, never return into pytest
        code = 1
        try:
            rang = threading.Event()
            alarms.after(0.01, rang.set)
            code = 0 if rang.wait(WAIT) and not pending.cancel() else 2
        finally:
            os.write(write, bytes([code]))
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        assert pipe.read() == bytes([0])
    os.waitpid(pid, 0)
    # The parent's alarms and thread go on as before.
    assert pending.cancel()
    alarms.after(0.01, parents.set)
    assert parents.wait(WAIT)


# Without room for another thread's stack, an alarm cannot be set: the
# caller is told (NoAlarms) rather than a thread error escaping.
NO_ROOM = textwrap.dedent("""
    import resource, threading
    from seqjit import alarms
    pages = int(open("/proc/self/statm").read().split()[0])
    room = pages * resource.getpagesize() + 32 * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (room, room))
    threading.stack_size(64 * 2**20)  # a thread needs more than is left
    try:
        alarms.after(0.01, print)
    except alarms.NoAlarms:
        print("no alarms")
""")


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="Linux only")
def test_no_room_for_the_thread_is_said_as_no_alarms() -> None:
    done = subprocess.run([sys.executable, "-c", NO_ROOM], capture_output=True, text=True,
                          timeout=WAIT)
    assert done.stdout == "no alarms\n", done.stderr[-2000:]
