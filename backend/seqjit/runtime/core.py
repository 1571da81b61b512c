"""The runtime's core: memory (allocation, release, runs of values, boxed
Floats), buffered output, the runtime error (panic) and calls from IR to
the Python host services.

Each IR function is one `@runtime_fn` below, its signature from
runtime/interface.py.
"""

from __future__ import annotations

from llvmlite import ir

from .blocks import LARGE
from .irkit import (
    F64,
    I8,
    I32,
    I64,
    PTR,
    VOID,
    Fn,
    Var,
    extern,
    for_range,
    is_null,
    loop,
    not_null,
    runtime_fn,
    runtime_global,
    switch,
)
from .layout import (
    CHANNEL,
    CLOSURE,
    FLOAT,
    FLOAT_OBJ,
    MAP,
    OBJECT,
    VARIANT,
    VARIANT_OBJ,
    const,
    holds_values,
    is_heap,
)
from .status import STRAND
from .threads import THREADED, WORKERS
from .worker import running

OUT_BUFFER = 1 << 16
EINTR = 4  # Linux: a call cut short by a signal
JMP_BUF_WORDS = 64  # larger than glibc's jmp_buf on x86-64 (25 words) and aarch64 (39)

extern("malloc", PTR, [I64], "libc: `size` bytes, uninitialised.")
extern("free", VOID, [PTR], "libc: give back what malloc returned.")
extern("memcpy", PTR, [PTR, PTR, I64], "libc: copy bytes that do not overlap.")
extern("memmove", PTR, [PTR, PTR, I64], "libc: copy bytes that may overlap.")
extern("memcmp", I32, [PTR, PTR, I64], "libc: compare bytes.")
extern("write", I64, [I32, PTR, I64], "libc: write bytes to a file descriptor.")
extern("memchr", PTR, [PTR, I32, I64], "libc: the first occurrence of a byte, or null.")
extern("__errno_location", PTR, [], "libc: the address of this thread's errno.")
extern("snprintf", I32, [PTR, I64, PTR], "libc: formatted text.", var_arg=True)
extern("exit", VOID, [I32], "libc: end the process.")
extern("backtrace", I32, [PTR, I32], "glibc: the return addresses on the native stack.")
# siglongjmp: the unwind point saved the signal mask, which a jump out of the
# memory-fault handler (runtime/faults.py) must restore.
extern("siglongjmp", VOID, [PTR, I32], "libc: jump to a sigsetjmp point.")
for _name in ("cbrt", "tan", "asin", "acos", "atan"):  # what LLVM has no intrinsic for
    extern(_name, F64, [F64], f"libm: {_name}(x).")
extern("atan2", F64, [F64, F64], "libm: atan2(y, x).")

