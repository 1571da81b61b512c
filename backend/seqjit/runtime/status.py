"""The scheduler's vocabulary, declared once: the strand struct, what state
a strand is in, why it switched back to the scheduler, its flags, and what
a round of the scheduler reports to the host. The IR emitters (strands,
wait queues, channels, weaves, I/O waits) and the host's side
(live/scheduler.py) both use these names; each code is an int, so IR takes
it as `const(State.READY)`, and the host reads a strand's field with
`STRAND.read(address, "state")`."""

from __future__ import annotations

from enum import IntEnum, IntFlag

from .irkit import I64, PTR, Layout
from .threads import THREADED

# One strand, malloc'd by seq_strand_new and freed by seq_strand_free.
STRAND = Layout(
    "Strand",
    [
        ("saved_sp", PTR),  # native stack pointer while switched out
        ("stack_mem", PTR),  # its region (strands.py), null until it first runs
        ("ds_base", I64),  # its data stack, inside the region: first slot
        ("ds_end", I64),  # just past the last slot
        ("entry", I64),  # the quotation or closure it runs (a counted reference)
        ("id", I64),  # 1, 2, ... in spawn order; what :strands and :kill show
        ("state", I64),  # a State
        ("next", PTR),  # link in the one wait queue it is in (runtime/waitq.py)
        ("wake_at", I64),  # monotonic ns, while SLEEPING
        ("transfer", I64),  # a value handed to it while it was BLOCKED
        ("ok", I64),  # and whether the handover succeeded (chan.receive's flag)
        ("waiting_on", PTR),  # the Waitable (waitq.py) it is BLOCKED on, or null
        ("entry_sp", PTR),  # data stack pointer its entry starts from
        ("weave", I64),  # the weave it runs, if WOVEN (not a counted reference)
        ("all_prev", PTR),  # every live strand is in a doubly linked registry
        ("all_next", PTR),  # (seq_strands), for :strands, :kill and deadlock reports
        ("guard", I64),  # its native stack limit (becomes its worker's guard)
        ("result_sp", PTR),  # data stack pointer when it finished
        ("flags", I64),  # Flag bits
        ("ds_limit", I64),  # where its data stack counts as overflowing (its worker's ds_limit)
        ("pending", PTR),  # values it starts with, held until it first runs (malloc'd)
        ("pending_count", I64),
        ("owner", I64),  # the REPL entry it belongs to (spawned by it or by its strands), or 0
        # What the strand console shows (live/observe.py); cheap to keep:
        # stores of values at hand and loads of one coarse clock.
        ("parent", I64),  # the id of the strand that spawned it, 0 for the host
        ("site", I64),  # String "word\tfile:line:col" of its strand.spawn (a constant), or 0
        ("since", I64),  # seq_clock when it entered its state (RUNNING: when it became READY)
        ("ran_since", I64),  # seq_clock when it last stopped waiting of its own accord
        ("sent", I64),  # values it sent on channels, up to its last turn (runtime/strands.py)
        ("received", I64),  # values it received from channels, likewise
        ("failure", PTR),  # the C string of the runtime error that ended it, once it failed
        # A host call a worker other than 0 hands to worker 0 (runtime/strands.py):
        ("host_thunk", PTR),
        ("host_block", PTR),
        # Its failure's text and backtrace from another worker (runtime/carried.py).
        *([("trace", PTR)] if THREADED else []),
    ],
)


class State(IntEnum):
    """A strand's `state` field."""

    NEW = 0  # spawned, never run (not yet on a native stack)
    READY = 1  # in the run queue
    RUNNING = 2  # its worker's `current`
    BLOCKED = 3  # in a wait queue: a channel's, or an I/O wait record's
    SLEEPING = 4  # in the sleepers, until its `wake_at`
    DONE = 5  # its entry returned; freed once the host has its result
    PARKED = 6  # a weave's strand between resumes, in no queue

    @property
    def label(self) -> str:
        """How :strands and deadlock reports name it."""
        return "finished" if self is State.DONE else self.name.lower()


class Switch(IntEnum):
    """Why a strand switched back to the scheduler (its worker's `switch_reason`)."""

    SWITCHED = 0  # it yielded, blocked or went to sleep: the scheduler moves on
    FINISHED = 1  # its entry returned
    HOST_CALL = 2  # it asks for `seq_host_thunk(seq_host_block)` on the system stack
    BLOCKED = 3  # it blocked or went to sleep: as SWITCHED, unless it hands off (seq_sched_handoff)


class Flag(IntFlag):
    """A strand's `flags` field."""

    WATCHED = 1  # the host waits for this strand (main, a REPL entry)
    WOVEN = 2  # it runs a weave


class Run(IntEnum):
    """What `seq_sched_run` / `seq_sched_protected` return to the host."""

    NOTHING_LEFT = 0  # no strand can ever run again
    ONLY_SLEEPERS = 1  # only sleepers or I/O waiters; the next wake time is in seq_next_wake
    WATCHED_FINISHED = 2  # a watched strand finished (in seq_watched_done)
    PANICKED = 3  # a strand panicked (in seq_failed_strand); protected runs only
    HOST_ASKED = 4  # the host asked for control back (seq_host_wants_control)
