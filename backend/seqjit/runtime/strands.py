"""Strands and the scheduler, as IR.

Invariants (stated first, as Go's proc.go does):
- One thread runs all Seq code. The scheduler runs on that thread's own
  stack (the "system stack"); every strand, `main` included, runs on a
  native stack from the pool. Python is only ever called from the system
  stack (`seq_rt_on_system_stack`).
- `seq_current` is the running strand, or null on the system stack.
- A strand is in at most one list at a time, linked through its `next`
  word: the run queue, a channel's waiters, or the sleepers. A running or
  parked (weave) strand is in none. A strand waiting on I/O (runtime/net.py)
  is the only waiter of its own wait record, which looks like a channel's
  wait list where `seq_strand_kill` looks.
- Each round of `seq_sched_run` calls `seq_io_service` (runtime/net.py),
  which polls the descriptors strands wait on and wakes those that are
  ready: at most once a millisecond without waiting while strands are
  runnable; when none is, waiting until the next sleeper is due (in short
  slices). Strands waiting on I/O are live: the scheduler never reports
  "nothing left" while one waits.
- A strand's native stack is taken from the pool when it first runs and
  given back when it finishes; a strand that never ran costs only its
  struct and data stack.
- Newly spawned and newly woken strands go to the front of the run queue
  (so a tree of spawns runs depth-first, keeping few strands started);
  strands that yield or are preempted go to the back (so none starves).
- Functions that can loop start by comparing the native stack pointer with
  `seq_stack_guard`. The guard is the current strand's stack limit; the host
  sets it to all-ones to ask for attention (an interrupt, a preemption), so
  one compare serves stack overflow, Ctrl-C and fairness.
"""

from __future__ import annotations

from llvmlite import ir

from .context import FRAMES, architecture, assembly
from .core import RuntimeBuilder
from .layout import (
    I32,
    I64,
    PTR,
    VOID,
    WEAVE_TRANSFER,
    WORD_FN,
    call_ptr,
    const,
    declare,
    emit_closure_enter,
    load_word,
)

# The strand struct, one i64 word each.
FIELDS = (
    "saved_sp",  # native stack pointer while switched out
    "stack_mem",  # its memory region (see REGION), null until it first runs
    "ds_base",  # data stack, inside the region
    "ds_end",
    "entry",  # the quotation or closure it runs (a counted reference)
    "id",
    "state",
    "next",  # link in the one list it is in
    "wake_at",  # monotonic ns, while sleeping
    "transfer",  # a value handed to it while it was blocked
    "ok",  # and whether the handover succeeded (chan.receive's flag)
    "waiting_on",  # the channel it waits on, for :strands and deadlock reports
    "entry_sp",  # data stack pointer its entry starts from
    "weave",  # the weave it runs, if it is one
    "all_prev",  # every live strand is in a doubly linked registry
    "all_next",
    "guard",  # its native stack limit (for seq_stack_guard)
    "result_sp",  # data stack pointer when it finished
    "flags",
    "ds_limit",  # where its data stack counts as overflowing (for seq_ds_limit)
    "pending",  # values it starts with, held until it first runs (malloc'd)
    "pending_count",
)
F = {name: i for i, name in enumerate(FIELDS)}
STRAND_BYTES = 8 * len(FIELDS)

NEW, READY, RUNNING, BLOCKED, SLEEPING, DONE, PARKED = range(7)
STATE_NAMES = ("new", "ready", "running", "blocked", "sleeping", "finished", "parked")
WATCHED = 1  # flags: the host waits for this strand (main, a REPL entry)
WOVEN = 2  # it runs a weave

# Why a strand switched back to the scheduler.
SWITCHED, FINISHED, HOST_CALL = 0, 1, 2

FINISHED_LOG = 64  # finished strand ids remembered for :strands
PAGE = 4096
GUARD_MARGIN = 32 * 1024  # room below the guard for runtime and libc frames
DATA_STACK_SLOTS = 1 << 20  # 8 MiB reserved; only the pages used are touched
DATA_MARGIN = 8 * 1024  # slots past the limit a straight-line word may still push
# A strand's region, taken from the pool when it first runs (one mmap, reused):
#   guard page | native stack (grows down) | guard page | data stack (grows up) | guard page