OUT_BYTES = runtime_global(
    "seq_out_buffer", ir.ArrayType(I8, OUT_BUFFER), "Output not yet written."
)
OUT_USED = runtime_global("seq_out_used", I64, "How many bytes of seq_out_buffer are in use.")
OUT_LAST_BYTE = runtime_global(
    "seq_out_last_byte", I64, "The last byte written, so a REPL can tell output that ended "
    "mid-line (a newline until something is written).", init=10
)
OUT_UNBUFFERED = runtime_global(
    "seq_out_unbuffered", I64, "Nonzero: output is flushed as it is written (interactive "
    "sessions, so output appears as it happens)."
)
UNWIND_ARMED = runtime_global(
    "seq_unwind_armed", I64, "Nonzero under seq_sched_protected: a panic unwinds to there."
)
UNWIND_POINT = runtime_global(
    "seq_unwind_point", ir.ArrayType(I64, JMP_BUF_WORDS), "The sigjmp_buf a panic unwinds to."
)
PANIC_MESSAGE = runtime_global(
    "seq_panic_message", PTR, "The C string of the runtime error being unwound."
)
PANIC_FRAMES = runtime_global(
    "seq_panic_frames", PTR, "Where a runtime error records the native return addresses it "
    "unwinds through, innermost first (the host's buffer; null: none recorded)."
)
PANIC_CAPACITY = runtime_global(
    "seq_panic_capacity", I64, "How many addresses seq_panic_frames holds."
)
PANIC_DEPTH = runtime_global(
    "seq_panic_depth", I64, "How many addresses the last runtime error recorded."
)
PANIC_TEXT_SIZE = 256
PANIC_TEXT = runtime_global(
    "seq_panic_text", ir.ArrayType(I8, PANIC_TEXT_SIZE),
    "The text of the last runtime error formatted at run time (one is raised at a time).",
)
if THREADED:
    # Two workers may fail at once: each formats and records into its own
    # (the host reads worker 0's; runtime/carried.py brings the others' there).
    PANIC_TEXTS = runtime_global(
        "seq_panic_texts", ir.ArrayType(I8, WORKERS * PANIC_TEXT_SIZE),
        "Each worker's seq_panic_text, worker 0 first (several workers).",
    )
    PANIC_DEPTHS = runtime_global(
        "seq_panic_depths", ir.ArrayType(I64, WORKERS),
        "How many addresses each worker's last runtime error recorded (worker 0's is "
        "seq_panic_depth, what the host reads).",
    )


# --- memory -----------------------------------------------------------------------------


@runtime_fn("seq_rt_alloc")
def alloc(f: Fn, kind: ir.Value, size: ir.Value) -> ir.Value:
    """Returns a new heap object of `kind` with `size` bytes of payload
    (uninitialised), holding one reference. When memory runs out, that is
    the runtime error "out of memory" of the running strand; off a strand
    (the host, the scheduler) it returns null for the caller to report."""
    return new_object(f, kind, size, const(0))


@runtime_fn("seq_rt_alloc_filled", PTR, [I64, I64, I64], internal=True)
def alloc_filled(f: Fn, kind: ir.Value, size: ir.Value, filled: ir.Value) -> ir.Value:
    """seq_rt_alloc, for a caller that writes the first `filled` bytes of
    the payload at once (a large fresh block maps them ahead: blocks.py)."""
    return new_object(f, kind, size, filled)


def new_object(f: Fn, kind: ir.Value, size: ir.Value, filled: ir.Value) -> ir.Value:
    b = f.b
    total = b.add(size, const(OBJECT.size))
    block = Var(b, PTR)
    with b.if_else(b.icmp_unsigned(">=", total, const(LARGE))) as (large, small):
        with large:
            ahead = b.add(filled, const(OBJECT.size))
            block.set(f.call("seq_mem_alloc_large", total, ahead))  # runtime/blocks.py
        with small:
            block.set(f.call("malloc", total))
    p = block.get()
    with b.if_then(is_null(b, p), likely=False):
        out_of_memory(f)
        b.ret(p)  # off a strand
    header = OBJECT(b, p)
    header.refcount = const(1)
    header.kind = kind
    return p


@runtime_fn("seq_rt_release")
def release(f: Fn, obj: ir.Value) -> None:
    """Consumes `obj`, whose count has reached zero: drops the references it
    holds (a variant's tag and fields, a closure's captures, a channel's
    buffer and waiters, a map's keys and values) and frees it.

    Never recursive, so a structure of any depth (a long linked list) is
    freed in constant native stack: an object that holds references and
    reaches zero while an outer call is dropping references goes on a
    worklist, linked through its own dead count word, which the outer call
    drains. An object holding none is freed at once, as before."""
    b = f.b
    with b.if_then(b.not_(holds_values(b, OBJECT(b, obj).kind)), likely=True):
        f.call("seq_rt_free", obj)
        b.ret_void()
    with b.if_then(b.icmp_signed("!=", running(f.b).releasing, const(0))):
        OBJECT(b, obj).refcount = b.ptrtoint(running(f.b).release_pending, I64)
        running(f.b).release_pending = obj
        b.ret_void()
    running(f.b).releasing = const(1)
    current = Var(b, PTR, obj)
    with loop(b) as each:
        dying = current.get()
        drop_references(f, dying)
        f.call("seq_rt_free", dying)
        pending = running(f.b).release_pending
        each.exit_if(is_null(b, pending))
        running(f.b).release_pending = b.inttoptr(OBJECT(b, pending).refcount, PTR)
        current.set(pending)
    running(f.b).releasing = const(0)


