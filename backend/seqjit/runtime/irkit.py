"""A small toolkit that makes the runtime's IR read like the C it stands for
(after numba's `cgutils`):

- `Layout`: a struct declared once by field name; offsets are derived, IR
  reaches fields as attributes (`ch = CHANNEL(b, ptr); ch.closed = one`),
  and Python reads the same fields out of memory (`CHANNEL.read(addr, "id")`).
- `Var`, `for_range`, `while_`, `loop`: variables and loops as `with`
  blocks; llvmlite's own `b.if_then` / `b.if_else` cover conditionals.
- `runtime_fn`: one decorated Python function per IR function, with a
  docstring that says what it consumes, borrows and returns. A public
  function's signature comes from `runtime/interface.py`, the one table
  from which declarations in program modules and ctypes bindings are also
  made, so a caller never guesses one. `extern` declares a symbol defined
  elsewhere (libc, module assembly) with its signature.
- `runtime_global`: a runtime global declared once with its type.

Emission declares every registered function first (`declare_registered`),
then emits the bodies (`define_registered`), so the order modules are
imported in does not matter.
"""

from __future__ import annotations

import ctypes
import hashlib
import inspect
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from llvmlite import ir

from .bindings import ctype
from .interface import SERVICE_PROTOTYPES, InterfaceError, global_type, signature
from .irtypes import F64 as F64
from .irtypes import I1 as I1
from .irtypes import I8 as I8
from .irtypes import I32 as I32
from .irtypes import I64 as I64
from .irtypes import PAIR as PAIR
from .irtypes import PTR as PTR
from .irtypes import VOID as VOID
from .irtypes import WORD as WORD
from .threads import THREADED


def const(n: int) -> ir.Constant:
    return ir.Constant(I64, n & (2**64 - 1))


# --- layouts ---------------------------------------------------------------------------