MMAP_FLAGS = 0x02 | 0x20 | 0x4000  # MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE


def slot(b: ir.IRBuilder, strand: ir.Value, name: str) -> ir.Value:
    return b.gep(strand, [const(F[name])], source_etype=I64)


def get(b: ir.IRBuilder, strand: ir.Value, name: str, ty: ir.Type = I64) -> ir.Value:
    return b.load(slot(b, strand, name), typ=ty)


def put(b: ir.IRBuilder, strand: ir.Value, name: str, value: ir.Value) -> None:
    b.store(value, slot(b, strand, name))


def field_or(b: ir.IRBuilder, strand: ir.Value, name: str, default: ir.Value) -> ir.Value:
    """`strand.name`, or `default` when strand is null."""
    present = b.icmp_unsigned("!=", strand, ir.Constant(PTR, None))
    start = b.block
    with b.if_then(present):
        value = get(b, strand, name, default.type)
        loaded = b.block
    result = b.phi(default.type)
    result.add_incoming(default, start)
    result.add_incoming(value, loaded)
    return result


def global_(rt: RuntimeBuilder, name: str, ty: ir.Type = I64, init: int | None = 0):
    g = ir.GlobalVariable(rt.module, ty, name=name)
    g.initializer = const(init) if ty == I64 else ir.Constant(ty, None)
    return g


