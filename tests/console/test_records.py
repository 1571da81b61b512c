"""What the runtime records for the strand console, read in-process: a
pipeline of three strands over two channels, a deadlock explained with its
cycle, the spawn tree, and `:watch` showing what goes through a channel."""

from __future__ import annotations

import time

import pytest

from seqjit.live.observe import Snapshot, cycle, explain_deadlock
from seqjit.live.session import Session
from seqjit.shell.commands import SHARED
from seqjit.shell.shell import Shell

PIPELINE = """
: produce ( Channel Int -- )
  dup 0 i.> if over over swap chan.send drop 1 i.- produce
  else drop drop 100000 time.sleep-ms then ;
: double ( Channel Channel -- ) over chan.receive drop 2 i.* over chan.send drop double ;
: consume ( Channel Int -- )
  dup 0 i.> if over chan.receive drop drop 1 i.- consume else drop drop 100000 time.sleep-ms then ;
"""
START = ("chan.make chan.make [ drop 5 produce ] strand.spawn drop [ double ] strand.spawn drop "
         "[ swap drop 3 consume ] strand.spawn drop")


@pytest.fixture(scope="module")
def session():
    return Session()


def settled(session: Session, holds, what: str) -> Snapshot:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        snap = session.snapshot()
        if holds(snap):
            return snap
        time.sleep(0.05)
    raise AssertionError(f"never {what}: {snap}")


def test_a_pipeline_of_three_strands_over_two_channels(session) -> None:
    assert session.eval(PIPELINE).ok
    before = session.snapshot().totals
    assert session.eval(START, "<pipeline>").ok

    def done(snap: Snapshot) -> bool:
        states = sorted(s.state for s in snap.strands)
        return states == ["blocked", "sleeping", "sleeping"]

    snap = settled(session, done, "producer and consumer asleep, the doubler blocked")
    producer, doubler, consumer = sorted(snap.strands, key=lambda s: s.id)
    first, second = sorted(snap.channels, key=lambda c: c.id)
    # Each strand: who spawned it, from where, its state, its messages.
    assert producer.parent == doubler.parent == consumer.parent != 0
    assert producer.site == "\t<pipeline>:1:40"
    assert doubler.site == "\t<pipeline>:1:69"
    assert (producer.state, producer.sent, producer.received) == ("sleeping", 5, 0)
    assert (doubler.state, doubler.waiting_on) == ("blocked", first.id)
    assert (doubler.sent, doubler.received) == (5, 5)
    assert (consumer.state, consumer.sent, consumer.received) == ("sleeping", 0, 3)
    # Each channel: where made, depth, who waits, totals, the last sender.
    assert first.site == "\t<pipeline>:1:1" and second.site == "\t<pipeline>:1:11"
    assert (first.queued, first.waiters, first.sent, first.received) == (0, [doubler.id], 5, 5)
    assert (second.queued, second.waiters, second.sent, second.received) == (2, [], 5, 3)
    assert (first.last_sender, second.last_sender) == (producer.id, doubler.id)
    assert not first.closed
    # The process's totals moved by as much.
    after = snap.totals
    assert after.spawned - before.spawned == 3  # the entry's own strand is counted apart
    assert after.entries - before.entries == 1
    assert after.messages_sent - before.messages_sent == 10
    assert after.messages_received - before.messages_received == 8
    assert after.peak >= 3 and after.live == 3 and after.pool_bytes > 0
    assert snap.strands[0].seconds >= 0
    for s in snap.strands:
        assert session.kill(s.id)
    assert session.eval("drop drop").ok


