"""Workers: the state of a thread that runs Seq code, kept per thread.

Whatever belongs to "the thread running the scheduler" rather than to the
process (the running strand, the system stack, the stack limits the
compiled code polls, why a strand switched back, a host call's thunk, the
release worklist, the preemption request) is a field of a Worker struct.
Workers live in `seq_workers`; a thread that runs Seq code is attached to
one (runtime/segment.py, runtime/bindings.py), and IR reaches the fields of
the one it runs for through `running(b)`: one `%gs:`-relative access on
x86-64 Linux, else worker 0 at its global address.
"""

from __future__ import annotations

import ctypes
from typing import Any

from llvmlite import ir

from .bindings import Symbols, global_address
from .interface import MAX_WORKERS, WORKER_WORDS
from .irkit import I64, PTR, Fields, Fn, Layout, const, global_in, runtime_fn, runtime_global
from .segment import GS_ADDRESS_SPACE, GS_WORKERS
from .threads import WORKERS as THREADS

WORKER = Layout(
    "Worker",
    [
        ("self", PTR),  # the struct's own address (%gs: reads give offsets from it)
        ("current", PTR),  # the running strand; null on the system stack
        ("system_sp", PTR),  # the system stack's pointer while a strand runs
        ("guard", I64),  # the running strand's native stack limit; all-ones: attention
        ("ds_limit", I64),  # its data stack limit (-1: none)
        ("switch_reason", I64),  # why the last strand switched back (a Switch)
        ("host_thunk", PTR),  # HOST_CALL: the function to run on the system stack...
        ("host_block", PTR),  # ...and its argument
        ("preempt", I64),  # set by the host: the running strand yields
        ("releasing", I64),  # nonzero while seq_rt_release drains its worklist
        ("release_pending", PTR),  # that worklist (runtime/core.py)
        ("index", I64),  # which worker this is
        ("lock_depth", I64),  # off a strand: how often it holds the scheduler lock (schedlock.py)
        ("unwind_point", PTR),  # where a panic on a worker other than 0 unwinds to (or null)
        # Several workers (runtime/parallel.py): the strand a send woke, run
        # next here and by no other worker, and a local run queue (a wait
        # queue: first, last) of the strands spawned here, which idle
        # workers steal from.
        ("runnext", PTR),
        ("local_first", PTR),
        ("local_last", PTR),
        ("strands_run", I64),  # how many times it switched into a strand (several workers)
        ("lock_takes", I64),  # how many times it took the scheduler lock (several workers)
        ("looked_at", I64),  # its strands_run when an idle worker last looked to steal...
        ("looked_takes", I64),  # ...and its lock_takes then
        # The strand console (runtime/strands.py): the running strand's id
        # (what a send records as its channel's last sender) and the values
        # it sent and received in this turn, credited to its record after.
        ("current_id", I64),
        ("sent_now", I64),
        ("received_now", I64),
        # Idle (runtime/idle.py): its futex word, 1 while it naps (a waker
        # sets 0); looks that found nothing since it last ran a strand;
        # 1 while counted in seq_workers_spinning; how long it naps next
        # while only unstealable work is in sight (ns, doubling).
        ("napping", I64),
        ("idle_looks", I64),
        ("spinning", I64),
        ("retry_ns", I64),
        # How many times it switched straight from a strand that blocked to
        # the next (runtime/strands.py, seq_sched_handoff), and how many
        # times when its scheduler last switched into a strand.
        ("handoffs", I64),
        ("handoffs_then", I64),
    ],
)
assert WORKER.size == 8 * WORKER_WORDS, "runtime/interface.py declares seq_workers' size"
WORKERS = runtime_global(
    "seq_workers", ir.ArrayType(I64, MAX_WORKERS * WORKER_WORDS),
    "Every worker's struct (a Worker each), worker 0 first.",
)
GS_PTR = ir.PointerType(addrspace=GS_ADDRESS_SPACE)

# What the workers share about running at all (several workers only; see
# runtime/parallel.py).
GO = runtime_global(
    "seq_workers_go", I64, "1 while the host's worker runs the scheduler: the others may too."
)
RUNNING_STRANDS = runtime_global(
    "seq_running_strands", I64,
    "How many strands are running on some worker (changed under the scheduler lock).",
)
WATCHED_PENDING = runtime_global(
    "seq_watched_pending", I64, "1 when a watched strand finished (seq_watched_done) and the "
    "host's worker has not yet told the host."
)


def running(b: ir.IRBuilder) -> Fields:
    """The fields of the worker this thread runs Seq code for."""
    if GS_WORKERS:
        return WORKER(b, b.inttoptr(const(0), GS_PTR))
    return WORKER(b, global_in(b.module, WORKERS))


def field_address(b: ir.IRBuilder, name: str) -> ir.Value:
    """A plain pointer to field `name` of the running worker (to pass on)."""
    return b.gep(running(b).self, [const(WORKER.offset(name))], source_etype=ir.IntType(8))


def worker_numbered(f: Fn, index: int | ir.Value) -> Fields:
    """The fields of worker `index` (a number, or an i64 at run time), at
    its address."""
    b = f.b
    size = WORKER.size
    offset = const(index * size) if isinstance(index, int) else b.mul(index, const(size))
    return WORKER(b, b.gep(f.address(WORKERS), [offset], source_etype=ir.IntType(8)))


@runtime_fn("seq_rt_worker_init")
def worker_init(f: Fn, index: ir.Value) -> ir.Value:
    """Returns worker `index`'s struct, set up the first time: its own
    address, no strand, no data stack limit."""
    b = f.b
    worker = worker_numbered(f, index)
    with b.if_then(b.icmp_unsigned("!=", worker.self, worker.ptr)):
        worker.self = worker.ptr
        worker.ds_limit = const(-1)
        worker.index = index
    return worker.ptr


# --- the host's side --------------------------------------------------------------------


def worker_words(engine: Symbols, name: str, as_type: Any = ctypes.c_int64) -> list[Any]:
    """Field `name` of every worker (runtime/threads.py), worker 0 first."""
    return [worker_word(engine, k, name, as_type) for k in range(THREADS)]


def worker_word(engine: Symbols, index: int, name: str, as_type: Any = ctypes.c_int64) -> Any:
    """Field `name` of worker `index` as a ctypes object over its memory
    (for the host's threads, which write a worker's guard and preemption
    request while it runs)."""
    base = global_address(engine, WORKERS) + index * WORKER.size
    return as_type.from_address(base + WORKER.offset(name))