def emit(rt: RuntimeBuilder) -> None:
    m = rt.module
    rt.asm.extend(assembly().strip().splitlines())
    switch = declare(m, "seq_ctx_switch", ir.FunctionType(VOID, [PTR, PTR]))
    trampoline = declare(m, "seq_strand_trampoline", ir.FunctionType(VOID, []))
    enter = m.globals.get("seq_closure_enter") or emit_closure_enter(m)

    current = global_(rt, "seq_current", PTR)
    system_sp = global_(rt, "seq_system_sp", PTR)
    head = global_(rt, "seq_runq_head", PTR)
    tail = global_(rt, "seq_runq_tail", PTR)
    sleepers = global_(rt, "seq_sleepers", PTR)
    pool = global_(rt, "seq_stack_pool", PTR)
    registry = global_(rt, "seq_strands", PTR)
    reason = global_(rt, "seq_switch_reason")
    host_thunk = global_(rt, "seq_host_thunk", PTR)
    host_block = global_(rt, "seq_host_block", PTR)
    guard = global_(rt, "seq_stack_guard")
    ds_limit = global_(rt, "seq_ds_limit", init=-1)
    next_id = global_(rt, "seq_next_strand_id", init=1)
    live = global_(rt, "seq_live_strands")
    stack_size = global_(rt, "seq_native_stack_size", init=128 * 1024)
    next_wake = global_(rt, "seq_next_wake")
    watched_done = global_(rt, "seq_watched_done")
    preempt = global_(rt, "seq_preempt_flag")
    host_wants = global_(rt, "seq_host_wants_control")
    global_(rt, "seq_failed_strand", PTR)  # set by seq_sched_protected
    finished_log = ir.GlobalVariable(m, ir.ArrayType(I64, FINISHED_LOG), name="seq_finished_ids")
    finished_log.initializer = ir.Constant(ir.ArrayType(I64, FINISHED_LOG), None)
    finished_count = global_(rt, "seq_finished_count")
    interrupt = m.globals.get("seq_interrupt_flag") or global_(rt, "seq_interrupt_flag")
    mmap = declare(m, "mmap", ir.FunctionType(PTR, [PTR, I64, I32, I32, I32, I64]))
    mprotect = declare(m, "mprotect", ir.FunctionType(I32, [PTR, I64, I32]))
    nanos = m.globals["seq_rt_nanos"]
    usleep = m.globals.get("usleep") or declare(m, "usleep", ir.FunctionType(I32, [I32]))
    null = ir.Constant(PTR, None)

    def fn(name: str, ret: ir.Type, args: list[ir.Type], internal: bool = False):
        f, b = rt.function(name, ret, args)
        if internal:
            f.linkage = "internal"
        return f, b

    # --- the run queue ----------------------------------------------------------------
    push_front, b = fn("seq_sched_push_front", VOID, [PTR])
    (s,) = push_front.args
    put(b, s, "state", const(READY))
    old = b.load(head, typ=PTR)
    put(b, s, "next", b.ptrtoint(old, I64))
    b.store(s, head)
    with b.if_then(b.icmp_unsigned("==", old, null)):
        b.store(s, tail)
    b.ret_void()

    push_back, b = fn("seq_sched_push_back", VOID, [PTR])
    (s,) = push_back.args
    put(b, s, "state", const(READY))
    put(b, s, "next", const(0))
    last = b.load(tail, typ=PTR)
    empty = b.icmp_unsigned("==", last, null)
    with b.if_else(empty) as (then, otherwise):
        with then:
            b.store(s, head)
        with otherwise:
            put(b, last, "next", b.ptrtoint(s, I64))
    b.store(s, tail)
    b.ret_void()

    pop, b = fn("seq_sched_pop", PTR, [], internal=True)
    first = b.load(head, typ=PTR)
    with b.if_then(b.icmp_unsigned("!=", first, null)):
        rest = get(b, first, "next", PTR)
        b.store(rest, head)
        with b.if_then(b.icmp_unsigned("==", rest, null)):
            b.store(null, tail)
    b.ret(first)

    # --- switching --------------------------------------------------------------------
    # seq_sched_switch(why): leave the current strand for the system stack.
    to_system, b = fn("seq_sched_switch", VOID, [I64])
    s = b.load(current, typ=PTR)
    b.store(to_system.args[0], reason)
    b.call(switch, [slot(b, s, "saved_sp"), b.load(system_sp, typ=PTR)])
    # Back on this strand: its limits are the live ones again.
    b.store(get(b, s, "guard"), guard)
    b.store(get(b, s, "ds_limit"), ds_limit)
    b.ret_void()

    block, b = fn("seq_sched_block", VOID, [I64])
    s = b.load(current, typ=PTR)
    put(b, s, "state", block.args[0])
    b.call(to_system, [const(SWITCHED)])
    b.ret_void()

    yield_, b = fn("seq_rt_yield", VOID, [])
    s = b.load(current, typ=PTR)
    with b.if_then(b.icmp_unsigned("!=", s, null)):
        b.call(push_back, [s])
        b.call(to_system, [const(SWITCHED)])
    b.ret_void()

    # seq_rt_on_system_stack(thunk, block): run thunk(block) where Python may run.
    on_system, b = fn("seq_rt_on_system_stack", VOID, [PTR, PTR])
    thunk, data = on_system.args
    here = b.load(current, typ=PTR)
    with b.if_else(b.icmp_unsigned("==", here, null)) as (direct, bridged):
        with direct:
            call_ptr(b, thunk, ir.FunctionType(VOID, [PTR]), [data])
        with bridged:
            b.store(thunk, host_thunk)
            b.store(data, host_block)
            b.call(to_system, [const(HOST_CALL)])
    b.ret_void()

    # --- memory regions ---------------------------------------------------------------
    def region_bytes(b: ir.IRBuilder) -> ir.Value:
        return b.add(b.load(stack_size), const(3 * PAGE + 8 * DATA_STACK_SLOTS))

    take_region, b = fn("seq_region_take", PTR, [], internal=True)
    free = b.load(pool, typ=PTR)
    reuse = b.icmp_unsigned("!=", free, null)
    with b.if_else(reuse) as (then, otherwise):
        with then:
            b.store(b.load(b.gep(free, [const(PAGE // 8)], source_etype=I64), typ=PTR), pool)
            reused_block = b.block
        with otherwise:
            fresh = b.call(mmap, [null, region_bytes(b), I32(3), I32(MMAP_FLAGS), I32(-1),
                                  const(0)])
            native_end = b.add(b.ptrtoint(fresh, I64), b.add(b.load(stack_size), const(PAGE)))
            data_end = b.add(native_end, const(PAGE + 8 * DATA_STACK_SLOTS))
            for at in (b.ptrtoint(fresh, I64), native_end, data_end):
                b.call(mprotect, [b.inttoptr(at, PTR), const(PAGE), I32(0)])
            fresh_block = b.block
    memory = b.phi(PTR)
    memory.add_incoming(free, reused_block)
    memory.add_incoming(fresh, fresh_block)
    b.ret(memory)

    give_region, b = fn("seq_region_give", VOID, [PTR], internal=True)
    (memory,) = give_region.args
    b.store(b.load(pool, typ=PTR), b.gep(memory, [const(PAGE // 8)], source_etype=I64))
    b.store(memory, pool)
    b.ret_void()

    # Prepare a never-run strand: its region, its starting values, and a
    # native stack laid out so the first switch enters it.
    prepare, b = fn("seq_strand_prepare", VOID, [PTR], internal=True)
    (s,) = prepare.args
    memory = b.call(take_region, [])
    put(b, s, "stack_mem", b.ptrtoint(memory, I64))
    base = b.ptrtoint(memory, I64)
    top = b.add(base, b.add(b.load(stack_size), const(PAGE)))  # native stack top
    ds = b.add(top, const(PAGE))
    put(b, s, "ds_base", ds)
    put(b, s, "ds_end", b.add(ds, const(8 * DATA_STACK_SLOTS)))
    put(b, s, "ds_limit", b.add(ds, const(8 * (DATA_STACK_SLOTS - DATA_MARGIN))))
    count = get(b, s, "pending_count")
    pending = get(b, s, "pending", PTR)
    with b.if_then(b.icmp_signed(">", count, const(0))):
        b.call(rt.libc["memcpy"], [b.inttoptr(ds, PTR), pending, b.mul(count, const(8))])
        b.call(rt.libc["free"], [pending])
        put(b, s, "pending", const(0))
    put(b, s, "entry_sp", b.add(ds, b.mul(count, const(8))))
    top = b.and_(top, const(-16))
    frame = FRAMES[architecture()]
    start = b.sub(top, const(8 * frame["words"]))
    start_ptr = b.inttoptr(start, PTR)
    for i in range(frame["words"]):
        word = b.gep(start_ptr, [const(i)], source_etype=I64)
        value = b.ptrtoint(trampoline, I64) if i == frame["return_slot"] else const(0)
        b.store(value, word)
    put(b, s, "saved_sp", start)
    put(b, s, "guard", b.add(base, const(PAGE + GUARD_MARGIN)))
    b.ret_void()

    # --- strands ----------------------------------------------------------------------
    # seq_strand_new(entry, copy_from, copy_to) -> a new strand that will run
    # `entry` (consumed); a quotation starts on a copy of the values in
    # [copy_from, copy_to), a closure on an empty stack, as the reference does.
    new, b = fn("seq_strand_new", PTR, [I64, PTR, PTR])
    entry, copy_from, copy_to = new.args
    s = b.call(rt.libc["malloc"], [const(STRAND_BYTES)])
    b.call(rt.module.globals.get("memset") or declare(m, "memset", ir.FunctionType(
        PTR, [PTR, I32, I64])), [s, I32(0), const(STRAND_BYTES)])
    put(b, s, "entry", entry)
    ident = b.load(next_id)
    b.store(b.add(ident, const(1)), next_id)
    put(b, s, "id", ident)
    captured = b.load(b.gep(b.inttoptr(entry, PTR), [const(3)], source_etype=I64), typ=I64)
    is_quotation = b.icmp_signed("==", captured, const(0))
    count = b.select(is_quotation,
                     b.sdiv(b.sub(b.ptrtoint(copy_to, I64), b.ptrtoint(copy_from, I64)), const(8)),
                     const(0))
    put(b, s, "pending_count", count)
    with b.if_then(b.icmp_signed(">", count, const(0))):
        pending = b.call(rt.libc["malloc"], [b.mul(count, const(8))])
        put(b, s, "pending", b.ptrtoint(pending, I64))
        b.call(m.globals["seq_rt_copy_values"], [pending, copy_from, count])
    # Into the registry of live strands.
    first = b.load(registry, typ=PTR)
    put(b, s, "all_next", b.ptrtoint(first, I64))
    with b.if_then(b.icmp_unsigned("!=", first, null)):
        put(b, first, "all_prev", b.ptrtoint(s, I64))
    b.store(s, registry)
    b.store(b.add(b.load(live), const(1)), live)
    b.ret(s)

    # seq_strand_free(strand): drop what it holds; it is off every list
    free_strand, b = fn("seq_strand_free", VOID, [PTR])
    (s,) = free_strand.args
    prev, after = get(b, s, "all_prev", PTR), get(b, s, "all_next", PTR)
    with b.if_else(b.icmp_unsigned("==", prev, null)) as (then, otherwise):
        with then:
            b.store(after, registry)
        with otherwise:
            put(b, prev, "all_next", b.ptrtoint(after, I64))
    with b.if_then(b.icmp_unsigned("!=", after, null)):
        put(b, after, "all_prev", b.ptrtoint(prev, I64))
    memory = get(b, s, "stack_mem", PTR)
    with b.if_then(b.icmp_unsigned("!=", memory, null)):
        b.call(give_region, [memory])
    pending = get(b, s, "pending", PTR)
    with b.if_then(b.icmp_unsigned("!=", pending, null)):
        # It never ran: drop the values it would have started with.
        b.call(m.globals["seq_rt_drop_values"], [pending, get(b, s, "pending_count")])
        b.call(rt.libc["free"], [pending])
    b.call(rt.libc["free"], [s])
    b.store(b.sub(b.load(live), const(1)), live)
    b.ret_void()

    # seq_strand_entry(): where a strand's first switch lands (via the trampoline)
    entry_fn, b = fn("seq_strand_entry", VOID, [])
    s = b.load(current, typ=PTR)
    b.store(get(b, s, "guard"), guard)
    b.store(get(b, s, "ds_limit"), ds_limit)
    woven = b.icmp_unsigned("!=", b.and_(get(b, s, "flags"), const(WOVEN)), const(0))
    start_sp = get(b, s, "entry_sp", PTR)
    with b.if_then(woven):
        # Woven code starts with its context and the first resume value.
        weave = get(b, s, "weave")
        b.call(rt.incref, [weave])
        b.store(weave, start_sp)
        b.store(load_word(b, weave, WEAVE_TRANSFER), b.gep(start_sp, [const(1)], source_etype=I64))
        put(b, s, "entry_sp", b.ptrtoint(b.gep(start_sp, [const(2)], source_etype=I64), I64))
    entered = b.call(enter, [get(b, s, "entry"), get(b, s, "entry_sp", PTR)])
    put(b, s, "entry", const(1))  # the reference went to the closure's code
    result = call_ptr(b, b.extract_value(entered, 1), WORD_FN, [b.extract_value(entered, 0)])
    put(b, s, "result_sp", b.ptrtoint(result, I64))
    with b.if_then(woven):
        b.call(declare(m, "seq_rt_weave_finished", ir.FunctionType(VOID, [PTR])), [result])
        b.unreachable()
    put(b, s, "state", const(DONE))
    b.call(to_system, [const(FINISHED)])
    b.unreachable()

    # seq_rt_spawn(quotation, sp) -> the new strand's id
    spawn, b = fn("seq_rt_spawn", I64, [I64, PTR])
    quot, sp = spawn.args
    base = field_or(b, b.load(current, typ=PTR), "ds_base", sp)  # off a strand: copy nothing
    s = b.call(new, [quot, base, sp])
    b.call(push_front, [s])
    b.ret(get(b, s, "id"))

    # --- sleeping ---------------------------------------------------------------------
    sleep, b = fn("seq_rt_sleep_until", VOID, [I64])
    (when,) = sleep.args
    s = b.load(current, typ=PTR)
    with b.if_then(b.icmp_unsigned("==", s, null)):
        delay = b.sdiv(b.sub(when, b.call(nanos, [])), const(1000))
        with b.if_then(b.icmp_signed(">", delay, const(0))):
            b.call(usleep, [b.trunc(delay, I32)])
        b.ret_void()
    put(b, s, "wake_at", when)
    # Insert in wake-time order (the list is short in practice).
    before_block = b.block
    walk, step, place = (sleep.append_basic_block(n) for n in ("walk", "step", "place"))
    b.branch(walk)
    b.position_at_end(walk)
    link = b.phi(PTR)  # address of the pointer to update
    link.add_incoming(sleepers, before_block)
    node = b.load(link, typ=PTR)
    later = b.icmp_signed(">", field_or(b, node, "wake_at", ir.Constant(I64, 2**63 - 1)), when)
    b.cbranch(later, place, step)
    b.position_at_end(step)
    link.add_incoming(slot(b, node, "next"), step)
    b.branch(walk)
    b.position_at_end(place)
    put(b, s, "next", b.ptrtoint(node, I64))
    b.store(s, link)
    b.call(block, [const(SLEEPING)])
    b.ret_void()

    wake_due, b = fn("seq_sched_wake_due", VOID, [I64], internal=True)
    (now,) = wake_due.args
    loop, wake_one, done = (wake_due.append_basic_block(n) for n in ("loop", "wake", "done"))
    b.branch(loop)
    b.position_at_end(loop)
    first = b.load(sleepers, typ=PTR)
    ready = b.icmp_signed("<=", field_or(b, first, "wake_at", ir.Constant(I64, 2**63 - 1)), now)
    b.cbranch(ready, wake_one, done)
    b.position_at_end(wake_one)
    b.store(get(b, first, "next", PTR), sleepers)
    b.call(push_back, [first])
    b.branch(loop)
    b.position_at_end(done)
    b.ret_void()

    data_overflow, b = fn("seq_rt_data_overflow", VOID, [])
    b.call(m.globals["seq_rt_panic"], [rt.cstring("data_overflow", b"data stack overflow")])
    b.unreachable()

    # --- attention: the guard check failed ---------------------------------------------
    attention, b = fn("seq_rt_attention", VOID, [])
    s = b.load(current, typ=PTR)
    real_guard = field_or(b, s, "guard", const(0))
    b.store(real_guard, guard)
    with b.if_then(b.icmp_signed("!=", b.load(interrupt), const(0))):
        b.call(m.globals["seq_rt_interrupted"], [])
    with b.if_then(b.icmp_signed("!=", b.load(preempt), const(0))):
        b.store(const(0), preempt)
        b.call(yield_, [])
        b.ret_void()
    # Neither asked for: this strand really ran out of native stack.
    stack_pointer = b.call(declare(m, "llvm.stacksave.p0", ir.FunctionType(PTR, [])), [])
    overflow = b.icmp_unsigned("<", b.ptrtoint(stack_pointer, I64), real_guard)
    with b.if_then(overflow):
        b.call(m.globals["seq_rt_panic"], [rt.cstring("overflow", b"stack overflow")])
    b.ret_void()

    # --- the scheduler loop -------------------------------------------------------------
    # seq_sched_run(may_wait) -> 0 nothing left to run, 1 only sleepers or
    # I/O waiters (the next wake time is in seq_next_wake; returned only when
    # may_wait is 0), 2 a watched strand finished, 4 the host asked for
    # control back.
    run, b = fn("seq_sched_run", I64, [I64])
    (may_wait,) = run.args
    loop = run.append_basic_block("loop")
    b.branch(loop)
    b.position_at_end(loop)
    with b.if_then(b.icmp_signed("!=", b.load(host_wants), const(0))):
        b.store(const(0), host_wants)
        b.ret(const(4))
    # I/O (runtime/net.py): wake strands whose descriptors are ready; 1 if any wait.
    io_live = b.call(declare(m, "seq_io_service", ir.FunctionType(I64, [I64])), [may_wait])
    with b.if_then(b.icmp_unsigned("!=", b.load(sleepers, typ=PTR), null)):
        b.call(wake_due, [b.call(nanos, [])])
    s = b.call(pop, [])
    idle = b.icmp_unsigned("==", s, null)
    go = run.append_basic_block("go")
    idle_block = run.append_basic_block("idle")
    b.cbranch(idle, idle_block, go)

    b.position_at_end(idle_block)
    # Strands waiting on I/O are live; seq_io_service has already waited for
    # them (and for the sleepers) a while.
    io_idle, quiet = run.append_basic_block("io_idle"), run.append_basic_block("quiet")
    b.cbranch(b.icmp_signed("!=", io_live, const(0)), io_idle, quiet)
    b.position_at_end(io_idle)
    with b.if_then(b.icmp_signed("==", may_wait, const(0))):
        b.store(b.call(nanos, []), next_wake)
        b.ret(const(1))
    b.branch(loop)
    b.position_at_end(quiet)
    first = b.load(sleepers, typ=PTR)
    with b.if_then(b.icmp_unsigned("==", first, null)):
        b.ret(const(0))
    when = get(b, first, "wake_at")
    b.store(when, next_wake)
    with b.if_then(b.icmp_signed("==", may_wait, const(0))):
        b.ret(const(1))
    delay = b.sdiv(b.sub(when, b.call(nanos, [])), const(1000))
    with b.if_then(b.icmp_signed(">", delay, const(0))):
        b.call(usleep, [b.trunc(delay, I32)])
    b.branch(loop)

    b.position_at_end(go)
    with b.if_then(b.icmp_unsigned("==", get(b, s, "stack_mem", PTR), null)):
        b.call(prepare, [s])
    put(b, s, "state", const(RUNNING))
    b.store(s, current)
    b.store(get(b, s, "guard"), guard)
    b.store(get(b, s, "ds_limit"), ds_limit)
    b.call(switch, [system_sp, get(b, s, "saved_sp", PTR)])
    # The strand that came back may not be `s`: a weave entered from `s`
    # switches here when it blocks, sleeps or calls the host.
    s = b.load(current, typ=PTR)
    b.store(null, current)
    b.store(const(0), guard)
    b.store(const(-1), ds_limit)
    why = b.load(reason)
    host, finished, other = (run.append_basic_block(n) for n in ("host", "finished", "other"))
    sw = b.switch(why, other)
    sw.add_case(const(HOST_CALL), host)
    sw.add_case(const(FINISHED), finished)

    b.position_at_end(host)
    thunk_fn = b.load(host_thunk, typ=PTR)
    call_ptr(b, thunk_fn, ir.FunctionType(VOID, [PTR]), [b.load(host_block, typ=PTR)])
    b.call(push_front, [s])
    b.branch(loop)

    b.position_at_end(finished)
    # Remember the last few finished strands, for :strands.
    n = b.load(finished_count)
    log = b.inttoptr(b.ptrtoint(finished_log, I64), PTR)  # as an untyped pointer
    b.store(get(b, s, "id"), b.gep(log, [b.srem(n, const(FINISHED_LOG))], source_etype=I64))
    b.store(b.add(n, const(1)), finished_count)
    watched = b.icmp_unsigned("!=", b.and_(get(b, s, "flags"), const(WATCHED)), const(0))
    with b.if_then(watched):
        b.store(b.ptrtoint(s, I64), watched_done)
        b.ret(const(2))
    # Drop what the strand left on its data stack, then the strand.
    base, end = get(b, s, "ds_base", PTR), get(b, s, "result_sp", PTR)
    count = b.sdiv(b.sub(b.ptrtoint(end, I64), b.ptrtoint(base, I64)), const(8))
    b.call(m.globals["seq_rt_drop_values"], [base, count])
    b.call(free_strand, [s])
    b.branch(loop)

    b.position_at_end(other)
    b.branch(loop)

    # seq_rt_run_watched(entry, sp_from, sp_to) -> strand: a strand the host
    # waits for (main; later REPL entries), starting on a copy of [from, to).
    watch, b = fn("seq_rt_watched_strand", PTR, [I64, PTR, PTR])
    s = b.call(new, list(watch.args))
    put(b, s, "flags", const(WATCHED))
    b.call(push_front, [s])
    b.ret(s)


def emit_protected(rt: RuntimeBuilder) -> None:
    """seq_sched_protected(may_wait): seq_sched_run, but a panic in any
    strand comes back as 3 with that strand in seq_failed_strand (off every
    list, never to run again) instead of ending the process."""
    m = rt.module
    armed, point = m.globals["seq_unwind_armed"], m.globals["seq_unwind_point"]
    setjmp = declare(m, "__sigsetjmp", ir.FunctionType(I32, [PTR, I32]))
    setjmp.attributes.add("returns_twice")
    current, guard = m.globals["seq_current"], m.globals["seq_stack_guard"]
    fn, b = rt.function("seq_sched_protected", I64, [I64])
    fn.attributes.add("noinline")
    b.store(const(1), armed)
    first = b.icmp_signed("==", b.call(setjmp, [point, I32(1)]), I32(0))
    run, failed = fn.append_basic_block("run"), fn.append_basic_block("failed")
    b.cbranch(first, run, failed)
    b.position_at_end(run)
    result = b.call(m.globals["seq_sched_run"], [fn.args[0]])
    b.store(const(0), armed)
    b.ret(result)
    b.position_at_end(failed)
    b.store(const(0), armed)
    b.store(b.load(current, typ=PTR), m.globals["seq_failed_strand"])
    b.store(ir.Constant(PTR, None), current)
    b.store(const(0), guard)
    b.store(const(-1), m.globals["seq_ds_limit"])
    b.ret(const(3))


def emit_kill(rt: RuntimeBuilder) -> None:
    """seq_strand_kill(strand): take a strand that is not running off the
    list it is in (run queue, a channel's waiters, the sleepers) and free it.
    What its frames and data stack hold is not reclaimed."""
    from .channels import W_FIRST, W_LAST

    m = rt.module
    fn, b = rt.function("seq_strand_kill", VOID, [PTR])
    (s,) = fn.args
    unlink = m.globals.get("seq_unlink") or _emit_unlink(rt)
    b.call(unlink, [m.globals["seq_runq_head"], s])
    with b.if_then(b.icmp_unsigned("==", b.load(m.globals["seq_runq_head"], typ=PTR),
                                   ir.Constant(PTR, None))):
        b.store(ir.Constant(PTR, None), m.globals["seq_runq_tail"])
    b.call(unlink, [m.globals["seq_sleepers"], s])
    channel = get(b, s, "waiting_on", PTR)
    with b.if_then(b.icmp_unsigned("!=", channel, ir.Constant(PTR, None))):
        first = b.gep(channel, [const(W_FIRST // 8)], source_etype=I64)
        b.call(unlink, [first, s])
        # The last waiter may have been the one removed: find the new last.
        b.store(b.call(_emit_last(rt), [b.load(first, typ=PTR)]),
                b.gep(channel, [const(W_LAST // 8)], source_etype=I64))
    b.call(m.globals["seq_strand_free"], [s])
    b.ret_void()


def _emit_unlink(rt: RuntimeBuilder) -> ir.Function:
    """seq_unlink(list head address, strand): remove strand from a `next` list."""
    fn, b = rt.function("seq_unlink", VOID, [PTR, PTR])
    fn.linkage = "internal"
    head, s = fn.args
    entry = b.block
    loop, check, found, step, done = (fn.append_basic_block(n) for n in
                                      ("loop", "check", "found", "step", "done"))
    b.branch(loop)
    b.position_at_end(loop)
    link = b.phi(PTR)
    link.add_incoming(head, entry)
    node = b.load(link, typ=PTR)
    b.cbranch(b.icmp_unsigned("==", node, ir.Constant(PTR, None)), done, check)
    b.position_at_end(check)
    b.cbranch(b.icmp_unsigned("==", node, s), found, step)
    b.position_at_end(found)
    b.store(get(b, s, "next", PTR), link)
    b.branch(done)
    b.position_at_end(step)
    link.add_incoming(slot(b, node, "next"), step)
    b.branch(loop)
    b.position_at_end(done)
    b.ret_void()
    return fn


def _emit_last(rt: RuntimeBuilder) -> ir.Function:
    """seq_list_last(first): the last strand of a `next` list (or null)."""
    fn, b = rt.function("seq_list_last", PTR, [PTR])
    fn.linkage = "internal"
    entry = b.block
    loop, step, done = (fn.append_basic_block(n) for n in ("loop", "step", "done"))
    b.branch(loop)
    b.position_at_end(loop)
    node = b.phi(PTR)
    node.add_incoming(fn.args[0], entry)
    end = b.icmp_unsigned("==", node, ir.Constant(PTR, None))
    with b.if_then(end):
        b.ret(node)
    nxt = get(b, node, "next", PTR)
    b.cbranch(b.icmp_unsigned("==", nxt, ir.Constant(PTR, None)), done, step)
    b.position_at_end(step)
    node.add_incoming(nxt, step)
    b.branch(loop)
    b.position_at_end(done)
    b.ret(node)
    return fn