def test_the_spawn_tree_and_the_tables(session) -> None:
    shell = Shell(session, SHARED)
    assert session.eval(PIPELINE).ok
    assert session.eval(START, "<tree>").ok
    settled(session, lambda snap: len(snap.strands) == 3, "three strands")
    tree = shell.run_cell(":tree")[-1].text.split("\n")
    assert tree[0] == "host (main or an entry)"
    assert [line[:3] for line in tree[1:]] == ["├─ ", "├─ ", "└─ "]
    assert "(<tree>:1:40)" in tree[1]
    strands = shell.run_cell(":strands")[-1]
    assert strands.text.split("\n")[1].split()[:4] == ["id", "parent", "state", "for"]
    channels = shell.run_cell(":channels")[-1]
    assert "<tree>:1:1" in channels.text
    assert '<table class="seq-table seq-channels"' in channels.data["text/html"]
    for s in session.snapshot().strands:
        session.kill(s.id)
    assert session.eval("drop drop").ok


def test_watch_shows_each_value_sent_through_a_channel(session, capfd) -> None:
    shell = Shell(session, SHARED)
    assert session.eval("chan.make").ok
    ident = max(c.id for c in session.snapshot().channels)
    (answer,) = shell.run_cell(f":watch {ident}")
    assert answer.ok and "Watching" in answer.text
    assert session.eval('"hello" over chan.send drop 7 over chan.send drop').ok
    out = capfd.readouterr().out
    assert f'watch: channel {ident} <- "hello"' in out
    assert f"watch: channel {ident} <- 7" in out
    assert shell.run_cell(":unwatch")[-1].ok
    assert session.eval("8 over chan.send drop").ok
    assert "<- 8" not in capfd.readouterr().out
    assert not shell.run_cell(":watch 999999")[-1].ok
    assert session.eval("drop").ok


def test_a_deadlocked_entry_names_each_strand_its_channel_and_the_cycle(session) -> None:
    assert session.eval(
        ": ping ( Channel Channel -- ) over 1 swap chan.send drop dup chan.receive drop drop "
        "dup chan.receive drop drop drop drop ;\n"
        ": pong ( Channel Channel -- ) swap dup chan.receive drop drop over 2 swap chan.send "
        "drop dup chan.receive drop drop drop drop ;").ok
    result = session.eval("chan.make chan.make [ ping ] strand.spawn drop "
                          "[ pong ] strand.spawn drop chan.make chan.receive", "<dl>")
    assert not result.ok
    message = result.errors[0].message
    assert message.startswith("deadlock: this entry waits forever;")
    lines = message.split("\n")[1:]
    snap = session.world.deadlock
    assert snap is not None
    ping, pong = sorted((s for s in snap.strands if s.parent != 0), key=lambda s: s.id)
    first, second = sorted((c for c in snap.channels if "<dl>" in c.site), key=lambda c: c.id)[:2]
    assert f"  strand {ping.id} (spawned in <dl>:1:30) is blocked on channel {second.id} " \
           f"(made in <dl>:1:11; last sent to by strand {pong.id})" in lines
    assert f"  strand {pong.id} (spawned in <dl>:1:57) is blocked on channel {first.id} " \
           f"(made in <dl>:1:1; last sent to by strand {ping.id})" in lines
    assert lines[-1] == (f"  cycle: strand {ping.id} -> channel {second.id} -> "
                         f"strand {pong.id} -> channel {first.id} -> strand {ping.id}")
    assert cycle(snap) == [f"s{ping.id}", f"c{second.id}", f"s{pong.id}", f"c{first.id}"]
    assert explain_deadlock(snap)[-1] == lines[-1]
    assert session.snapshot().strands == []  # the entry's strands ended with it


COUNTING = """
: send-n ( Channel Int -- Channel )
  dup 0 i.> if over 7 swap chan.send drop 1 i.- send-n else drop then ;
: receive-n ( Channel Int -- Channel )
  dup 0 i.> if over chan.receive drop drop 1 i.- receive-n else drop then ;
"""


