"""What compiled FFI calls need of the runtime: C strings to and from
Strings, the name of the C function being called (for the fault handler),
and blocking calls run on a helper thread.

A blocking call (a manifest's `blocking = true`) must not stop the other
strands, so it is made the way the runtime waits for I/O: the strand hands
a job to a new detached thread, which makes the call and then writes to an
eventfd; the strand parks on that descriptor with seq_io_wait (the
scheduler polls it with the other I/O waits) and, woken, copies the result
back. The job (arguments, result, descriptor) is malloc'd, not on the
strand's stack: a strand killed while waiting leaves the thread writing
only into the job, which is then never freed (nor the C strings it was
given) -- a small leak rather than a write into a reused stack.

Invariant: `seq_ffi_calling` is non-null exactly while compiled code is in
a C function that does not block (on the strand's own stack); it names
that function.
"""

from __future__ import annotations

from llvmlite import ir

from .core import checked, panic_format
from .irkit import (
    I8,
    I32,
    I64,
    PTR,
    VOID,
    Fn,
    Layout,
    alloca_once,
    const,
    extern,
    is_null,
    runtime_fn,
    runtime_global,
)
from .layout import STRING_OBJ

CALLING = runtime_global("seq_ffi_calling", PTR,
                         "The C function compiled code is in now (its name), or null.")
POLLIN = 1
EFD_CLOEXEC = 0o2000000

extern("strlen", I64, [PTR], "libc: the length of a C string.")
extern("eventfd", I32, [I32, I32], "libc: a counter descriptor (Linux).")
extern("close", I32, [I32], "libc: close(2).")
extern("pthread_create", I32, [PTR, PTR, PTR, PTR], "libpthread: start a thread.")
extern("pthread_detach", I32, [I64], "libpthread: a thread nobody joins.")

# One blocking call handed to a helper thread (malloc'd); then `count` i64 slots:
# the C arguments in order, then the result.
JOB = Layout("FFI job", [("thunk", PTR), ("fd", I64), ("count", I64)])


@runtime_fn("seq_rt_ffi_cstring")
def cstring(f: Fn, string: ir.Value) -> ir.Value:
    """Borrows the String `string`; returns a malloc'd NUL-terminated copy
    of its bytes (the caller frees it)."""
    b = f.b
    obj = STRING_OBJ(b, string)
    length = obj.length
    copy = checked(f, f.call("malloc", b.add(length, const(1))))
    f.call("memcpy", copy, obj.after(), length)
    b.store(ir.Constant(I8, 0), b.gep(copy, [length], source_etype=I8))
    return copy


@runtime_fn("seq_rt_ffi_string")
def string(f: Fn, text: ir.Value, free: ir.Value) -> ir.Value:
    """Borrows the C string `text` (null: none); returns a new String of
    its bytes ("" for null), having freed `text` if `free` is set."""
    b = f.b
    with b.if_then(is_null(b, text)):
        b.ret(f.call("seq_rt_string_of", text, const(0)))
    result = f.call("seq_rt_string_of", text, f.call("strlen", text))
    with b.if_then(free):
        f.call("free", text)
    return result


@runtime_fn("seq_rt_ffi_enter")
def enter(f: Fn) -> None:
    """Compiled code is about to call a C function that does not block
    (several workers only): the scheduler lock, which may stick to this
    worker between channel operations, is let go, so other workers'
    channel operations do not wait for the call to return."""
    f.call("seq_sched_lock_unstick")


@runtime_fn("seq_ffi_worker", PTR, [PTR], internal=True)
def worker(f: Fn, job_ptr: ir.Value) -> ir.Value:
    """A helper thread's body: borrows the job; runs its thunk on the job's
    slots, then signals its descriptor (the waiting strand owns the job)."""
    b = f.b
    job = JOB(b, job_ptr)
    thunk = job.thunk
    fd = b.trunc(job.fd, I32)
    b.call(b.inttoptr(b.ptrtoint(thunk, I64), ir.PointerType(ir.FunctionType(VOID, [PTR]))),
           [job.after()])
    one = alloca_once(b, I64)
    b.store(const(1), one)
    f.call("write", fd, one, const(8))
    return ir.Constant(PTR, None)


@runtime_fn("seq_rt_ffi_blocking")
def blocking(f: Fn, thunk: ir.Value, slots: ir.Value, count: ir.Value) -> None:
    """Runs `thunk(slots')` on a helper thread, slots' a copy of the `count`
    i64 slots at `slots` (borrowed), while the running strand waits and the
    others run; copies the slots back when it is done."""
    b = f.b
    size = b.mul(count, const(8))
    job_ptr = checked(f, f.call("malloc", b.add(const(JOB.size), size)))
    job = JOB(b, job_ptr)
    job.thunk = thunk
    job.count = count
    f.call("memcpy", job.after(), slots, size)
    fd = f.call("eventfd", I32(0), I32(EFD_CLOEXEC))
    with b.if_then(b.icmp_signed("<", fd, I32(0)), likely=False):
        panic_format(f, "FFI: cannot make an eventfd for a blocking call")
    job.fd = b.sext(fd, I64)
    thread = alloca_once(b, I64)
    started = f.call("pthread_create", thread, ir.Constant(PTR, None), f.callee("seq_ffi_worker"),
                     job_ptr)
    with b.if_then(b.icmp_signed("!=", started, I32(0)), likely=False):
        panic_format(f, "FFI: cannot start a thread for a blocking call (error %d)", started)
    f.call("pthread_detach", b.load(thread, typ=I64))
    f.call("seq_io_wait", job.fd, const(POLLIN), const(-1))
    f.call("memcpy", slots, job.after(), size)
    f.call("close", fd)
    f.call("free", job_ptr)


def crash_message(f: Fn, address: ir.Value) -> None:
    """In the fault handler: a fault while a strand is in a C function is
    that strand's runtime error, naming the function (does not return)."""
    b = f.b
    name = f.load(CALLING)
    with b.if_then(b.icmp_unsigned("!=", name, ir.Constant(PTR, None))):
        f.store(CALLING, ir.Constant(PTR, None))
        panic_format(f, "memory fault in the C function %s (at address 0x%lx), called "
                     "through FFI", name, address)