class Layout:
    """A struct of one-word fields, declared once by name.

    `start` is the byte offset of the first field: a heap object's payload
    starts after its 16-byte header; a plain malloc'd struct starts at 0.
    `end` is the offset just past the last field, where a trailing run of
    values (a variant's fields, a closure's captures) begins.
    """

    def __init__(self, name: str, fields: Sequence[tuple[str, ir.Type]], *, start: int = 0):
        self.name = name
        self.types: dict[str, ir.Type] = {}
        self.offsets: dict[str, int] = {}
        for i, (field_name, ty) in enumerate(fields):
            if field_name in self.types:
                raise ValueError(f"{name}: field {field_name!r} declared twice")
            self.types[field_name] = ty
            self.offsets[field_name] = start + WORD * i
        self.start = start
        self.size = WORD * len(fields)  # bytes of the declared fields
        self.end = start + self.size

    @property
    def type(self) -> ir.Type:
        """An IR type as large as the struct (for a global that holds one)."""
        return ir.ArrayType(I64, self.end // WORD)

    def offset(self, name: str) -> int:
        try:
            return self.offsets[name]
        except KeyError:
            raise AttributeError(f"{self.name} has no field {name!r}") from None

    def __call__(self, b: ir.IRBuilder, obj: ir.Value) -> Fields:
        """The fields of the struct at `obj` (a ptr, or an i64 address)."""
        return Fields(self, b, obj)

    def read(self, address: int, name: str) -> int:
        """Python side: the integer or pointer field `name` of the struct at
        `address` (a pointer as an unsigned address)."""
        at = address + self.offset(name)
        if self.types[name] == F64:
            raise TypeError(f"{self.name}.{name} is a double: use read_float")
        if self.types[name] == PTR:
            return ctypes.c_uint64.from_address(at).value
        return ctypes.c_int64.from_address(at).value

    def read_float(self, address: int, name: str) -> float:
        """Python side: the double field `name` of the struct at `address`."""
        if self.types[name] != F64:
            raise TypeError(f"{self.name}.{name} is not a double: use read")
        return ctypes.c_double.from_address(address + self.offset(name)).value

    def item_address(self, address: int, index: int, size: int = WORD) -> int:
        """Python side: the address of item `index` of the trailing run after
        the fields of the struct at `address` (items of `size` bytes)."""
        return address + self.end + size * index

    def write(self, address: int, name: str, value: int) -> None:
        """Python side: set the field `name` of the struct at `address`."""
        ctypes.c_int64.from_address(address + self.offset(name)).value = value


class Fields:
    """Attribute access to one struct's fields in IR: reading an attribute
    loads the field, assigning one stores it; `addr(name)` is its pointer."""

    __slots__ = ("_layout", "_b", "_base")

    def __init__(self, layout: Layout, b: ir.IRBuilder, obj: ir.Value) -> None:
        object.__setattr__(self, "_layout", layout)
        object.__setattr__(self, "_b", b)
        object.__setattr__(self, "_base", b.inttoptr(obj, PTR) if obj.type == I64 else obj)

    @property
    def ptr(self) -> ir.Value:
        """The struct's address as a ptr."""
        return self._base

    def addr(self, name: str) -> ir.Value:
        offset = self._layout.offset(name)
        if offset == 0:
            return self._base
        return self._b.gep(self._base, [const(offset)], source_etype=I8)

    def __getattr__(self, name: str) -> ir.Value:
        return self._b.load(self.addr(name), typ=self._layout.types[name])

    def __setattr__(self, name: str, value: ir.Value) -> None:
        self._b.store(value, self.addr(name))

    def after(self) -> ir.Value:
        """Pointer to the first byte after the fields (a String's bytes)."""
        return self._b.gep(self._base, [const(self._layout.end)], source_etype=I8)

    def trailing(self, index: ir.Value) -> ir.Value:
        """Pointer to word `index` of the run of values after the fields."""
        b = self._b
        first = b.gep(self._base, [const(self._layout.end)], source_etype=I8)
        return b.gep(first, [index], source_etype=I64)


# --- variables and loops ---------------------------------------------------------------


class Var:
    """A local variable: a stack slot in the entry block (LLVM's mem2reg makes
    it a register), read with `.get()` and written with `.set(v)`."""

    def __init__(self, b: ir.IRBuilder, ty: ir.Type, init: ir.Value | None = None) -> None:
        self.b = b
        self.slot = alloca_once(b, ty)
        self.ty = ty
        if init is not None:
            self.set(init)

    def get(self) -> ir.Value:
        return self.b.load(self.slot, typ=self.ty)

    def set(self, value: ir.Value) -> None:
        self.b.store(value, self.slot)


def alloca_once(b: ir.IRBuilder, ty: ir.Type, size: int | None = None) -> ir.Value:
    """A stack slot allocated once per call (after numba's `alloca_once`):
    at the start of the entry block, so it stays a fixed part of the frame
    even where the code before it is inlined or it is asked for in a loop."""
    with b.goto_entry_block():
        b.position_at_start(b.function.entry_basic_block)
        return b.alloca(ty, size=size)


@contextmanager
def for_range(b: ir.IRBuilder, start: ir.Value, stop: ir.Value) -> Iterator[ir.Value]:
    """`for (i = start; i < stop; i++) { with-block }`, signed; yields i."""
    fn = b.function
    before = b.block
    head, body, done = (fn.append_basic_block(n) for n in ("for.head", "for.body", "for.end"))
    b.branch(head)
    b.position_at_end(head)
    i = b.phi(I64)
    i.add_incoming(start, before)
    b.cbranch(b.icmp_signed("<", i, stop), body, done)
    b.position_at_end(body)
    yield i
    if not b.block.is_terminated:
        i.add_incoming(b.add(i, const(1)), b.block)
        b.branch(head)
    b.position_at_end(done)


@contextmanager
def while_(b: ir.IRBuilder, condition: Callable[[], ir.Value]) -> Iterator[None]:
    """`while (condition()) { with-block }`: the condition is emitted afresh
    at the top of every iteration."""
    fn = b.function
    head, body, done = (fn.append_basic_block(n) for n in ("while.head", "while.body", "while.end"))
    b.branch(head)
    b.position_at_end(head)
    b.cbranch(condition(), body, done)
    b.position_at_end(body)
    yield
    if not b.block.is_terminated:
        b.branch(head)
    b.position_at_end(done)


class Loop:
    """The handle `loop` yields: `exit_if(cond)` leaves the loop when cond holds."""

    def __init__(self, b: ir.IRBuilder, head: ir.Block, done: ir.Block) -> None:
        self.b, self.head, self.done = b, head, done

    def exit_if(self, cond: ir.Value) -> None:
        go_on = self.b.function.append_basic_block("loop.on")
        self.b.cbranch(cond, self.done, go_on)
        self.b.position_at_end(go_on)

    def next_if(self, cond: ir.Value) -> None:
        """`continue` when cond holds."""
        go_on = self.b.function.append_basic_block("loop.on")
        self.b.cbranch(cond, self.head, go_on)
        self.b.position_at_end(go_on)

    def exit(self) -> None:
        """`break`: ends the current block."""
        self.b.branch(self.done)

    def next(self) -> None:
        """`continue`: ends the current block."""
        self.b.branch(self.head)


@contextmanager
def loop(b: ir.IRBuilder) -> Iterator[Loop]:
    """`for (;;) { with-block }`, left through `exit_if`."""
    fn = b.function
    head, done = fn.append_basic_block("loop.head"), fn.append_basic_block("loop.end")
    b.branch(head)
    b.position_at_end(head)
    yield Loop(b, head, done)
    if not b.block.is_terminated:
        b.branch(head)
    b.position_at_end(done)


class Switch:
    """The handle `switch` yields: `with s.case(k, ...):` is the code for
    those values; there is no fall-through."""

    def __init__(self, b: ir.IRBuilder, value: ir.Value, after: ir.Block) -> None:
        self.b, self.after = b, after
        self.inst = b.switch(value, after)

    @contextmanager
    def case(self, *values: int) -> Iterator[None]:
        block = self.b.function.append_basic_block("case")
        for value in values:
            self.inst.add_case(ir.Constant(self.inst.value.type, value), block)
        self.b.position_at_end(block)
        yield
        if not self.b.block.is_terminated:
            self.b.branch(self.after)


@contextmanager
def switch(b: ir.IRBuilder, value: ir.Value) -> Iterator[Switch]:
    """`switch (value) { case ...: }`, its cases `with`-blocks of the handle;
    a value no case names goes straight past it."""
    after = b.function.append_basic_block("switch.end")
    yield Switch(b, value, after)
    b.position_at_end(after)


def stack_struct(b: ir.IRBuilder, layout: Layout) -> ir.Value:
    """Room for one `layout` struct on the stack (in the entry block), as a
    plain ptr that `layout(b, ...)` can reach fields through."""
    with b.goto_entry_block():
        slot = b.alloca(layout.type)
    # llvmlite types an alloca's pointer; the optimiser folds this pair away.
    return b.inttoptr(b.ptrtoint(slot, I64), PTR)


def store_atomic(b: ir.IRBuilder, value: ir.Value, ptr: ir.Value, ordering: str) -> None:
    """`store atomic` of a word (llvmlite's builder wants a typed pointer)."""
    b._insert(ir.instructions.StoreAtomicInstr(b.block, value, ptr, ordering, 8))


def is_null(b: ir.IRBuilder, p: ir.Value) -> ir.Value:
    return b.icmp_unsigned("==", p, ir.Constant(p.type, None) if p.type == PTR else const(0))


def not_null(b: ir.IRBuilder, p: ir.Value) -> ir.Value:
    return b.icmp_unsigned("!=", p, ir.Constant(p.type, None) if p.type == PTR else const(0))


# --- the runtime's interface -----------------------------------------------------------


@dataclass
class RuntimeFunction:
    """One symbol of the runtime's interface: its signature, what it does
    (and owns), and the emitter of its body (None: defined elsewhere)."""

    name: str
    ret: ir.Type
    args: tuple[ir.Type, ...]
    doc: str
    emit: Callable[..., ir.Value | None] | None = None
    module: str = ""  # the Python module that declared it
    internal: bool = False  # private to the runtime module
    inline: bool = False  # alwaysinline
    locked: bool = False  # runs holding the scheduler lock (runtime/schedlock.py)
    var_arg: bool = False
    attributes: tuple[str, ...] = field(default=())

    @property
    def fnty(self) -> ir.FunctionType:
        return ir.FunctionType(self.ret, list(self.args), var_arg=self.var_arg)


RUNTIME: dict[str, RuntimeFunction] = {}


def _register(spec: RuntimeFunction) -> None:
    known = RUNTIME.get(spec.name)
    if known is not None and (known.module, known.emit) != (spec.module, spec.emit):
        if str(known.fnty) != str(spec.fnty):
            raise TypeError(
                f"{spec.name} declared as {spec.fnty} in {spec.module} "
                f"but as {known.fnty} in {known.module}"
            )
        if known.emit is not None and spec.emit is not None:
            raise TypeError(f"{spec.name} defined in both {known.module} and {spec.module}")
        if spec.emit is None:
            return  # an extern for something defined here already
    RUNTIME[spec.name] = spec


def runtime_fn(
    name: str,
    ret: ir.Type | None = None,
    args: Sequence[ir.Type] | None = None,
    *,
    internal: bool = False,
    inline: bool = False,
    locked: bool = False,
) -> Callable[[Callable[..., ir.Value | None]], Callable[..., ir.Value | None]]:
    """Register the decorated function as the emitter of the IR function
    `name`. A public function takes its signature from the interface
    (`runtime/interface.py`); a private one (`internal=True`) states it here.
    The emitter is called as `emit(f, *args)` with `f` a `Fn` positioned in
    the entry block; a value it returns is returned from the IR function.
    Its docstring says what the function consumes, borrows and returns.
    A `locked` function runs holding the scheduler lock when there are
    several workers (runtime/schedlock.py)."""
    public = signature(name)
    if internal:
        if ret is None or args is None or public is not None:
            raise TypeError(f"private runtime function {name} states its own signature")
        declared = (ret, list(args))
    else:
        if ret is not None or args is not None:
            raise TypeError(f"{name}: a public function's signature is in runtime/interface.py")
        if public is None:
            raise TypeError(f"{name} is not in the runtime's interface (runtime/interface.py)")
        declared = public

    def register(emit: Callable[..., ir.Value | None]) -> Callable[..., ir.Value | None]:
        doc = inspect.getdoc(emit)
        if not doc:
            raise TypeError(f"runtime function {name} needs a docstring saying what it owns")
        spec = RuntimeFunction(
            name, declared[0], tuple(declared[1]), doc, emit, emit.__module__, internal, inline,
            locked,
        )
        _register(spec)
        return emit

    return register


def extern(
    name: str, ret: ir.Type, args: Sequence[ir.Type], doc: str, *, var_arg: bool = False
) -> None:
    """Declare a symbol the runtime uses but defines elsewhere (libc, module
    assembly, a host service)."""
    module = inspect.currentframe().f_back.f_globals.get("__name__", "")  # type: ignore[union-attr]
    _register(RuntimeFunction(name, ret, tuple(args), doc, None, module, var_arg=var_arg))


@dataclass
class RuntimeGlobal:
    name: str
    ty: ir.Type
    init: int | None  # None: a null pointer
    doc: str
    align: int | None = None  # bytes, when not the type's own


GLOBALS: dict[str, RuntimeGlobal] = {}


def runtime_global(
    name: str, ty: ir.Type, doc: str, init: int | None = 0, align: int | None = None
) -> str:
    """Declare a global of the runtime module (aligned to `align` bytes if
    given); returns its name."""
    GLOBALS[name] = RuntimeGlobal(name, ty, init if ty != PTR else None, doc, align)
    return name


def with_unwind_tables(module: ir.Module) -> None:
    """Give every function `module` defines unwind tables, so a runtime
    error can walk the native stack through it (live/backtrace.py). They
    are data beside the code: running it costs nothing."""
    for fn in module.functions:
        if not fn.is_declaration:
            fn.attributes.add("uwtable")


ASSEMBLY: list[Callable[[], str]] = []


def module_asm(source: Callable[[], str]) -> None:
    """Contribute module-level assembly to the runtime module. `source()`
    gives its text when the module is built (so a machine it does not
    support fails then, not on import)."""
    if source not in ASSEMBLY:
        ASSEMBLY.append(source)


class Fn:
    """An IR function being emitted: its builder `b`, its arguments, and
    calls to other runtime functions by name with their declared signature."""

    def __init__(self, module: ir.Module, fn: ir.Function) -> None:
        self.module = module
        self.fn = fn
        self.b = ir.IRBuilder(fn.append_basic_block("entry"))

    def callee(self, name: str) -> ir.Function:
        return declare_runtime(self.module, name)

    def call(self, name: str, *args: ir.Value, tail: str = "") -> ir.Value:
        return self.b.call(self.callee(name), list(args), tail=tail)

    def glob(self, name: str) -> ir.GlobalVariable:
        return global_in(self.module, name)

    def address(self, name: str) -> ir.Value:
        """The global `name`'s address as a plain ptr (a global holding a
        struct or an array is passed, indexed and stored through as one)."""
        return self.b.inttoptr(self.b.ptrtoint(self.glob(name), I64), PTR)

    def load(self, name: str) -> ir.Value:
        g = GLOBALS[name]
        return self.b.load(self.glob(name), typ=g.ty)

    def store(self, name: str, value: ir.Value) -> None:
        self.b.store(value, self.glob(name))

    def cstring(self, text: str) -> ir.GlobalVariable:
        return cstring(self.module, text)

    def host_call(self, service: str, ret: ir.Type, *args: ir.Value) -> ir.Value | None:
        """Call the Python host service `service` (runtime/host.py) with
        `args` on the system stack (see `host_call`); returns its result,
        or None for a void one."""
        fnty = ir.FunctionType(ret, [a.type for a in args])
        return host_call(self.module, self.b, service, fnty, list(args))


def tally(f: Fn, name: str) -> None:
    """One more in the counter global `name`, which strands on any worker
    add to (copies made, assertions passed): a plain add with one worker,
    an atomic one with several, so that none is lost (the events counted
    are rare beside what they cost)."""
    if THREADED:
        f.b.atomic_rmw("add", f.glob(name), const(1), "monotonic")
    else:
        f.store(name, f.b.add(f.load(name), const(1)))


def constant(module: ir.Module, name: str, value: ir.Constant, *, align: int = 0) -> ir.Value:
    """The internal constant global `name` with initializer `value`, made
    once per module (later calls with the same name return it)."""
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    g = ir.GlobalVariable(module, value.type, name=name)
    g.global_constant = True
    g.linkage = "internal"
    if align:
        g.align = align
    g.initializer = value
    return g


def cstring(module: ir.Module, text: str) -> ir.GlobalVariable:
    """A private, NUL-terminated copy of `text` in `module` (one per text)."""
    data = bytearray(text.encode() + b"\0")
    # Named by content: texts sharing a 24-byte prefix get different digests.
    digest = hashlib.sha256(data).hexdigest()[:12]
    name = "seq_str." + text.encode().hex()[:48] + f".{digest}"
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    g = ir.GlobalVariable(module, ir.ArrayType(I8, len(data)), name=name)
    g.global_constant = True
    g.linkage = "private"
    g.initializer = ir.Constant(ir.ArrayType(I8, len(data)), data)
    return g


def signature_of(name: str) -> ir.FunctionType:
    """The declared type of runtime function (or extern) `name`."""
    found = signature(name)
    if found is not None:
        return ir.FunctionType(found[0], list(found[1]))
    spec = RUNTIME.get(name)
    if spec is None:
        raise InterfaceError(f"{name} is not in the runtime's interface (runtime/interface.py)")
    return spec.fnty


def type_key(ty: ir.Type) -> str:
    """`ty` as LLVM sees it: every pointer is just a pointer (llvmlite
    still types some, e.g. an alloca's `i64*`)."""
    if isinstance(ty, ir.PointerType):
        return "ptr"
    if isinstance(ty, ir.FunctionType):
        args = ", ".join([*map(type_key, ty.args), *(["..."] if ty.var_arg else [])])
        return f"{type_key(ty.return_type)} ({args})"
    if isinstance(ty, ir.LiteralStructType):
        return "{" + ", ".join(map(type_key, ty.elements)) + "}"
    return str(ty)


def check_signature(name: str, fnty: ir.FunctionType) -> ir.FunctionType:
    """The declared type of `name`, which must be `fnty` (what a caller
    expects): a mismatch raises InterfaceError naming the symbol."""
    declared = signature_of(name)
    if type_key(declared) != type_key(fnty):
        raise InterfaceError(f"{name} is declared as {declared} but called as {fnty}")
    return declared


def declare(module: ir.Module, name: str, fnty: ir.FunctionType) -> ir.Function:
    """The function `name` in `module`, declared with `fnty` if it is not
    there yet (for compiled words; runtime functions go through
    `declare_runtime`, which checks the signature)."""
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    return ir.Function(module, fnty, name=name)


def declare_runtime(module: ir.Module, name: str) -> ir.Function:
    """`name` in `module`, declared with its declared signature."""
    fnty = signature_of(name)
    existing = module.globals.get(name)
    if existing is not None:
        if type_key(existing.function_type) != type_key(fnty):
            raise InterfaceError(f"{name} is {existing.function_type} here but declared as {fnty}")
        return existing
    return ir.Function(module, fnty, name=name)


def global_in(module: ir.Module, name: str) -> ir.GlobalVariable:
    """The runtime global `name` in `module` (defined in the runtime module,
    declared external elsewhere), registered here or in the interface."""
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    if name in GLOBALS:
        return ir.GlobalVariable(module, GLOBALS[name].ty, name=name)
    return ir.GlobalVariable(module, global_type(name), name=name)


def declare_registered(module: ir.Module) -> None:
    """Define the registered globals and declare every registered function
    in the runtime module, so bodies can call each other in any order."""
    for g in GLOBALS.values():
        var = global_in(module, g.name)
        var.initializer = const(g.init or 0) if g.ty == I64 else ir.Constant(g.ty, None)
        if g.align is not None:
            var.align = g.align
    for spec in RUNTIME.values():
        declare_runtime(module, spec.name)


def define_registered(module: ir.Module) -> None:
    """Emit the body of every registered function with an emitter."""
    for spec in RUNTIME.values():
        if spec.emit is not None:
            define_runtime(module, spec.name)


def define_runtime(module: ir.Module, name: str) -> ir.Function:
    """Emit the body of the registered function `name` into `module` (where
    what it calls must be declared); returns it."""
    spec = RUNTIME[name]
    if spec.emit is None:
        raise TypeError(f"{name} is defined elsewhere")
    fn = declare_runtime(module, spec.name)
    if spec.internal:
        fn.linkage = "internal"
    if spec.inline:
        fn.attributes.add("alwaysinline")
    if spec.locked and THREADED:
        fn = held_by_lock(module, fn)
    f = Fn(module, fn)
    result = spec.emit(f, *fn.args)
    if not f.b.block.is_terminated:
        if result is not None:
            f.b.ret(result)
        elif isinstance(spec.ret, ir.VoidType):
            f.b.ret_void()
        else:
            raise TypeError(f"{spec.name}: its emitter returned no value")
    return fn


def held_by_lock(module: ir.Module, fn: ir.Function) -> ir.Function:
    """Make `fn` take the scheduler lock, call a body that runs holding it
    and drop the lock; returns the body, to be emitted."""
    body = ir.Function(module, fn.function_type, name=f"{fn.name}.held")
    body.linkage = "internal"
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    b.call(declare_runtime(module, "seq_sched_lock_take"), [])
    result = b.call(body, list(fn.args))
    b.call(declare_runtime(module, "seq_sched_lock_drop"), [])
    if isinstance(fn.function_type.return_type, ir.VoidType):
        b.ret_void()
    else:
        b.ret(result)
    return body


# --- calls to host services -----------------------------------------------------------------


def call_ptr(
    b: ir.IRBuilder, target: ir.Value, fnty: ir.FunctionType, args: list[ir.Value], tail: str = ""
) -> ir.Value:
    """Call through a code address held as i64 or ptr."""
    address = target if target.type == I64 else b.ptrtoint(target, I64)
    return b.call(b.inttoptr(address, ir.PointerType(fnty)), args, tail=tail)


def host_call(
    module: ir.Module, b: ir.IRBuilder, service: str, fnty: ir.FunctionType, args: list[ir.Value]
) -> ir.Value | None:
    """Call the Python service `service` (see host.py) from IR; `fnty` must
    be the service's declared prototype. Python must not run on a strand's
    stack, so the call goes through `seq_rt_on_system_stack`, which runs a
    per-signature thunk on the scheduler's stack and comes back. Arguments
    and result travel in a block of i64 words: the target, the arguments,
    the result."""
    check_service(service, fnty)
    slot = host_slot(module, f"seq_host_{service}")
    block = alloca_once(b, I64, size=len(fnty.args) + 2)  # once per frame, even in a loop
    values = [b.load(slot, typ=PTR), *args]
    for i, value in enumerate(values):
        b.store(_to_word(b, value), b.gep(block, [const(i)], source_etype=I64))
    b.call(declare_runtime(module, "seq_rt_on_system_stack"), [host_thunk(module, fnty), block])
    if isinstance(fnty.return_type, ir.VoidType):
        return None
    at = b.gep(block, [const(len(args) + 1)], source_etype=I64)
    return _from_word(b, b.load(at, typ=I64), fnty.return_type)


def host_slot(module: ir.Module, name: str) -> ir.GlobalVariable:
    """The global holding the address of a Python callback: defined in the
    runtime module, null until the host installs the callback at load time."""
    slot = module.globals.get(name)
    if slot is None:
        slot = ir.GlobalVariable(module, PTR, name=name)
        slot.initializer = ir.Constant(PTR, None)
    return slot


def check_service(service: str, fnty: ir.FunctionType) -> None:
    """Raise InterfaceError unless `service` is registered with prototype `fnty`."""
    prototype = SERVICE_PROTOTYPES.get(service)
    if prototype is None:
        raise InterfaceError(f"host service {service} is not registered (runtime/host.py)")
    declared = (prototype._restype_, *prototype._argtypes_)
    expected = (ctype(fnty.return_type), *(ctype(t) for t in fnty.args))
    if tuple(map(_passed_as, declared)) != tuple(map(_passed_as, expected)):
        raise InterfaceError(f"host service {service} is registered as {declared} "
                             f"but called as {fnty}")


def _passed_as(ctype: object) -> object:
    """A ctypes type up to how it is passed: a C string is a pointer."""
    return ctypes.c_void_p if ctype is ctypes.c_char_p else ctype


def host_thunk(module: ir.Module, fnty: ir.FunctionType) -> ir.Function:
    """`thunk(block)`: call block[0] with block's arguments; store the result.
    One per signature in `module`."""
    name = "seq_thunk." + re.sub(r"[^0-9A-Za-z]+", "_", str(fnty)).strip("_")
    existing = module.globals.get(name)
    if existing is not None:
        return existing
    fn = ir.Function(module, ir.FunctionType(VOID, [PTR]), name=name)
    fn.linkage = "internal"
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    (block,) = fn.args

    def word(i: int) -> ir.Value:
        return b.load(b.gep(block, [const(i)], source_etype=I64), typ=I64)

    target = b.inttoptr(word(0), PTR)
    values = [_from_word(b, word(i + 1), t) for i, t in enumerate(fnty.args)]
    result = call_ptr(b, target, fnty, values)
    if not isinstance(fnty.return_type, ir.VoidType):
        b.store(_to_word(b, result), b.gep(block, [const(len(fnty.args) + 1)], source_etype=I64))
    b.ret_void()
    return fn


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