def test_a_strands_totals_are_exact_across_its_turns(session) -> None:
    """A strand's messages are counted for the strand that runs and credited
    to its record when it stops (runtime/strands.py): whatever the turns,
    the totals are those of the strand."""
    assert session.eval(COUNTING).ok
    # The receiver blocks first; the sender hands it one value, queues two,
    # yields (the receiver takes both and blocks again), then sends two more.
    assert session.eval(
        "chan.make "
        "dup [ 3 send-n chan.yield 2 send-n 100000 time.sleep-ms drop ] strand.spawn drop "
        "dup [ 4 receive-n 100000 time.sleep-ms drop ] strand.spawn drop", "<turns>").ok
    snap = settled(session, lambda snap: sorted(s.state for s in snap.strands)
                   == ["sleeping", "sleeping"], "both asleep")
    sender, receiver = sorted(snap.strands, key=lambda s: s.id)
    assert (sender.sent, sender.received) == (5, 0)
    assert (receiver.sent, receiver.received) == (0, 4)
    (channel,) = [c for c in snap.channels if "<turns>" in c.site]
    assert (channel.sent, channel.received, channel.queued) == (5, 4, 1)
    assert channel.last_sender == sender.id
    for s in snap.strands:
        session.kill(s.id)
    assert session.eval("drop").ok


def test_the_host_sees_exact_totals_in_the_middle_of_a_strands_turn(session) -> None:
    """When the running strand calls the host (here: a send into a watched
    channel), what it received so far is already in its record."""
    assert session.eval(COUNTING).ok
    assert session.eval("chan.make chan.make", "<mid>").ok
    watched = max(c.id for c in session.snapshot().channels)
    seen: list[tuple[int, int]] = []

    def look(line: str) -> None:  # on the engine thread, inside the host call
        (strand,) = [s for s in session.snapshot_here().strands if s.state == "running"]
        seen.append((strand.sent, strand.received))

    report = session.watches.report
    session.watches.report = look
    try:
        assert session.watch(watched)
        assert session.eval(
            "over 1 send-n 2 send-n drop "  # ( in out ): 3 values into `in`
            "[ swap 3 receive-n drop 5 swap chan.send drop 100000 time.sleep-ms ] "
            "strand.spawn drop").ok
        snap = settled(session, lambda snap: any(s.state == "sleeping" for s in snap.strands),
                       "the strand asleep")
    finally:
        session.watches.report = report
        session.watch(watched, on=False)
    assert seen == [(0, 3)]
    (strand,) = [s for s in snap.strands if s.state == "sleeping"]
    assert (strand.sent, strand.received) == (1, 3)
    session.kill(strand.id)
    assert session.eval("drop drop").ok


def test_a_weave_and_its_resumer_each_keep_their_own_totals(session) -> None:
    """Resume and yield switch between two strands without the scheduler:
    each switch credits the strand that stops (runtime/weaves.py)."""
    assert session.eval(COUNTING + """
: two-then-yield ( Channel W Int -- | Yield Int ) drop swap 2 send-n drop 0 yield drop drop ;
""").ok
    assert session.eval(
        "chan.make dup [ dup [ two-then-yield ] strand.weave 0 strand.resume drop drop "
        "swap 1 send-n drop 100000 time.sleep-ms drop ] strand.spawn drop", "<weave>").ok
    snap = settled(session, lambda snap: sorted(s.state for s in snap.strands)
                   == ["parked", "sleeping"], "the resumer asleep, its weave parked")
    woven, resumer = sorted(snap.strands, key=lambda s: s.state)
    assert (woven.parent, woven.sent, resumer.sent) == (resumer.id, 2, 1)
    session.kill(resumer.id)
    assert session.eval("drop").ok


def test_a_failed_entry_is_not_counted_among_the_failed_strands(session) -> None:
    before = session.snapshot().totals
    assert not session.eval("-1 args.at drop").ok
    after = session.snapshot().totals
    assert after.failed == before.failed
    assert after.entries_failed == before.entries_failed + 1
    assert session.eval("[ -1 args.at drop ] strand.spawn drop").ok
    settled(session, lambda snap: snap.totals.failed == before.failed + 1, "the strand failed")
    assert session.snapshot().totals.entries_failed == before.entries_failed + 1
