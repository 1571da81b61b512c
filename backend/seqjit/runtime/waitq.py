"""Wait queues (after Go's `waitq`): a FIFO of strands linked through their
`next` field, with a first and a last pointer.

Invariants:
- A strand is in at most one wait queue at a time (the run queue, the
  sleepers, a channel's receivers, an I/O wait record); its `next` is
  meaningful only while it is in one.
- `first` is null exactly when `last` is; `last.next` is null.
- Only the helpers below touch the links: channel, scheduler and I/O code
  enqueue, dequeue and remove, and never follow `next` themselves.

Something strands block on is a `Waitable`: a struct that starts with a
wait queue and an id (a channel's, 0 for an I/O wait). A blocked strand's
`waiting_on` points at that prefix, so `seq_strand_kill` can take it out
of the queue without knowing what it waits for, and :strands can say which
channel it waits on.
"""

from __future__ import annotations

from collections.abc import Sequence

from llvmlite import ir

from .irkit import I64, PTR, VOID, Fn, Layout, Var, is_null, loop, not_null, runtime_fn
from .status import STRAND

QUEUE_FIELDS = [
    ("first", PTR),  # the strand dequeue gives next, or null
    ("last", PTR),  # where enqueue appends, or null
]
WAITQ = Layout("Wait queue", QUEUE_FIELDS)

WAITABLE_FIELDS = [
    *QUEUE_FIELDS,  # the strands blocked on it
    ("id", I64),  # a channel's id; 0 for an I/O wait (shown as no channel)
]
WAITABLE = Layout("Waitable", WAITABLE_FIELDS)


def waitable(name: str, fields: Sequence[tuple[str, ir.Type]], *, start: int = 0) -> Layout:
    """The layout of a struct strands wait on: the Waitable prefix, then
    `fields`. A waiter's `waiting_on` is the address of the prefix
    (`Fields.addr("first")`)."""
    return Layout(name, [*WAITABLE_FIELDS, *fields], start=start)


NULL = ir.Constant(PTR, None)


@runtime_fn("seq_waitq_enqueue", VOID, [PTR, PTR], internal=True, inline=True)
def enqueue(f: Fn, q: ir.Value, s: ir.Value) -> None:
    """Borrows the queue `q` and the strand `s` (in no queue): `s` becomes
    the last of `q`."""
    b = f.b
    queue, strand = WAITQ(b, q), STRAND(b, s)
    strand.next = NULL
    last = queue.last
    with b.if_else(is_null(b, last)) as (empty, behind):
        with empty:
            queue.first = s
        with behind:
            STRAND(b, last).next = s
    queue.last = s


@runtime_fn("seq_waitq_push", VOID, [PTR, PTR], internal=True, inline=True)
def push(f: Fn, q: ir.Value, s: ir.Value) -> None:
    """Borrows `q` and `s` (in no queue): `s` becomes the first of `q`."""
    b = f.b
    queue = WAITQ(b, q)
    first = queue.first
    STRAND(b, s).next = first
    queue.first = s
    with b.if_then(is_null(b, first)):
        queue.last = s


@runtime_fn("seq_waitq_dequeue", PTR, [PTR], internal=True, inline=True)
def dequeue(f: Fn, q: ir.Value) -> ir.Value:
    """Borrows `q`; returns its first strand, taken out of it, or null when
    it is empty."""
    b = f.b
    queue = WAITQ(b, q)
    first = queue.first
    with b.if_then(b.icmp_unsigned("!=", first, NULL), likely=True):
        rest = STRAND(b, first).next
        queue.first = rest
        with b.if_then(is_null(b, rest)):
            queue.last = NULL
    return first


@runtime_fn("seq_waitq_remove", VOID, [PTR, PTR], internal=True)
def remove(f: Fn, q: ir.Value, s: ir.Value) -> None:
    """Borrows `q` and `s`: takes `s` out of `q` if it is there (a strand
    killed while it waits); nothing otherwise."""
    b = f.b
    queue = WAITQ(b, q)
    link = Var(b, PTR, queue.addr("first"))  # the pointer that points at `node`
    before = Var(b, PTR, NULL)  # the strand before `node`, null at the front
    with loop(b) as walk:
        node = b.load(link.get(), typ=PTR)
        walk.exit_if(is_null(b, node))
        found = b.icmp_unsigned("==", node, s)
        with b.if_then(found):
            b.store(STRAND(b, s).next, link.get())
            with b.if_then(b.icmp_unsigned("==", queue.last, s)):
                queue.last = before.get()
        walk.exit_if(found)
        before.set(node)
        link.set(STRAND(b, node).addr("next"))


@runtime_fn("seq_waitq_insert_by_wake", VOID, [PTR, PTR], internal=True)
def insert_by_wake(f: Fn, q: ir.Value, s: ir.Value) -> None:
    """Borrows `q` (ordered by `wake_at`, the sleepers) and `s` (in no
    queue): `s` goes after every strand that wakes no later than it, so
    strands due at the same time wake in the order they went to sleep."""
    b = f.b
    queue = WAITQ(b, q)
    when = STRAND(b, s).wake_at
    link = Var(b, PTR, queue.addr("first"))
    node = Var(b, PTR)
    with loop(b) as walk:
        node.set(b.load(link.get(), typ=PTR))
        walk.exit_if(is_null(b, node.get()))
        walk.exit_if(b.icmp_signed(">", STRAND(b, node.get()).wake_at, when))
        link.set(STRAND(b, node.get()).addr("next"))
    after = node.get()
    STRAND(b, s).next = after
    b.store(s, link.get())
    with b.if_then(is_null(b, after)):
        queue.last = s


# --- registries ---------------------------------------------------------------------------
# Every live strand and every live channel is also in a registry (for
# :strands, :channels and deadlock reports): a doubly linked list through
# the struct's `all_prev` / `all_next`, headed by a runtime global.


def registry_push(f: Fn, layout: Layout, registry: str, obj: ir.Value) -> None:
    """Put `obj` (a `layout` struct, its links unset) at the registry's front."""
    b = f.b
    first = f.load(registry)
    entry = layout(b, obj)
    entry.all_prev = ir.Constant(PTR, None)
    entry.all_next = first
    with b.if_then(not_null(b, first)):
        layout(b, first).all_prev = entry.ptr
    f.store(registry, entry.ptr)


def registry_remove(f: Fn, layout: Layout, registry: str, obj: ir.Value) -> None:
    """Take `obj` (a `layout` struct in the registry) out of it."""
    b = f.b
    entry = layout(b, obj)
    before, after = entry.all_prev, entry.all_next
    with b.if_else(is_null(b, before)) as (first, inner):
        with first:
            f.store(registry, after)
        with inner:
            layout(b, before).all_next = after
    with b.if_then(not_null(b, after)):
        layout(b, after).all_prev = before
