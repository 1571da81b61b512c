"""How values look in memory, and IR snippets that every module inlines.

A value is one 64-bit slot, tagged as the reference tags it:

    odd            Int: (n << 1) | 1, so Int arithmetic wraps at 63 bits
    0, 2           Bool false, true
    other even     pointer to a heap object (8-byte aligned, never 0 or 2)

A heap object starts with a 16-byte header: a reference count (negative for
static, immortal objects such as literals) and a kind; its payload follows.

Reference counts, with several workers (runtime/threads.py; with one, every
count is plain and none of this is emitted):
- A count word from 1 below SHARED counts an object only one strand can
  reach (with the host, which looks only while no worker runs): it is
  updated with a plain add, as with one worker. A strand moving to another
  worker takes the scheduler lock on the way, so the next thread sees it.
- A count word >= SHARED counts an object two strands may reach at once:
  its count is word - SHARED, updated with `atomicrmw`, freed when the
  word comes back to SHARED. A word goes from unshared to shared once
  (runtime/sharing.py, `share`) and never back.
- An object becomes shared where it crosses to another strand: sent on a
  channel that is shared, copied or captured by strand.spawn or
  strand.weave, passed through a weave's resume or yield. Marking is deep
  (fields, captures, map keys and values, a channel's queue) and stops at
  what is shared already; the one strand that can reach the unshared
  objects does it, so plain stores suffice.
- So a shared object's children are all shared: an object is changed in
  place only when its count word is 1 (strings, lists and maps check
  that), which a shared object's never is: it is copied first, and the
  copy is unshared.
"""

from __future__ import annotations

from dataclasses import dataclass

from llvmlite import ir

from . import irkit
from .irkit import F64 as F64
from .irkit import I1 as I1
from .irkit import I8 as I8
from .irkit import I32 as I32
from .irkit import I64 as I64
from .irkit import PTR as PTR
from .irkit import VOID as VOID
from .irkit import Layout, declare_runtime
from .irkit import call_ptr as call_ptr
from .irkit import const as const
from .irkit import constant as constant_global
from .threads import THREADED

# The header every heap object starts with; its payload follows.
OBJECT = Layout("Object", [("refcount", I64), ("kind", I64)])
HEADER = OBJECT.size  # 16 bytes
IMMORTAL = -(2**62)
# A count word at or above this counts a shared object (above).
SHARED = 2**61

FALSE = 0
TRUE = 2

# Object kinds (the header's second word).
FLOAT = 1  # payload: double
STRING = 2  # payload: i64 length, bytes
SYMBOL = 3  # payload: i64 length, bytes
VARIANT = 4  # payload: i64 tag (a Symbol value), i64 count, values
MAP = 5  # payload: host handle
CLOSURE = 6  # payload: ptr code, i64 count, captured values (a quotation has none)
CHANNEL = 7  # payload: see runtime/channels.py
WEAVE = 8  # payload: ptr strand, ptr resumer, i64 transfer, i64 done (runtime/weaves.py)

# Payloads, declared once; IR reaches them by field name and Python reads
# them with `Layout.read`. A trailing run of values starts at `.end`.
FLOAT_OBJ = Layout("Float", [("value", F64)], start=HEADER)
STRING_OBJ = Layout("String", [("length", I64)], start=HEADER)  # then the bytes
SYMBOL_OBJ = STRING_OBJ  # a Symbol is laid out as a String
VARIANT_OBJ = Layout("Variant", [("tag", I64), ("count", I64)], start=HEADER)  # then the values
CLOSURE_OBJ = Layout("Closure", [("code", PTR), ("count", I64)], start=HEADER)  # then captures
# then `cap` entries {hash, key, value} and 2*cap i32 index slots (collections)
MAP_OBJ = Layout("Map", [("count", I64), ("used", I64), ("cap", I64)], start=HEADER)
MAP_ENTRY = Layout("Map entry", [("hash", I64), ("key", I64), ("value", I64)])
WEAVE_OBJ = Layout(
    "Weave",
    [("strand", PTR), ("resumer", PTR), ("transfer", I64), ("done", I64)],
    start=HEADER,
)



@dataclass(frozen=True)
class ObjectKind:
    """One kind of heap object: its code in the header, the name the host
    shows it by (live/values.py), its payload, and whether it holds
    references that `seq_rt_release` (runtime/core.py) must drop.
    tests/runtime/test_object_kinds.py names each place a new kind must be
    taught when one is missed."""

    code: int
    name: str
    payload: Layout
    holds_values: bool


