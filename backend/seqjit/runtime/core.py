"""The runtime module: one LLVM module, compiled once per process (and
cached), that every program module calls into for allocation, freeing,
output and the heavier builtins. Each part is emitted by a function taking
the `RuntimeBuilder`."""

from __future__ import annotations

from llvmlite import ir

from .layout import (
    CHANNEL,
    CLOSURE,
    F64,
    FLOAT,
    HEADER,
    I8,
    I32,
    I64,
    MAP,
    PTR,
    VARIANT,
    VOID,
    call_ptr,
    const,
    declare,
    emit_refcount_helpers,
    field_ptr,
    for_range,
    load_word,
)

OUT_BUFFER = 1 << 16


class RuntimeBuilder:
    """A module under construction plus small conveniences for defining functions."""

    def __init__(self) -> None:
        self.module = ir.Module("seq_runtime")
        emit_refcount_helpers(self.module)
        self.incref = self.module.globals["seq_incref"]
        self.decref = self.module.globals["seq_decref"]
        libc = {
            "malloc": ir.FunctionType(PTR, [I64]),
            "free": ir.FunctionType(VOID, [PTR]),
            "memcpy": ir.FunctionType(PTR, [PTR, PTR, I64]),
            "memcmp": ir.FunctionType(I32, [PTR, PTR, I64]),
            "write": ir.FunctionType(I64, [I32, PTR, I64]),
            "snprintf": ir.FunctionType(I32, [PTR, I64, PTR], var_arg=True),
            "exit": ir.FunctionType(VOID, [I32]),
        }
        self.libc = {name: declare(self.module, name, ty) for name, ty in libc.items()}
        self.thunks: dict[str, ir.Function] = {}
        self.asm: list[str] = []  # module-level assembly (llvmlite's ir has no API for it)

    def text(self) -> str:
        """The module's IR text, module-level assembly included."""
        lines = [line.replace("\\", "\\5C").replace('"', "\\22") for line in self.asm]
        # After the module (LLVM wants the target triple first).
        return str(self.module) + "".join(f'module asm "{line}"\n' for line in lines)

    def function(
        self, name: str, ret: ir.Type, args: list[ir.Type]
    ) -> tuple[ir.Function, ir.IRBuilder]:
        fn = declare(self.module, name, ir.FunctionType(ret, args))  # may be declared already
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def host_slot(self, name: str) -> ir.GlobalVariable:
        """A global holding the address of a Python callback, set at load time."""
        slot = ir.GlobalVariable(self.module, PTR, name=name)
        slot.initializer = ir.Constant(PTR, None)
        return slot

    def host_call(
        self, b: ir.IRBuilder, service: str, fnty: ir.FunctionType, args: list[ir.Value]
    ) -> ir.Value | None:
        """Call the Python service `service` (see host.py) from IR. Python
        must not run on a strand's stack, so the call goes through
        `seq_rt_on_system_stack`, which runs a per-signature thunk on the
        scheduler's stack and comes back. Arguments and result travel in a
        block of i64 words: the target, the arguments, the result."""
        slot = self.module.globals.get(f"seq_host_{service}") or self.host_slot(
            f"seq_host_{service}"
        )
        block = b.alloca(I64, size=len(fnty.args) + 2)
        values = [b.load(slot, typ=PTR), *args]
        for i, value in enumerate(values):
            b.store(_to_word(b, value), b.gep(block, [const(i)], source_etype=I64))
        bridge = declare(self.module, "seq_rt_on_system_stack", ir.FunctionType(VOID, [PTR, PTR]))
        b.call(bridge, [self.thunk(fnty), block])
        if isinstance(fnty.return_type, ir.VoidType):
            return None
        at = b.gep(block, [const(len(args) + 1)], source_etype=I64)
        return _from_word(b, b.load(at, typ=I64), fnty.return_type)

    def thunk(self, fnty: ir.FunctionType) -> ir.Function:
        """`thunk(block)`: call block[0] with block's arguments; store the result."""
        key = str(fnty)
        if key in self.thunks:
            return self.thunks[key]
        fn = ir.Function(self.module, ir.FunctionType(VOID, [PTR]),
                         name=f"seq_thunk.{len(self.thunks)}")
        fn.linkage = "internal"
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        (block,) = fn.args

        def word(i: int) -> ir.Value:
            return b.load(b.gep(block, [const(i)], source_etype=I64), typ=I64)

        target = b.inttoptr(word(0), PTR)
        values = [_from_word(b, word(i + 1), t) for i, t in enumerate(fnty.args)]
        result = call_ptr(b, target, fnty, values)
        if not isinstance(fnty.return_type, ir.VoidType):
            at = b.gep(block, [const(len(fnty.args) + 1)], source_etype=I64)
            b.store(_to_word(b, result), at)
        b.ret_void()
        self.thunks[key] = fn
        return fn

    def cstring(self, name: str, text: bytes) -> ir.GlobalVariable:
        data = bytearray(text + b"\0")
        g = ir.GlobalVariable(self.module, ir.ArrayType(I8, len(data)), name=name)
        g.global_constant = True
        g.linkage = "private"
        g.initializer = ir.Constant(ir.ArrayType(I8, len(data)), data)
        return g


