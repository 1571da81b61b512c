"""What interactive sessions need of the scheduler: running it so that a
panic comes back to the host instead of ending the process, and killing a
strand (:kill, Ctrl-C on a blocked REPL entry)."""

from __future__ import annotations

from llvmlite import ir

from .irkit import I32, PTR, Fn, const, extern, not_null, runtime_fn, runtime_global
from .status import STRAND, Run
from .strands import RUNQ, SLEEPERS, credit_messages, forget_messages, forget_running
from .threads import THREADED
from .worker import running

FAILED = runtime_global(
    "seq_failed_strand", PTR, "PANICKED: the strand that failed (off every queue)."
)
extern("__sigsetjmp", I32, [PTR, I32], "libc's sigsetjmp (returns twice).")


@runtime_fn("seq_sched_protected")
def protected(f: Fn, may_wait: ir.Value) -> ir.Value:
    """`seq_sched_run(may_wait)`, but a panic in any strand comes back as
    PANICKED with that strand in seq_failed_strand (off every queue, never to
    run again; the host frees it) instead of ending the process."""
    b = f.b
    f.fn.attributes.add("noinline")
    armed, point = f.glob("seq_unwind_armed"), f.glob("seq_unwind_point")
    setjmp = f.callee("__sigsetjmp")
    setjmp.attributes.add("returns_twice")
    b.store(const(1), armed)
    first_time = b.icmp_signed("==", b.call(setjmp, [point, I32(1)]), I32(0))
    with b.if_then(first_time):
        result = f.call("seq_sched_run", may_wait)
        b.store(const(0), armed)
        b.ret(result)
    # seq_rt_panic jumped here, from the failed strand's stack.
    b.store(const(0), armed)
    failed = running(f.b).current
    f.store(FAILED, failed)
    with b.if_then(not_null(b, failed)):
        credit_messages(f, failed)
    forget_messages(f)
    running(f.b).current = ir.Constant(PTR, None)
    running(f.b).guard = const(0)
    running(f.b).ds_limit = const(-1)
    # A memory fault can only interrupt seq_rt_release through a bug, but must
    # not leave it queueing for good: the next release drains what is pending.
    running(f.b).releasing = const(0)
    if THREADED:
        # The panic may have come while this worker held the lock, and
        # the other workers run until the world stops (runtime/parallel.py).
        f.call("seq_sched_lock_release")
        with b.if_then(not_null(b, failed)):
            f.call("seq_sched_lock_take")
            forget_running(f, failed)
            f.call("seq_sched_lock_drop")
        f.call("seq_world_stop")
    return const(Run.PANICKED)


@runtime_fn("seq_strand_kill", locked=True)
def kill(f: Fn, s: ir.Value) -> None:
    """Consumes `s`, a strand that is not running: takes it out of the queue
    it is in (the run queue, the sleepers, or what it is blocked on) and
    frees it. What its frames and data stack hold is not reclaimed."""
    b = f.b
    f.call("seq_waitq_remove", f.address(RUNQ), s)
    f.call("seq_waitq_remove", f.address(SLEEPERS), s)
    waiting_on = STRAND(b, s).waiting_on
    with b.if_then(not_null(b, waiting_on)):
        f.call("seq_waitq_remove", waiting_on, s)
    if THREADED:
        # Failed on another worker, not yet told (an entry the host ends).
        f.call("seq_waitq_remove", f.address("seq_failures"), s)
    f.call("seq_strand_free", s)