def drop_references(f: Fn, obj: ir.Value) -> None:
    """Drop the references `obj` (dead, of a kind that holds values) holds."""
    b = f.b
    kind = OBJECT(b, obj).kind
    with switch(b, kind) as of_kind:
        with of_kind.case(VARIANT, CLOSURE):
            values = VARIANT_OBJ(b, obj)  # a closure's count and captures lie where a variant's do
            with b.if_then(b.icmp_unsigned("==", kind, const(VARIANT))):
                f.call("seq_decref", values.tag)
            with for_range(b, const(0), values.count) as i:
                f.call("seq_decref", b.load(values.trailing(i), typ=I64))
        with of_kind.case(CHANNEL):
            f.call("seq_chan_release", obj)
        with of_kind.case(MAP):
            f.call("seq_rt_map_drop", obj)


extern("seq_incref_by", VOID, [I64, I64], "Count n more references to a value (layout.py).")
extern("seq_decref_by", VOID, [I64, I64], "Count n fewer, releasing at zero (layout.py).")


class CountRun:
    """The references a loop over a block of values takes or drops, a run
    of one object at a time: a child's copy of its spawner's stack holds
    each channel of every level above it several times over (skynet: about
    three values for each channel), and with several workers each count
    update of a shared object is an atomic one both workers fight over."""

    def __init__(self, f: Fn, update: str) -> None:
        self.f, self.update = f, update  # seq_incref_by or seq_decref_by
        self.value = Var(f.b, I64, const(0))  # (0 is no heap value: nothing to do)
        self.count = Var(f.b, I64, const(0))

    def add(self, value: ir.Value) -> None:
        """One more reference to `value` (the numbers between two objects'
        do not end a run)."""
        b = self.f.b
        with b.if_then(is_heap(b, value)):
            with b.if_else(b.icmp_unsigned("==", value, self.value.get())) as (same, other):
                with same:
                    self.count.set(b.add(self.count.get(), const(1)))
                with other:
                    self.flush()
                    self.value.set(value)
                    self.count.set(const(1))

    def flush(self) -> None:
        self.f.call(self.update, self.value.get(), self.count.get())


@runtime_fn("seq_rt_drop_values")
def drop_values(f: Fn, values: ir.Value, count: ir.Value) -> None:
    """Consumes one reference to each of the `count` values at `values`."""
    b = f.b
    drops = CountRun(f, "seq_decref_by")
    with for_range(b, const(0), count) as i:
        drops.add(b.load(b.gep(values, [i], source_etype=I64), typ=I64))
    drops.flush()


@runtime_fn("seq_rt_copy_values")
def copy_values(f: Fn, to: ir.Value, source: ir.Value, count: ir.Value) -> None:
    """Borrows the `count` values at `source`; copies them to `to`, taking a
    reference to each."""
    b = f.b
    takes = CountRun(f, "seq_incref_by")
    with for_range(b, const(0), count) as i:
        value = b.load(b.gep(source, [i], source_etype=I64), typ=I64)
        takes.add(value)
        b.store(value, b.gep(to, [i], source_etype=I64))
    takes.flush()


@runtime_fn("seq_rt_box_float")
def box_float(f: Fn, x: ir.Value) -> ir.Value:
    """Returns a new Float value holding `x`."""
    p = f.call("seq_rt_alloc", const(FLOAT), const(FLOAT_OBJ.size))
    FLOAT_OBJ(f.b, p).value = x
    return f.b.ptrtoint(p, I64)