def emit_memory(rt: RuntimeBuilder) -> None:
    # seq_rt_alloc(kind, payload bytes) -> object with refcount 1
    fn, b = rt.function("seq_rt_alloc", PTR, [I64, I64])
    kind, size = fn.args
    p = b.call(rt.libc["malloc"], [b.add(size, const(HEADER))])
    b.store(const(1), p)
    b.store(kind, field_ptr(b, p, 8))
    b.ret(p)

    # seq_rt_release(object): its count reached zero; drop what it holds, free it
    fn, b = rt.function("seq_rt_release", VOID, [PTR])
    (obj,) = fn.args
    kind = load_word(b, obj, 8)
    done = fn.append_basic_block("free")
    values = fn.append_basic_block("values")
    switch = b.switch(kind, done)
    switch.add_case(const(VARIANT), values)
    switch.add_case(const(CLOSURE), values)
    channel = fn.append_basic_block("channel")
    switch.add_case(const(CHANNEL), channel)
    map_block = fn.append_basic_block("map")
    switch.add_case(const(MAP), map_block)
    # Variants and closures: word 16 is a tag or code pointer, word 24 the
    # count of values that follow from word 32.
    b.position_at_end(values)
    is_variant = b.icmp_unsigned("==", kind, const(VARIANT))
    loop = fn.append_basic_block("loop")
    body = fn.append_basic_block("body")
    tag_block = fn.append_basic_block("tag")
    count = load_word(b, obj, 24)
    b.cbranch(is_variant, tag_block, loop)
    b.position_at_end(tag_block)
    b.call(rt.decref, [load_word(b, obj, 16)])
    b.branch(loop)
    b.position_at_end(loop)
    i = b.phi(I64)
    i.add_incoming(const(0), values)
    i.add_incoming(const(0), tag_block)
    b.cbranch(b.icmp_signed("<", i, count), body, done)
    b.position_at_end(body)
    slot = b.gep(field_ptr(b, obj, 32), [i], source_etype=I64)
    b.call(rt.decref, [b.load(slot, typ=I64)])
    i.add_incoming(b.add(i, const(1)), body)
    b.branch(loop)
    b.position_at_end(channel)
    b.call(declare(rt.module, "seq_chan_release", ir.FunctionType(VOID, [PTR])), [obj])
    b.branch(done)
    b.position_at_end(map_block)  # runtime/collections.py: drop its keys and values
    b.call(declare(rt.module, "seq_rt_map_drop", ir.FunctionType(VOID, [PTR])), [obj])
    b.branch(done)
    b.position_at_end(done)
    b.call(rt.libc["free"], [obj])
    b.ret_void()

    # seq_rt_drop_values(values, count): drop a reference to each
    # seq_rt_copy_values(to, from, count): copy them, taking a reference to each
    for name, copying in (("seq_rt_drop_values", False), ("seq_rt_copy_values", True)):
        fn, b = rt.function(name, VOID, [PTR, PTR, I64] if copying else [PTR, I64])
        dest, src, count = fn.args if copying else (None, *fn.args)

        def each(i: ir.Value, _: list[ir.Value], b=b, dest=dest, src=src,
                 copying=copying) -> list[ir.Value]:
            value = b.load(b.gep(src, [i], source_etype=I64), typ=I64)
            if copying:
                b.call(rt.incref, [value])
                b.store(value, b.gep(dest, [i], source_etype=I64))
            else:
                b.call(rt.decref, [value])
            return []

        for_range(b, const(0), count, [], each)
        b.ret_void()

    # seq_rt_box_float(double) -> Float value
    fn, b = rt.function("seq_rt_box_float", I64, [F64])
    p = b.call(rt.module.globals["seq_rt_alloc"], [const(FLOAT), const(8)])
    b.store(fn.args[0], field_ptr(b, p, HEADER))
    b.ret(b.ptrtoint(p, I64))


