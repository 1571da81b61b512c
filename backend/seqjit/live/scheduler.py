"""The host's side of the scheduler: run a word as a strand the host waits
for, keep the other strands going, preempt busy strands, notice deadlock,
and list live strands.

The scheduler itself is IR (runtime/strands.py); this drives it from the
engine thread, reading strands and channels through their layouts
(runtime/status.py, runtime/channels.py).
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..diagnostics import TRACE_HEAD, Frame, SeqError
from ..runtime.bindings import bind, global_word
from ..runtime.channels import CHANNEL_OBJ
from ..runtime.layout import CLOSURE, CLOSURE_OBJ
from ..runtime.status import STRAND, Flag, Run, State
from ..runtime.threads import WORKERS
from ..runtime.unwind import INTERRUPT_PATIENCE, INTERRUPTED
from ..runtime.waitq import WAITABLE
from ..runtime.worker import worker_words
from .backtrace import CodeMap, Recorder
from .engine import Engine
from .placement import Placement
from .values import python_value

TIME_SLICE = 0.01  # seconds a busy strand may run before others get a turn
WORD = ctypes.c_int64
MAX_WAIT = 0.05  # the longest the host sleeps waiting for a sleeping strand


@dataclass(frozen=True)
class StrandInfo:
    id: int
    state: str
    waiting_on: int | None  # the channel id it is blocked on
    # Its record (runtime/status.py), for the strand console (live/observe.py):
    parent: int = 0  # the strand that spawned it (0: the host)
    site: str = ""  # "word\tfile:line:col" of its strand.spawn ("" when unknown)
    seconds: float = 0.0  # how long it has been in its state
    sent: int = 0
    received: int = 0
    owner: int = 0  # the REPL entry it belongs to
    busy: float = 0.0  # seconds since it last waited of its own accord


@dataclass(frozen=True)
class ChannelInfo:
    id: int
    queued: int  # values waiting to be received
    waiters: list[int]  # ids of the strands blocked receiving
    closed: bool
    site: str = ""  # "word\tfile:line:col" of its chan.make
    maker: int = 0  # the strand that made it (0: the host)
    sent: int = 0
    received: int = 0
    last_sender: int = 0  # the strand that sent last (0: none yet)
    watched: bool = False


@dataclass(frozen=True)
class Failure:
    """Why a strand stopped: its runtime error, the Seq calls it was in
    (innermost last), and, for a spawned strand, where it was spawned."""

    message: str
    trace: tuple[Frame, ...] = ()
    strand: int = 0
    spawned: Frame | None = None

    def error(self) -> SeqError:
        """The failure as the error of the entry (or program) that waited for it."""
        span = self.trace[-1].span if self.trace else None
        return SeqError("runtime error", self.message, span, trace=self.trace)

    def report(self) -> str:
        """The failure of a strand nobody waited for, as the user is told of it."""
        lines = [f"strand {self.strand} failed: {self.message}"]
        if self.spawned is not None:
            spawned = self.spawned.render()
            lines.append(f"  spawned at {spawned[0].strip()}")
            lines.append(spawned[1])
        return "\n".join(lines + self.trace_lines())

    def trace_lines(self) -> list[str]:
        """The header ("most recent call last", as Python's) and the frames."""
        if not self.trace:
            return []
        return [TRACE_HEAD, *(line for frame in self.trace for line in frame.render())]


class Failed(Exception):
    """The strand the host waited for stopped with a runtime error."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


OUT_OF_MEMORY = "out of memory"


def report_failure(message: str) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)


class Deadlock(Exception):
    def __init__(self, strands: list[StrandInfo], explained: list[str] | None = None) -> None:
        waits = ", ".join(
            f"strand {s.id} on channel {s.waiting_on}" if s.waiting_on else f"strand {s.id}"
            for s in strands
        )
        # `explained`: a line per strand and the cycle (live/observe.py).
        lines = [f"deadlock: every remaining strand is blocked forever ({waits})",
                 *(explained or [])]
        super().__init__("\n".join(lines))
        self.strands = strands


class Scheduler:
    def __init__(self, engine: Engine) -> None:
        # One thread at a time drives the scheduler (the runtime's state is
        # global); re-entrant, as the drivers below call each other's helpers.
        self.lock = threading.RLock()
        self.run = bind(engine, "seq_sched_run")
        self.new_watched = bind(engine, "seq_rt_watched_strand")
        self.free = bind(engine, "seq_strand_free")
        self.alloc = bind(engine, "seq_rt_alloc")
        self.protected = bind(engine, "seq_sched_protected")
        self.nanos = bind(engine, "seq_rt_nanos")
        self.kill_strand = bind(engine, "seq_strand_kill")
        self.registry = global_word(engine, "seq_strands")
        # Each worker's preemption request and guard (the host's first).
        self.preempts = worker_words(engine, "preempt")
        self.guards = worker_words(engine, "guard", ctypes.c_uint64)
        self.stack_size = global_word(engine, "seq_native_stack_size")
        self.failed = global_word(engine, "seq_failed_strand")
        self.panic_message = global_word(engine, "seq_panic_message", ctypes.c_char_p)
        self.next_wake = global_word(engine, "seq_next_wake")
        self.host_wants = global_word(engine, "seq_host_wants_control")
        self.interrupt = global_word(engine, "seq_interrupt_flag")
        self.interrupt_owner = global_word(engine, "seq_interrupt_owner")
        self.interrupt_passed = global_word(engine, "seq_interrupt_passed")
        self.finished_ids = global_word(engine, "seq_finished_ids")
        self.finished_count = global_word(engine, "seq_finished_count")
        self.channel_registry = global_word(engine, "seq_channels")
        self.clock = global_word(engine, "seq_clock")
        self.failures = 0  # spawned strands that ended with a runtime error (SEQ_REPORT)
        self.entry_failures = 0  # entries (main, REPL entries, cells) that did
        # Work the host asked the engine thread to do between two runs of the
        # scheduler (a SIGQUIT dump): the state is consistent there.
        self.requests: list[Callable[[], None]] = []
        self.address = engine.address
        self.recorder = Recorder(engine)  # a failure's return addresses
        self.code = CodeMap()  # and what they mean: every Seq module loaded
        self.placement = Placement(WORKERS)
        start_workers(engine, self)
        self.ticker = _Ticker(self)
        size = os.environ.get("SEQ_STACK_SIZE")
        if size and size.isdigit() and int(size) >= 16 * 1024:
            self.stack_size.value = int(size) & ~15  # as the reference reads it: bytes

    def watched(self, entry: int, base: int | None, top: int | None) -> int:
        """A new strand the host will wait for, running `entry` (consumed)
        on a copy of the values in [base, top)."""
        strand = self.new_watched(entry, base, top)
        if not strand:
            raise Failed(Failure(OUT_OF_MEMORY))
        return strand

    def closure_for(self, symbol: str) -> int:
        """A quotation value (refcount 1) for a compiled word function."""
        return self.closure_at(self.address(symbol))

    def closure_at(self, code: int) -> int:
        """A quotation value (refcount 1) for the word function at `code`."""
        obj = self.alloc(CLOSURE, CLOSURE_OBJ.size)
        if not obj:  # off a strand the runtime reports no error of its own
            raise Failed(Failure(OUT_OF_MEMORY))
        CLOSURE_OBJ.write(obj, "code", code)
        CLOSURE_OBJ.write(obj, "count", 0)
        return obj

    def _run_word(self, symbol: str) -> int:
        """Run `symbol` as a strand on an empty stack, keep every strand
        going until all have finished; the value `symbol` left on top of its
        stack comes back (tagged), or 0. A failure in another strand (a
        runtime error, a stack overflow) ends only that strand, reported on
        stderr. Raises Deadlock, or Failed when `symbol` itself fails."""
        strand = self.watched(self.closure_for(symbol), None, None)
        top = 0
        running = True
        with self.starting_run():
            while True:
                state = self.protected(1)
                if state == Run.WATCHED_FINISHED:
                    result_sp = field(strand, "result_sp")
                    base = field(strand, "ds_base")
                    top = WORD.from_address(result_sp - 8).value if result_sp > base else 0
                    self.free(strand)
                    running = False
                elif state == Run.PANICKED:
                    failed, failure = self.take_failure()
                    if failed == strand:
                        raise Failed(failure)
                    report_failure(failure.report())
                elif state == Run.HOST_ASKED:
                    self.serve_requests()
                elif state == Run.NOTHING_LEFT:
                    break
        # A weave waiting to be resumed is not running (the reference does not
        # count it either): a program that drops a weave still ends.
        left = [strand for strand in self.strands() if strand.state != "parked"]
        if left or running:
            raise Deadlock(left)
        return top

    def _run_entry(
        self, strand: int, report: Callable[[str], None]
    ) -> list[int] | Failure:
        """Drive the scheduler until the watched `strand` (a REPL entry)
        finishes: its stack's values come back (now the caller's), or why
        it did not finish. A panic in another strand
        ends only that strand (`report` tells the user)."""
        with self.starting_run():
            while True:
                state = self.protected(0)
                if state == Run.WATCHED_FINISHED:
                    base, top = field(strand, "ds_base"), field(strand, "result_sp")
                    values = list((WORD * ((top - base) // 8)).from_address(base))
                    self.free(strand)
                    return values
                if state == Run.PANICKED:
                    failed, failure = self.take_failure()
                    if failed == strand or failure.message == INTERRUPTED:
                        return failure
                    report(failure.report())
                elif state == Run.HOST_ASKED:
                    self.serve_requests()
                    if self.interrupt.value and self.interrupt_passed.value >= INTERRUPT_PATIENCE:
                        # Only strands of earlier entries poll: the entry's wait.
                        return self.interrupted(strand)
                elif state == Run.ONLY_SLEEPERS:
                    if self.interrupt.value:
                        # The entry is asleep or blocked, so it cannot notice.
                        return self.interrupted(strand)
                    self.sleep_until_next_wake()
                elif state == Run.NOTHING_LEFT:
                    waits = [s for s in self.strands() if s.state == "blocked"]
                    return Failure(str(Deadlock(waits)).replace(
                        "every remaining strand is", "this entry waits forever;"
                    ))

    def _run_background(self, report: Callable[[str], None]) -> float | None:
        """Let strands left running by earlier entries go on until they are
        all blocked or asleep, or the host wants control back. Returns how
        long until a sleeper wakes (None: nothing will)."""
        with self.starting_run():
            while True:
                state = self.protected(0)
                if state == Run.PANICKED:
                    _, failure = self.take_failure()
                    report(failure.report())
                    continue
                if state == Run.ONLY_SLEEPERS:
                    return max(0.0, (self.next_wake.value - self.nanos()) / 1e9)
                if state == Run.HOST_ASKED:
                    self.serve_requests()
                    return 0.0
                return None

    def run_word(self, symbol: str) -> int:
        with self.lock:
            return self._run_word(symbol)

    def run_entry(self, strand: int, report: Callable[[str], None]) -> list[int] | Failure:
        with self.lock:
            # An interrupt now is for this entry's strands, not for those
            # earlier entries left running (runtime/strands.py, attention).
            self.interrupt_owner.value = field(strand, "owner")
            try:
                return self._run_entry(strand, report)
            finally:
                self.interrupt_owner.value = 0

    def interrupted(self, strand: int) -> Failure:
        """End the entry `strand`, none of whose strands could take the
        interrupt (blocked, asleep): as if it had."""
        self.interrupt.value = 0
        self.entry_failures += 1
        self.kill_strand(strand)
        return Failure(INTERRUPTED)

    def run_background(self, report: Callable[[str], None]) -> float | None:
        with self.lock:
            return self._run_background(report)

    def take_failure(self) -> tuple[int, Failure]:
        """After PANICKED: the failed strand (now freed), and its failure."""
        failed = self.failed.value or 0
        message = (self.panic_message.value or b"runtime error").decode(errors="replace")
        if failed and field(failed, "flags") & Flag.WATCHED or message == INTERRUPTED:
            self.entry_failures += 1  # (what an interrupt stops is the entry, whichever took it)
        else:
            self.failures += 1
        trace = self.code.trace(self.recorder.take())
        ident = field(failed, "id") if failed else 0
        spawned = self.code.spawned_at(_text(field(failed, "site"))) if failed else None
        if failed:
            self.free(failed)
        return failed, Failure(message, trace, ident, spawned)

    def sleep_until_next_wake(self) -> None:
        delay = (self.next_wake.value - self.nanos()) / 1e9
        if delay > 0:
            time.sleep(min(delay, MAX_WAIT))

    def ask_for_control(self) -> None:
        """Make a running scheduler return to the host soon (from any thread)."""
        self.host_wants.value = 1
        self.preempts[0].value = 1
        self.guards[0].value = 2**64 - 1

    def finished(self) -> list[int]:
        """Ids of the strands that finished most recently (up to 64)."""
        count = self.finished_count.value
        ids = [self.finished_ids[i % 64] for i in range(max(0, count - 64), count)]
        return ids

    def starting_run(self) -> _Ticker:
        """What every run of the scheduler starts with (on the engine
        thread): the other workers placed away from this thread's CPU, and
        the ticker, which preempts strands while the run lasts."""
        self.placement.follow()
        return self.ticker

    def request(self, work: Callable[[], None]) -> None:
        """Have the engine thread do `work` between two runs of the
        scheduler, soon (from any thread, a signal handler's too)."""
        self.requests.append(work)
        self.ask_for_control()

    def serve_requests(self) -> None:
        while self.requests:
            self.requests.pop(0)()

    def strands(self) -> list[StrandInfo]:
        """Every live strand (new, ready, blocked, sleeping...)."""
        found: list[StrandInfo] = []
        now = self.nanos()
        strand = self.registry.value or 0
        while strand:
            state = State(field(strand, "state"))
            if state != State.DONE:
                waiting = field(strand, "waiting_on")
                channel = WAITABLE.read(waiting, "id") if (
                    state == State.BLOCKED and waiting) else None
                found.append(StrandInfo(
                    field(strand, "id"), state.label, channel,
                    parent=field(strand, "parent"), site=_text(field(strand, "site")),
                    seconds=max(0, now - field(strand, "since")) / 1e9,
                    sent=field(strand, "sent"), received=field(strand, "received"),
                    owner=field(strand, "owner"),
                    busy=max(0, now - field(strand, "ran_since")) / 1e9,
                ))
            strand = field(strand, "all_next")
        return found

    def channel_addresses(self) -> list[int]:
        """Where every live channel is (newest first)."""
        found = []
        channel = self.channel_registry.value or 0
        while channel:
            found.append(channel)
            channel = CHANNEL_OBJ.read(channel, "all_next")
        return found

    def channel_address(self, ident: int) -> int:
        """Where the live channel `ident` is, or 0."""
        return next((c for c in self.channel_addresses()
                     if CHANNEL_OBJ.read(c, "id") == ident), 0)

    def channels(self) -> list[ChannelInfo]:
        """Every live channel: its id, queued values and blocked receivers."""
        found: list[ChannelInfo] = []
        for channel in self.channel_addresses():
            waiters: list[int] = []
            strand = CHANNEL_OBJ.read(channel, "first")
            while strand:
                waiters.append(field(strand, "id"))
                strand = field(strand, "next")
            read = partial(CHANNEL_OBJ.read, channel)
            found.append(ChannelInfo(
                read("id"), read("count"), waiters, bool(read("closed")),
                site=_text(read("site")), maker=read("maker"), sent=read("sent"),
                received=read("sent") - read("count"), last_sender=read("last_sender"),
                watched=bool(read("watched")),
            ))
        return found

    def kill_owned(self, owner: int) -> list[int]:
        """End every strand of REPL entry `owner` (its own, those it spawned,
        theirs...) that could still run; their ids. A weave's parked strand
        is left to its weave, which may still be referenced."""
        killed: list[int] = []
        with self.lock:
            strand = self.registry.value or 0
            while strand:
                following = field(strand, "all_next")
                state = State(field(strand, "state"))
                if field(strand, "owner") == owner and state not in _NOT_KILLABLE:
                    killed.append(field(strand, "id"))
                    self.kill_strand(strand)
                strand = following
        return killed

    def kill(self, ident: int) -> bool:
        """End the strand with this id (not the running one); False if none."""
        strand = self.registry.value or 0
        while strand:
            if field(strand, "id") == ident and field(strand, "state") != State.DONE:
                self.kill_strand(strand)
                return True
            strand = field(strand, "all_next")
        return False


# Between runs no strand is RUNNING; DONE ones are their watcher's to free.
_NOT_KILLABLE = (State.DONE, State.RUNNING, State.PARKED)


def start_workers(engine: Engine, scheduler: Scheduler) -> None:
    """The workers beside the host's (SEQ_THREADS, runtime/threads.py): a
    thread each, parked until the host runs the scheduler
    (runtime/parallel.py). Each keeps the engine (its code) alive until the
    scheduler goes; then they return."""
    if WORKERS == 1:
        return
    quit_flag = global_word(engine, "seq_workers_quit")
    weakref.finalize(scheduler, setattr, quit_flag, "value", 1)
    for k in range(1, WORKERS):
        install = bind(engine, "seq_rt_install_fault_handler", worker=k)
        loop = bind(engine, "seq_worker_run", worker=k)

        def serve(k: int = k, install: Callable[[], None] = install,
                  loop: Callable[[int], None] = loop, engine: Engine = engine,
                  placement: Placement = scheduler.placement) -> None:
            install()  # a strand's stack overflow faults on this thread too
            placement.started(k)
            loop(k)

        threading.Thread(target=serve, name=f"seq-worker-{k}", daemon=True).start()


def field(strand: int, name: str) -> int:
    """The field `name` of the strand at address `strand`."""
    return int(STRAND.read(strand, name) or 0)


def _text(value: int) -> str:
    """The String `value` (a site), "" for 0."""
    text = python_value(value) if value else ""
    return text if isinstance(text, str) else ""


class _Ticker:
    """While strands run: every time slice, ask the running one to yield.
    One thread for the scheduler's life, idle between runs: a thread started
    for each run cannot start once strands hold the address space (issue
    16). It holds no reference to the scheduler, whose end ends it."""

    def __init__(self, scheduler: Scheduler) -> None:
        self.clock, self.nanos = scheduler.clock, scheduler.nanos
        self.preempts, self.guards = scheduler.preempts, scheduler.guards
        self.depth = 0  # runs under way (a host call may run the scheduler inside one)
        self.ended = False
        self._start()
        weakref.finalize(scheduler, self._end)

    def _start(self) -> None:
        self.lock = threading.RLock()  # a tick is never half done when a run ends
        self.on = threading.Event()
        self.thread = threading.Thread(target=self._tick, name="seq-preempt", daemon=True)
        self.thread.start()

    def __enter__(self) -> _Ticker:
        if not self.thread.is_alive():
            # Lost to a fork (the test runner's: a child has only its forker).
            try:
                self._start()
            except RuntimeError:  # no room for a thread: this run goes unpreempted
                pass
        with self.lock:
            self.clock.value = self.nanos()
            self.depth += 1
            self.on.set()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0:
                self.on.clear()

    def _end(self) -> None:
        with self.lock:
            self.ended = True
            self.on.set()

    def _tick(self) -> None:
        while self.on.wait() and not self.ended:
            time.sleep(TIME_SLICE)
            with self.lock:
                if self.depth == 0 or self.ended:  # (the engine's code may be gone)
                    continue
                self.clock.value = self.nanos()
                for preempt, guard in zip(self.preempts, self.guards, strict=True):
                    preempt.value = 1
                    guard.value = 2**64 - 1