# --- output -----------------------------------------------------------------------------
# Output is buffered for speed, but never past a newline or a wait (the
# team's rule, as the reference's line-buffered stdout): a line is written
# when its newline is, and the scheduler calls seq_rt_flush before anything
# can wait (runtime/strands.py, seq_sched_switch), so a process killed or
# crashing afterwards has shown every line it printed.


@runtime_fn("seq_out_write_all", VOID, [PTR, I64], internal=True)
def write_all(f: Fn, data: ir.Value, length: ir.Value) -> None:
    """Borrows `length` bytes at `data`; writes them all to stdout, going
    on after a short write or a signal (EINTR), giving up on any other
    error (nothing could report it)."""
    b = f.b
    at, left = Var(b, PTR, data), Var(b, I64, length)
    with loop(b) as writing:
        writing.exit_if(b.icmp_signed("<=", left.get(), const(0)))
        n = f.call("write", ir.Constant(I32, 1), at.get(), left.get())
        with b.if_then(b.icmp_signed("<", n, const(0))):
            errno = b.load(f.call("__errno_location"), typ=I32)
            writing.exit_if(b.icmp_signed("!=", errno, ir.Constant(I32, EINTR)))
            writing.next()
        at.set(b.gep(at.get(), [n], source_etype=I8))
        left.set(b.sub(left.get(), n))


@runtime_fn("seq_rt_flush", locked=True)
def flush(f: Fn) -> None:
    """Writes the buffered output to stdout, if any, and empties the buffer."""
    b = f.b
    used = f.load(OUT_USED)
    with b.if_then(b.icmp_signed(">", used, const(0))):
        f.store(OUT_USED, const(0))
        f.call("seq_out_write_all", f.glob(OUT_BYTES), used)


@runtime_fn("seq_out_append", VOID, [PTR, I64], internal=True, locked=True)
def append(f: Fn, data: ir.Value, length: ir.Value) -> None:
    """Borrows `length` bytes at `data`; appends them to the output buffer,
    flushing it first when they do not fit (and writing them straight out
    when they never would), and after them when they hold a newline."""
    b = f.b
    with b.if_then(b.icmp_signed("<=", length, const(0))):
        b.ret_void()
    byte = b.load(b.gep(data, [b.sub(length, const(1))], source_etype=I8), typ=I8)
    f.store(OUT_LAST_BYTE, b.zext(byte, I64))
    with b.if_then(b.icmp_signed(">", b.add(f.load(OUT_USED), length), const(OUT_BUFFER))):
        f.call("seq_rt_flush")
        with b.if_then(b.icmp_signed(">", length, const(OUT_BUFFER))):
            f.call("seq_out_write_all", data, length)
            b.ret_void()
    used = f.load(OUT_USED)
    buffer = f.glob(OUT_BYTES)
    f.call("memcpy", b.gep(buffer, [const(0), used], source_etype=buffer.value_type), data, length)
    f.store(OUT_USED, b.add(used, length))
    # The common line ends with its newline: look there before scanning.
    ends_line = b.icmp_unsigned("==", byte, ir.Constant(I8, 10))
    with b.if_then(ends_line):
        f.call("seq_rt_flush")
        b.ret_void()
    newline = f.call("memchr", data, ir.Constant(I32, 10), length)
    with b.if_then(b.icmp_unsigned("!=", newline, ir.Constant(PTR, None))):
        f.call("seq_rt_flush")


@runtime_fn("seq_rt_out")
def out(f: Fn, data: ir.Value, length: ir.Value) -> None:
    """Borrows `length` bytes at `data`; appends them to the output (written
    out at a newline, or at once when output is unbuffered: an interactive
    session, where even a line's start should show as it happens)."""
    b = f.b
    f.call("seq_out_append", data, length)
    with b.if_then(b.icmp_signed("!=", f.load(OUT_UNBUFFERED), const(0))):
        f.call("seq_rt_flush")


# --- runtime errors -----------------------------------------------------------------------