def emit_output(rt: RuntimeBuilder) -> None:
    """Buffered stdout, flushed when full, at exit and before reads."""
    buf_ty = ir.ArrayType(I8, OUT_BUFFER)
    buf = ir.GlobalVariable(rt.module, buf_ty, name="seq_out_buffer")
    buf.initializer = ir.Constant(buf_ty, None)
    used = ir.GlobalVariable(rt.module, I64, name="seq_out_used")
    used.initializer = const(0)

    fn, b = rt.function("seq_rt_flush", VOID, [])
    n = b.load(used)
    b.call(rt.libc["write"], [ir.Constant(I32, 1), buf, n])
    b.store(const(0), used)
    b.ret_void()
    flush = fn

    # seq_rt_out(bytes, length): append to the buffer; large writes go straight out
    fn, b = rt.function("seq_rt_out", VOID, [PTR, I64])
    data, length = fn.args
    fits, direct, copy = (fn.append_basic_block(n) for n in ("fits", "direct", "copy"))
    n = b.load(used)
    b.cbranch(b.icmp_signed("<=", b.add(n, length), const(OUT_BUFFER)), copy, fits)
    b.position_at_end(fits)
    b.call(flush, [])
    b.cbranch(b.icmp_signed("<=", length, const(OUT_BUFFER)), copy, direct)
    b.position_at_end(direct)
    b.call(rt.libc["write"], [ir.Constant(I32, 1), data, length])
    b.ret_void()
    b.position_at_end(copy)
    n = b.load(used)
    dest = b.gep(buf, [const(0), n], source_etype=buf_ty)
    b.call(rt.libc["memcpy"], [dest, data, length])
    b.store(b.add(n, length), used)
    # The last byte written, so a REPL can tell output that ended mid-line.
    last = ir.GlobalVariable(rt.module, I64, name="seq_out_last_byte")
    last.initializer = const(10)
    with b.if_then(b.icmp_signed(">", length, const(0))):
        byte = b.load(b.gep(data, [b.sub(length, const(1))], source_etype=I8), typ=I8)
        b.store(b.zext(byte, I64), last)
    # Interactive sessions (REPL, notebook) see output as it is written.
    eager = ir.GlobalVariable(rt.module, I64, name="seq_out_unbuffered")
    eager.initializer = const(0)
    with b.if_then(b.icmp_signed("!=", b.load(eager), const(0))):
        b.call(flush, [])
    b.ret_void()


JMP_BUF_WORDS = 64  # larger than glibc's jmp_buf on x86-64 (25 words) and aarch64 (39)


def emit_panic(rt: RuntimeBuilder) -> None:
    """seq_rt_panic(C string): a runtime error. Under seq_sched_protected (a REPL
    entry) it unwinds to there; otherwise the host reports it and exits."""
    armed = ir.GlobalVariable(rt.module, I64, name="seq_unwind_armed")
    armed.initializer = const(0)
    jmp_ty = ir.ArrayType(I64, JMP_BUF_WORDS)
    jmp = ir.GlobalVariable(rt.module, jmp_ty, name="seq_unwind_point")
    jmp.initializer = ir.Constant(jmp_ty, None)
    message = ir.GlobalVariable(rt.module, PTR, name="seq_panic_message")
    message.initializer = ir.Constant(PTR, None)
    # siglongjmp: the unwind point saved the signal mask, which a jump out of
    # the memory-fault handler (runtime/faults.py) must restore.
    longjmp = declare(rt.module, "siglongjmp", ir.FunctionType(VOID, [PTR, I32]))

    fn, b = rt.function("seq_rt_panic", VOID, [PTR])
    b.call(rt.module.globals["seq_rt_flush"], [])
    unwind, report = fn.append_basic_block("unwind"), fn.append_basic_block("report")
    b.cbranch(b.icmp_signed("!=", b.load(armed), const(0)), unwind, report)
    b.position_at_end(unwind)
    b.store(fn.args[0], message)
    b.call(longjmp, [jmp, ir.Constant(I32, 1)])
    b.unreachable()
    b.position_at_end(report)
    rt.host_call(b, "panic", ir.FunctionType(VOID, [PTR]), [fn.args[0]])
    b.unreachable()


def emit(rt: RuntimeBuilder) -> None:
    emit_memory(rt)
    emit_output(rt)
    emit_panic(rt)


def _to_word(b: ir.IRBuilder, value: ir.Value) -> ir.Value:
    if isinstance(value.type, ir.PointerType):
        return b.ptrtoint(value, I64)
    if isinstance(value.type, ir.DoubleType):
        return b.bitcast(value, I64)
    if value.type != I64:
        return b.zext(value, I64)
    return value


def _from_word(b: ir.IRBuilder, word: ir.Value, ty: ir.Type) -> ir.Value:
    if isinstance(ty, ir.PointerType):
        return b.inttoptr(word, ty)
    if isinstance(ty, ir.DoubleType):
        return b.bitcast(word, ty)
    if ty != I64:
        return b.trunc(word, ty)
    return word