KINDS: dict[int, ObjectKind] = {}


def object_kind(kind: ObjectKind) -> None:
    """Declare a kind of heap object, where its payload is declared."""
    assert kind.code not in KINDS, f"object kind {kind.code} declared twice"
    KINDS[kind.code] = kind


object_kind(ObjectKind(FLOAT, "float", FLOAT_OBJ, holds_values=False))
object_kind(ObjectKind(STRING, "string", STRING_OBJ, holds_values=False))
object_kind(ObjectKind(SYMBOL, "symbol", SYMBOL_OBJ, holds_values=False))
object_kind(ObjectKind(VARIANT, "variant", VARIANT_OBJ, holds_values=True))
object_kind(ObjectKind(MAP, "map", MAP_OBJ, holds_values=True))
object_kind(ObjectKind(CLOSURE, "closure", CLOSURE_OBJ, holds_values=True))
object_kind(ObjectKind(WEAVE, "weave", WEAVE_OBJ, holds_values=False))


def holds_values(b: ir.IRBuilder, kind: ir.Value) -> ir.Value:
    """Whether objects of `kind` hold references (KINDS above)."""
    holders = sorted(k.code for k in KINDS.values() if k.holds_values)
    holds = b.icmp_unsigned("==", kind, const(holders[0]))
    for other in holders[1:]:
        holds = b.or_(holds, b.icmp_unsigned("==", kind, const(other)))
    return holds


WEAVE_STRAND, WEAVE_RESUMER, WEAVE_TRANSFER, WEAVE_DONE = (
    WEAVE_OBJ.offset(name) for name in ("strand", "resumer", "transfer", "done")
)
# Word offsets in variants; closures share them, with the code pointer
# in the tag's place.
VARIANT_TAG, VARIANT_COUNT, VARIANT_FIELDS = (
    VARIANT_OBJ.offset("tag"), VARIANT_OBJ.offset("count"), VARIANT_OBJ.end
)
assert (CLOSURE_OBJ.offset("code"), CLOSURE_OBJ.end) == (VARIANT_TAG, VARIANT_FIELDS)

# Word functions: take the data stack pointer (next free slot), return it.
WORD_FN = ir.FunctionType(PTR, [PTR])


def tag_int(n: int) -> ir.Constant:
    return ir.Constant(I64, ((n << 1) | 1) & (2**64 - 1))


def is_heap(b: ir.IRBuilder, v: ir.Value) -> ir.Value:
    low = b.icmp_unsigned("==", b.and_(v, const(1)), const(0))
    return b.and_(low, b.icmp_unsigned(">", v, const(TRUE)))


def emit_refcount_helpers(module: ir.Module, *, by_runs: bool = False) -> None:
    """`seq_incref` / `seq_decref`, inlined everywhere: the test for a heap
    value and the count update stay inline; freeing is a call. With several
    workers (runtime/threads.py) a shared object's count (see above) is
    updated atomically; an unshared one's is a plain add, one range compare
    instead of the single-worker sign test (the choice is made when the IR
    is). A count of 1 stays "unique": only its one holder could change it.
    With `by_runs` (the runtime module, which alone uses them), also
    `seq_incref_by` / `seq_decref_by` (value, n): n references at once, for
    runs of one object in a block of values (runtime/core.py)."""
    release = declare_runtime(module, "seq_rt_release")
    updates = [("seq_incref", 1, False), ("seq_decref", -1, False)]
    if by_runs:
        updates += [("seq_incref_by", 1, True), ("seq_decref_by", -1, True)]
    for name, sign, by_n in updates:
        emit_count_update(module, release, name, sign, by_n)