@runtime_fn("seq_rt_panic")
def panic(f: Fn, message: ir.Value) -> None:
    """Raises the runtime error `message` (a C string that outlives the
    call). Flushes output; under seq_sched_protected (a REPL entry) it
    unwinds to there, otherwise the host reports it and ends the process.
    Does not return."""
    b = f.b
    f.call("seq_rt_flush")
    record_backtrace(f)
    if THREADED:
        # The failure travels with its strand to the host's worker, and a
        # worker other than the host's unwinds to its own loop
        # (runtime/parallel.py).
        s = running(b).current
        with b.if_then(not_null(b, s)):
            STRAND(b, s).failure = message
        point = running(b).unwind_point
        with b.if_then(not_null(b, point), likely=False):
            f.call("siglongjmp", point, ir.Constant(I32, 1))
            b.unreachable()
    with b.if_then(b.icmp_signed("!=", f.load(UNWIND_ARMED), const(0))):
        f.store(PANIC_MESSAGE, message)
        f.call("siglongjmp", f.glob(UNWIND_POINT), ir.Constant(I32, 1))
        b.unreachable()
    f.host_call("panic", VOID, message)
    b.unreachable()


def record_backtrace(f: Fn) -> None:
    """Record the native return addresses above this point in the host's
    buffer (live/backtrace.py reads them): only a failure pays for it. With
    several workers, each has its own part of the buffer and its own depth."""
    b = f.b
    frames, depth = panic_frames(f), panic_depth(f)
    b.store(const(0), depth)
    with b.if_then(not_null(b, frames)):
        count = f.call("backtrace", frames, b.trunc(f.load(PANIC_CAPACITY), I32))
        b.store(b.sext(count, I64), depth)


def panic_depth(f: Fn) -> ir.Value:
    """Where this worker's count of recorded return addresses is (worker
    0's is seq_panic_depth)."""
    if not THREADED:
        return f.glob(PANIC_DEPTH)
    b = f.b
    index = running(b).index
    own = b.gep(f.address(PANIC_DEPTHS), [index], source_etype=I64)
    return b.select(b.icmp_signed("==", index, const(0)), f.address(PANIC_DEPTH), own)


def panic_frames(f: Fn) -> ir.Value:
    """This worker's part of the host's buffer of return addresses (null:
    none)."""
    b = f.b
    frames = f.load(PANIC_FRAMES)
    if not THREADED:
        return frames
    offset = b.mul(running(b).index, f.load(PANIC_CAPACITY))
    return b.select(is_null(b, frames), frames, b.gep(frames, [offset], source_etype=I64))


def out_of_memory(f: Fn, message: str = "out of memory") -> None:
    """An allocation failed: on a strand, its runtime error `message` (does
    not return); off a strand, where a panic would unwind through the
    host's frames, nothing (the caller reports the failure)."""
    b = f.b
    with b.if_then(not_null(b, running(f.b).current)):
        f.call("seq_rt_panic", f.cstring(message))
        b.unreachable()


def checked(f: Fn, p: ir.Value) -> ir.Value:
    """`p`, what malloc or realloc returned, when it is not null; null is
    out_of_memory (on a strand, its runtime error)."""
    with f.b.if_then(is_null(f.b, p), likely=False):
        out_of_memory(f)
    return p


def panic_format(f: Fn, template: str, *args: ir.Value) -> None:
    """Raise the runtime error `template` (printf's) formatted with `args`
    into seq_panic_text (this worker's), truncated to fit; the block ends
    here."""
    text: ir.Value = f.glob(PANIC_TEXT)
    if THREADED:
        offset = f.b.mul(running(f.b).index, const(PANIC_TEXT_SIZE))
        text = f.b.gep(f.address(PANIC_TEXTS), [offset], source_etype=I8)
    f.call("snprintf", text, const(PANIC_TEXT_SIZE), f.cstring(template), *args)
    f.call("seq_rt_panic", text)
    f.b.unreachable()


# --- the module under construction, for modules not yet converted ---------------------------
