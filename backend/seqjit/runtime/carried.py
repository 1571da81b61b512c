"""A runtime error's text and backtrace, carried with its strand to the
host's worker (several workers only: runtime/parallel.py).

A failure formats its text and records its backtrace into buffers of its
own worker (runtime/core.py), which that worker's next failure overwrites,
and the host reads worker 0's. So a worker other than 0 copies them into a
record its strand keeps (`trace`) before it runs anything else: when the
strand failed (land) and when it hands a host call over (a test's failed
assertion records its backtrace first). Worker 0 copies the record's
addresses into its own part of the buffer just before the host reads them.

A record: its depth (a word), that many return addresses, then the text of
the failure (a C string) when there is one.
"""

from __future__ import annotations

from llvmlite import ir

from .core import PANIC_DEPTH, panic_depth, panic_frames
from .irkit import I8, I64, PTR, VOID, Fn, const, extern, is_null, not_null, runtime_fn
from .status import STRAND
from .threads import THREADED

extern("strlen", I64, [PTR], "libc: a C string's length.")

NULL = ir.Constant(PTR, None)


@runtime_fn("seq_trace_keep", VOID, [PTR, PTR], internal=True)
def keep(f: Fn, s: ir.Value, message: ir.Value) -> None:
    """Borrows `s`; on a worker other than 0, the backtrace this worker
    recorded last (if any) and the C string `message` (unless null, then
    `s`'s failure points at the copy) go into a new record `s` keeps.
    Without memory they are lost (the failure is still told, as "out of
    memory")."""
    if not THREADED:
        return  # (never called: one worker has nothing to carry)
    b = f.b
    strand = STRAND(b, s)
    depth_at = panic_depth(f)
    depth = b.load(depth_at, typ=I64)
    failed = not_null(b, message)
    with b.if_then(b.and_(b.icmp_signed("==", depth, const(0)), b.not_(failed)), likely=True):
        b.ret_void()  # a host call with nothing recorded: the usual case
    b.store(const(0), depth_at)
    addresses = b.mul(depth, const(8))
    text_size = b.select(failed, b.add(f.call("strlen", message), const(1)), const(0))
    record = f.call("malloc", b.add(const(8), b.add(addresses, text_size)))
    f.call("free", strand.trace)  # (a record not yet taken: replaced)
    strand.trace = record
    with b.if_then(is_null(b, record), likely=False):
        with b.if_then(failed):
            strand.failure = f.cstring("out of memory")
        b.ret_void()
    b.store(depth, record)
    after_depth = b.gep(record, [const(8)], source_etype=I8)
    f.call("memcpy", after_depth, panic_frames(f), addresses)
    with b.if_then(failed):
        text = b.gep(after_depth, [addresses], source_etype=I8)
        f.call("memcpy", text, message, text_size)
        strand.failure = text


@runtime_fn("seq_trace_restore", VOID, [PTR], internal=True)
def restore(f: Fn, s: ir.Value) -> None:
    """Borrows `s`; on worker 0: the backtrace `s` carries, if any, becomes
    what the host reads. A host call's record goes; a failed strand's
    holds its text until the host frees it (seq_strand_free)."""
    if not THREADED:
        return
    b = f.b
    strand = STRAND(b, s)
    record = strand.trace
    with b.if_then(is_null(b, record), likely=True):
        b.ret_void()
    depth = b.load(record, typ=I64)
    frames = panic_frames(f)
    with b.if_then(not_null(b, frames)):
        after_depth = b.gep(record, [const(8)], source_etype=I8)
        f.call("memcpy", frames, after_depth, b.mul(depth, const(8)))
        f.store(PANIC_DEPTH, depth)
    with b.if_then(is_null(b, strand.failure)):
        f.call("free", record)
        strand.trace = NULL