def emit_count_update(module: ir.Module, release: ir.Function, name: str, sign: int,
                      by_n: bool) -> None:
    """The function `name`(value[, n]): the count of `value` up (`sign` 1)
    or down (-1) by one, or by `n`, releasing the object at zero."""
    fn = ir.Function(module, ir.FunctionType(VOID, [I64, I64] if by_n else [I64]), name=name)
    fn.linkage = "internal"
    if not by_n:
        fn.attributes.add("alwaysinline")
    v = fn.args[0]
    entry, heap, counted, done = (fn.append_basic_block(n) for n in ("e", "h", "c", "d"))
    b = ir.IRBuilder(entry)
    delta = b.mul(fn.args[1], const(sign)) if by_n else const(sign)
    b.cbranch(is_heap(b, v), heap, done)
    b.position_at_end(heap)
    obj = OBJECT(b, v)
    if THREADED:
        rc = b.load_atomic(obj.addr("refcount"), "monotonic", 8, typ=I64)
        shared = fn.append_basic_block("s")
        b.cbranch(is_unshared(b, rc), counted, shared)
        b.position_at_end(shared)
        emit_shared_update(b, obj, rc, delta, sign, release, done)
        b.position_at_end(counted)
    else:
        rc = obj.refcount
        b.cbranch(b.icmp_signed(">", rc, const(0)), counted, done)  # static objects are < 0
        b.position_at_end(counted)
    new = b.add(rc, delta)
    obj.refcount = new
    if sign < 0:
        free, keep = fn.append_basic_block("f"), done
        b.cbranch(b.icmp_signed("==", new, const(0)), free, keep)
        b.position_at_end(free)
        b.call(release, [obj.ptr])
    b.branch(done)
    b.position_at_end(done)
    b.ret_void()


def is_unshared(b: ir.IRBuilder, rc: ir.Value) -> ir.Value:
    """Whether the count word `rc` counts an unshared object: 1 <= rc <
    SHARED, in one unsigned compare (immortal words are negative)."""
    return b.icmp_unsigned("<", b.sub(rc, const(1)), const(SHARED - 1))


def emit_shared_update(b: ir.IRBuilder, obj: irkit.Fields, rc: ir.Value, delta: ir.Value,
                       sign: int, release: ir.Function, done: ir.Block) -> None:
    """At the block `b` is positioned in (the count word `rc` is not an
    unshared one): a shared object's count changes by `delta` (of `sign`)
    atomically, and the one that drops it to zero releases it; an immortal
    one is left alone. Branches to `done`."""
    atomic = b.function.append_basic_block("a")
    b.cbranch(b.icmp_signed(">", rc, const(0)), atomic, done)
    b.position_at_end(atomic)
    ordering = "monotonic" if sign > 0 else "acq_rel"  # the freer sees every drop before
    old = b.atomic_rmw("add", obj.addr("refcount"), delta, ordering)
    if sign < 0:
        free = b.function.append_basic_block("af")
        b.cbranch(b.icmp_signed("==", b.add(old, delta), const(SHARED)), free, done)
        b.position_at_end(free)
        b.call(release, [obj.ptr])
    b.branch(done)


def emit_closure_enter(module: ir.Module) -> ir.Function:
    """`seq_closure_enter(closure, sp) -> {sp, code}`, inlined: push the
    closure's captured values (a quotation has none) and drop the reference
    to it; the caller then calls `code` with the new sp. Emitted once per
    module; later calls return it."""
    existing = module.globals.get("seq_closure_enter")
    if existing is not None:
        return existing
    ret = ir.LiteralStructType([PTR, PTR])
    fn = ir.Function(module, ir.FunctionType(ret, [I64, PTR]), name="seq_closure_enter")
    fn.linkage = "internal"
    fn.attributes.add("alwaysinline")
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    obj, sp = fn.args
    closure = CLOSURE_OBJ(b, obj)
    count = closure.count
    with irkit.for_range(b, const(0), count) as i:
        v = b.load(closure.trailing(i), typ=I64)
        b.call(module.globals["seq_incref"], [v])
        b.store(v, b.gep(sp, [i], source_etype=I64))
    code = closure.code
    b.call(module.globals["seq_decref"], [obj])
    after = b.gep(sp, [count], source_etype=I64)
    result = b.insert_value(ir.Constant(ret, ir.Undefined), after, 0)
    b.ret(b.insert_value(result, code, 1))
    return fn


def static_string(module: ir.Module, name: str, data: bytes, kind: int = STRING) -> ir.Constant:
    """An immortal String (or Symbol) with bytes `data`, the internal constant
    `name` of `module` (made once), as a tagged value."""
    ty = ir.LiteralStructType([I64, I64, I64, ir.ArrayType(I8, len(data))])
    init = ir.Constant(ty, [const(IMMORTAL), const(kind), const(len(data)),
                            ir.Constant(ir.ArrayType(I8, len(data)), bytearray(data))])
    return constant_global(module, name, init, align=8).ptrtoint(I64)
