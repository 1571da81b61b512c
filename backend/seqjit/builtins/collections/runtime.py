"""Lists, maps and variant updates in the runtime.

Lists are variants, as in the reference: a list is a VARIANT object whose tag
is the Symbol `List` (so `variant.tag` of a list gives `:List`) and whose
fields are the elements, in order:

    header (refcount, kind VARIANT) | i64 tag (Symbol) | i64 count | count values

Any variant works as a list and every list works as a variant: the list
builtins keep the tag of the variant they are given (`list.map` on a `:Pair`
gives a `:Pair`), and `variant.append` is `list.push`. The object may be
larger than its count needs: a list grown in place keeps spare room, and
`list.push` on an unshared list reallocs the object to a power-of-two number
of fields (at least 4; a large one is copied, its old block kept for reuse:
runtime/blocks.py `seq_mem_grow`). Every variant object therefore comes from
`seq_rt_alloc`, i.e. from malloc, so it can be realloc'd and freed. Updates
copy on write: a shared object (refcount other than 1, or immortal) is copied
first, an unshared one is changed in place and returned (maybe moved).
Elsewhere in the runtime, build a list with `i64 seq_rt_list_make()` and
`i64 seq_rt_list_push(i64 list, i64 value)` (it takes both references and
returns the list), or allocate an object of exactly this layout.

Maps (kind MAP) are insertion-ordered hash tables in one object, laid out
as `MAP_OBJ` then `MAP_ENTRY` (runtime/layout.py):

    header | i64 count | i64 used | i64 cap | cap entries {hash, key, value}
           | 2*cap i32 index slots (entry number + 1; 0 is empty)

Entries are appended in insertion order; a removed entry keeps its place with
hash 0. So `map.keys`, `map.values`, `map.each` and `map.fold` visit entries in
insertion order (a new value for a present key keeps its place; a key removed
and set again goes last). The reference leaves that order unspecified.
Index slots are probed linearly from the hash; the table is rebuilt
(compacted, or doubled) when `used` reaches `cap`. Keys are Int, Bool
or String, as in the reference; anything else is a runtime error. Hashes are
a 64-bit mix of the tagged value, or FNV-1a of a String's bytes, with the top
bit set so that 0 means "removed".

Higher-order builtins (`list.map` ...) are word-shaped, `ptr f(ptr sp)`: their
arguments are on the data stack, and they call the quotation with its
arguments and its captured values pushed at the current stack top.
"""

from __future__ import annotations

from llvmlite import ir

from ...runtime.core import checked
from ...runtime.irkit import (
    PAIR,
    WORD,
    Fields,
    Fn,
    Var,
    extern,
    for_range,
    loop,
    runtime_fn,
    runtime_global,
    tally,
    while_,
)
from ...runtime.layout import (
    CLOSURE_OBJ,
    FALSE,
    I1,
    I8,
    I32,
    I64,
    MAP,
    MAP_ENTRY,
    MAP_OBJ,
    OBJECT,
    PTR,
    STRING,
    STRING_OBJ,
    SYMBOL,
    TRUE,
    VARIANT,
    VARIANT_OBJ,
    VOID,
    WORD_FN,
    call_ptr,
    const,
    is_heap,
    static_string,
    tag_int,
)
from ...runtime.sharing import share
from ...runtime.threads import THREADED

MAP_COUNT = MAP_OBJ.offset("count")  # map.size reads it inline (collections/ops.py)
MIN_CAP = 4  # fewest fields a list has room for, fewest entries a map has
HASH_LIVE = 1 << 63  # set in every live entry's hash; a removed entry's is 0
INDEX_SLOT = 4  # bytes of one index slot (i32)
FNV_OFFSET, FNV_PRIME = 0xCBF29CE484222325, 0x100000001B3
MIX = (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53)  # the 64-bit finaliser's multipliers

# The builtins that check their collection argument's kind at run time (the
# checker types a list or map as a type variable, as the reference does).
VARIANT_OPS = (
    "list.push", "list.get", "list.set", "list.length", "list.empty?", "list.reverse",
    "list.first", "list.last", "list.map", "list.filter", "list.fold", "list.each",
    "variant.append", "variant.first", "variant.last", "variant.init", "variant.tag",
    "variant.field-count", "variant.field-at",
)
MAP_OPS = (
    "map.get", "map.set", "map.has?", "map.remove", "map.keys", "map.values", "map.size",
    "map.empty?", "map.each", "map.fold",
)

# Errors compiled code reports by number through seq_rt_collection_error.
ERRORS = (
    "variant.first: variant has no fields",
    "variant.last: variant has no fields",
    "variant.field-at: index out of range",
    *(f"{name}: expected Variant" for name in VARIANT_OPS),
    *(f"{name}: expected Map" for name in MAP_OPS),
)

COPIES = runtime_global(
    "seq_variant_copies", I64, "How many variant objects (lists) copy-on-write has copied: "
    "an update of an unshared one never adds to it (tests read it)."
)

extern("seq_incref", VOID, [I64], "Count one more reference to a value (inline).")
extern("seq_decref", VOID, [I64], "Count one reference fewer, releasing at zero (inline).")
extern("memset", PTR, [PTR, I32, I64], "libc: fill a run of bytes.")
extern("memcmp", I32, [PTR, PTR, I64], "libc: compare two runs of bytes.")
extern("llvm.ctlz.i64", I64, [I64, I1], "LLVM: the number of leading zero bits.")


# --- small IR helpers ----------------------------------------------------------------------


def slot(b: ir.IRBuilder, base: ir.Value, index: ir.Value | int) -> ir.Value:
    """Pointer to the word `base[index]` (a data stack slot)."""
    return b.gep(base, [index if isinstance(index, ir.Value) else const(index)],
                 source_etype=I64)


def unshared(b: ir.IRBuilder, obj: ir.Value) -> ir.Value:
    """`obj` has exactly one reference (not shared, not immortal): it may
    be changed in place."""
    return b.icmp_signed("==", OBJECT(b, obj).refcount, const(1))


def panic(f: Fn, message: str) -> None:
    """The runtime error `message`; the block ends here."""
    f.call("seq_rt_panic", f.cstring(message))
    f.b.unreachable()


def pair(b: ir.IRBuilder, x: ir.Value, flag: ir.Value) -> ir.Value:
    r = b.insert_value(ir.Constant(PAIR, ir.Undefined), x, 0)
    return b.insert_value(r, flag, 1)


def cap_for(f: Fn, n: ir.Value) -> ir.Value:
    """Room for `n` fields or entries: a power of two, at least MIN_CAP."""
    b = f.b
    small = b.icmp_signed("<=", n, const(MIN_CAP))
    safe = b.select(small, const(MIN_CAP + 1), n)
    bits = b.sub(const(64), f.call("llvm.ctlz.i64", b.sub(safe, const(1)), ir.Constant(I1, 0)))
    return b.select(small, const(MIN_CAP), b.shl(const(1), bits))


def list_tag(f: Fn) -> ir.Value:
    """The Symbol `List`, the tag of every list made here (immortal)."""
    return static_string(f.module, "seq_rt_list_tag", b"List", SYMBOL)


# --- lists and variants --------------------------------------------------------------------


@runtime_fn("seq_rt_variant_new", PTR, [I64, I64, I64, I64], internal=True)
def variant_new(
    f: Fn, tag: ir.Value, count: ir.Value, room: ir.Value, filled: ir.Value
) -> ir.Value:
    """Consumes `tag`; returns a new variant object with room for `room`
    fields, its tag and count set, its fields not yet written; the caller
    writes the first `filled` at once (a large one is mapped ahead for them)."""
    b = f.b
    size = b.add(const(VARIANT_OBJ.size), b.mul(room, const(WORD)))
    ahead = b.add(const(VARIANT_OBJ.size), b.mul(filled, const(WORD)))
    p = f.call("seq_rt_alloc_filled", const(VARIANT), size, ahead)
    obj = VARIANT_OBJ(b, p)
    obj.tag = tag
    obj.count = count
    return p


@runtime_fn("seq_rt_variant_clone", PTR, [I64, I64], internal=True)
def variant_clone(f: Fn, v: ir.Value, room: ir.Value) -> ir.Value:
    """Consumes `v`; returns a copy of it with room for `room` fields,
    holding its own references to the tag and the fields."""
    b = f.b
    tally(f, COPIES)
    src = VARIANT_OBJ(b, v)
    n = src.count
    tag = src.tag
    f.call("seq_incref", tag)
    dst = VARIANT_OBJ(b, f.call("seq_rt_variant_new", tag, n, room, n))
    f.call("seq_rt_copy_values", dst.after(), src.after(), n)
    f.call("seq_decref", v)
    return dst.ptr


@runtime_fn("seq_rt_variant_unique", PTR, [I64], internal=True)
def variant_unique(f: Fn, v: ir.Value) -> ir.Value:
    """Consumes `v`; returns it if it is unshared, else a copy (dropping the
    reference to `v`): an object the caller may change."""
    b = f.b
    with b.if_then(unshared(b, v)):
        b.ret(b.inttoptr(v, PTR))
    return f.call("seq_rt_variant_clone", v, VARIANT_OBJ(b, v).count)


@runtime_fn("seq_rt_list_make")
def list_make(f: Fn) -> ir.Value:
    """Returns a new, empty List."""
    p = f.call("seq_rt_variant_new", list_tag(f), const(0), const(MIN_CAP), const(0))
    return f.b.ptrtoint(p, I64)


@runtime_fn("seq_rt_list_push")
def list_push(f: Fn, v: ir.Value, x: ir.Value) -> ir.Value:
    """list.push, variant.append: consumes the variant `v` and the value `x`;
    returns the variant with `x` appended. An unshared variant grows in
    place (seq_mem_grow: realloc, or a large one moved to a new block); a
    shared one is copied."""
    b = f.b
    n = VARIANT_OBJ(b, v).count
    room = cap_for(f, b.add(n, const(1)))
    p = Var(b, PTR)
    with b.if_else(unshared(b, v)) as (mine, shared):
        with mine:
            size = b.add(const(VARIANT_OBJ.end), b.mul(room, const(WORD)))
            used = b.add(const(VARIANT_OBJ.end), b.mul(n, const(WORD)))
            p.set(checked(f, f.call("seq_mem_grow", b.inttoptr(v, PTR), used, size)))
        with shared:
            p.set(f.call("seq_rt_variant_clone", v, room))
    grown = VARIANT_OBJ(b, p.get())
    b.store(x, grown.trailing(n))
    grown.count = b.add(n, const(1))
    return b.ptrtoint(grown.ptr, I64)


@runtime_fn("seq_rt_list_set")
def list_set(f: Fn, v: ir.Value, index: ir.Value, x: ir.Value) -> ir.Value:
    """list.set: consumes the variant `v` and the value `x`, takes the Int
    `index`; returns (the variant with field `index` replaced, true), or
    (`v` unchanged, false) when the index is out of range (`x` dropped)."""
    b = f.b
    i = b.ashr(index, const(1))
    with b.if_then(b.icmp_unsigned(">=", i, VARIANT_OBJ(b, v).count)):
        f.call("seq_decref", x)
        b.ret(pair(b, v, const(FALSE)))
    p = VARIANT_OBJ(b, f.call("seq_rt_variant_unique", v))
    field = p.trailing(i)
    old = b.load(field, typ=I64)
    b.store(x, field)
    f.call("seq_decref", old)
    return pair(b, b.ptrtoint(p.ptr, I64), const(TRUE))


@runtime_fn("seq_rt_list_reverse")
def list_reverse(f: Fn, v: ir.Value) -> ir.Value:
    """list.reverse: consumes the variant `v`; returns it with its fields in
    the opposite order (in place when unshared)."""
    b = f.b
    p = VARIANT_OBJ(b, f.call("seq_rt_variant_unique", v))
    n = p.count
    last = b.sub(n, const(1))
    with for_range(b, const(0), b.sdiv(n, const(2))) as i:
        front, back = p.trailing(i), p.trailing(b.sub(last, i))
        x, y = b.load(front, typ=I64), b.load(back, typ=I64)
        b.store(y, front)
        b.store(x, back)
    return b.ptrtoint(p.ptr, I64)


@runtime_fn("seq_rt_variant_init")
def variant_init(f: Fn, v: ir.Value) -> ir.Value:
    """variant.init: consumes the variant `v`; returns it without its last
    field. A runtime error if it has none."""
    b = f.b
    n = VARIANT_OBJ(b, v).count
    with b.if_then(b.icmp_signed("==", n, const(0)), likely=False):
        panic(f, "variant.init: variant has no fields")
    p = VARIANT_OBJ(b, f.call("seq_rt_variant_unique", v))
    last = b.sub(n, const(1))
    f.call("seq_decref", b.load(p.trailing(last), typ=I64))
    p.count = last
    return b.ptrtoint(p.ptr, I64)


@runtime_fn("seq_rt_collection_error")
def collection_error(f: Fn, code: ir.Value) -> None:
    """Raises the runtime error ERRORS[code]. Does not return."""
    b = f.b
    blocks = [f.fn.append_basic_block(f"e{i}") for i in range(len(ERRORS))]
    switch = b.switch(code, blocks[0])
    for i, (block, message) in enumerate(zip(blocks, ERRORS, strict=True)):
        switch.add_case(const(i), block)
        b.position_at_end(block)
        panic(f, message)


# --- calling quotations --------------------------------------------------------------------


@runtime_fn("seq_rt_invoke", PTR, [I64, PTR], internal=True)
def invoke(f: Fn, q: ir.Value, sp: ir.Value) -> ir.Value:
    """Borrows the quotation or closure `q`: pushes its captured values at
    `sp` (with new references) and runs its code; returns the new sp."""
    b = f.b
    closure = CLOSURE_OBJ(b, q)
    n = closure.count
    f.call("seq_rt_copy_values", sp, closure.after(), n)
    return call_ptr(b, closure.code, WORD_FN, [slot(b, sp, n)])


def call_with(f: Fn, q: ir.Value, sp: ir.Value, args: list[ir.Value]) -> ir.Value:
    """Push `args` at sp (handing over their references) and call `q`;
    returns the new sp."""
    for k, x in enumerate(args):
        f.b.store(x, slot(f.b, sp, k))
    return f.call("seq_rt_invoke", q, slot(f.b, sp, len(args)))


def fresh_like(f: Fn, v: ir.Value, room: ir.Value, filled: ir.Value) -> ir.Value:
    """A new, empty variant with the tag of `v` (borrowed) and room for
    `room` fields, the first `filled` of which the caller writes at once."""
    tag = VARIANT_OBJ(f.b, v).tag
    f.call("seq_incref", tag)
    return f.call("seq_rt_variant_new", tag, const(0), room, filled)


@runtime_fn("seq_rt_list_like")
def list_like(f: Fn, v: ir.Value, room: ir.Value) -> ir.Value:
    """Borrows the variant `v`; returns a new, empty variant with its tag
    and room for `room` fields (what list.filter fills)."""
    return f.b.ptrtoint(fresh_like(f, v, room, const(0)), I64)


@runtime_fn("seq_rt_list_like_filled")
def list_like_filled(f: Fn, v: ir.Value, n: ir.Value) -> ir.Value:
    """seq_rt_list_like for a caller that writes all `n` fields at once
    (list.map): a large one is mapped ahead for them (runtime/blocks.py)."""
    return f.b.ptrtoint(fresh_like(f, v, n, n), I64)


class Transform:
    """What list.map and list.filter share: the list `v` and quotation `q`
    under `sp`, the destination `dst` (the list itself when unshared, else a
    new object with its tag), and `at`, where the stack top is as the
    quotation is called on each element."""

    def __init__(self, f: Fn, sp: ir.Value, fills: bool) -> None:
        """`fills`: every field of a new destination is written (list.map)."""
        b = self.b = f.b
        self.f = f
        self.q, self.v = b.load(slot(b, sp, -1), typ=I64), b.load(slot(b, sp, -2), typ=I64)
        self.src = VARIANT_OBJ(b, self.v)
        self.n = self.src.count
        self.in_place = unshared(b, self.v)
        self.dst = Var(b, PTR, b.inttoptr(self.v, PTR))
        with b.if_then(b.not_(self.in_place)):
            self.dst.set(fresh_like(f, self.v, self.n, self.n if fills else const(0)))
        self.at = Var(b, PTR, slot(b, sp, -2))

    def finish(self) -> ir.Value:
        """Consume the list (if copied) and `q`, leave the result; returns sp."""
        b = self.b
        with b.if_then(b.not_(self.in_place)):
            self.f.call("seq_decref", self.v)
        self.f.call("seq_decref", self.q)
        b.store(b.ptrtoint(self.dst.get(), I64), self.at.get())
        return slot(b, self.at.get(), 1)


@runtime_fn("seq_rt_list_map")
def list_map(f: Fn, sp: ir.Value) -> ir.Value:
    """list.map ( list q -- list' ): consumes the list and `q`; returns sp.
    An unshared list is mapped in place; a shared one into a new object
    with the same tag."""
    b = f.b
    t = Transform(f, sp, fills=True)
    q, src, n, in_place, dst, at = t.q, t.src, t.n, t.in_place, t.dst, t.at
    with for_range(b, const(0), n) as i:
        x = b.load(src.trailing(i), typ=I64)
        with b.if_then(b.not_(in_place)):
            f.call("seq_incref", x)
        result = slot(b, call_with(f, q, at.get(), [x]), -1)
        at.set(result)
        out = VARIANT_OBJ(b, dst.get())
        b.store(b.load(result, typ=I64), out.trailing(i))
        with b.if_then(b.not_(in_place)):  # it holds what is mapped so far
            out.count = b.add(i, const(1))
    return t.finish()


@runtime_fn("seq_rt_list_filter")
def list_filter(f: Fn, sp: ir.Value) -> ir.Value:
    """list.filter ( list q -- list' ): consumes the list and `q`; returns
    sp. An unshared list is compacted in place; a shared one is filtered
    into a new object with the same tag."""
    b = f.b
    t = Transform(f, sp, fills=False)
    q, src, n, in_place, dst, at = t.q, t.src, t.n, t.in_place, t.dst, t.at
    kept = Var(b, I64, const(0))
    with for_range(b, const(0), n) as i:
        x = b.load(src.trailing(i), typ=I64)
        f.call("seq_incref", x)
        result = slot(b, call_with(f, q, at.get(), [x]), -1)
        at.set(result)
        keep = b.icmp_unsigned("!=", b.load(result, typ=I64), const(FALSE))
        out = VARIANT_OBJ(b, dst.get())
        with b.if_else(keep) as (yes, no):
            with yes:
                with b.if_then(b.not_(in_place)):
                    f.call("seq_incref", x)
                b.store(x, out.trailing(kept.get()))
            with no:
                with b.if_then(in_place):
                    f.call("seq_decref", x)
        kept.set(b.add(kept.get(), b.zext(keep, I64)))
        with b.if_then(b.not_(in_place)):  # it holds what is kept so far
            out.count = kept.get()
    VARIANT_OBJ(b, dst.get()).count = kept.get()
    return t.finish()


def each_element(f: Fn, sp: ir.Value, below: int) -> ir.Value:
    """Call the quotation on top with each element of the list `below`
    slots under it (the accumulator, if any, between them); consumes both.
    The elements move out of an unshared list instead of being copied."""
    b = f.b
    q, v = b.load(slot(b, sp, -1), typ=I64), b.load(slot(b, sp, -2 - below), typ=I64)
    base = slot(b, sp, -2 - below)
    if below:
        b.store(b.load(slot(b, sp, -2), typ=I64), base)  # the accumulator moves down
    at = Var(b, PTR, slot(b, base, below))
    src = VARIANT_OBJ(b, v)
    n = src.count
    moving = unshared(b, v)
    with for_range(b, const(0), n) as i:
        x = b.load(src.trailing(i), typ=I64)
        with b.if_then(b.not_(moving)):
            f.call("seq_incref", x)
        at.set(call_with(f, q, at.get(), [x]))
    with b.if_then(moving):
        src.count = const(0)
    f.call("seq_decref", v)
    f.call("seq_decref", q)
    return at.get()


@runtime_fn("seq_rt_list_fold")
def list_fold(f: Fn, sp: ir.Value) -> ir.Value:
    """list.fold ( list acc q -- acc' ): consumes the list and `q`, hands
    the accumulator through `q`; returns sp."""
    return each_element(f, sp, below=1)


@runtime_fn("seq_rt_list_each")
def list_each(f: Fn, sp: ir.Value) -> ir.Value:
    """list.each ( list q -- ): consumes the list and `q`; returns sp."""
    return each_element(f, sp, below=0)


# --- maps ----------------------------------------------------------------------------------


def entry(b: ir.IRBuilder, m: ir.Value, e: ir.Value) -> Fields:
    """The fields of entry number `e` of the map `m`."""
    offset = b.mul(e, const(MAP_ENTRY.size))
    return MAP_ENTRY(b, b.gep(MAP_OBJ(b, m).after(), [offset], source_etype=I8))


def index_slots(b: ir.IRBuilder, m: ir.Value, cap: ir.Value) -> ir.Value:
    """Pointer to the 2*cap i32 index slots of the map `m`, after its entries."""
    offset = b.mul(cap, const(MAP_ENTRY.size))
    return b.gep(MAP_OBJ(b, m).after(), [offset], source_etype=I8)


def probe_mask(b: ir.IRBuilder, cap: ir.Value) -> ir.Value:
    return b.sub(b.mul(cap, const(2)), const(1))


def index_slot(b: ir.IRBuilder, slots: ir.Value, i: ir.Value) -> ir.Value:
    return b.gep(slots, [i], source_etype=I32)


def key_message(f: Fn, op_name: str) -> ir.Value:
    return f.cstring(f"{op_name}: key must be Int, String, or Bool")


@runtime_fn("seq_rt_map_alloc", PTR, [I64], internal=True)
def map_alloc(f: Fn, cap: ir.Value) -> ir.Value:
    """Returns a new, empty map with room for `cap` entries."""
    b = f.b
    per_entry = MAP_ENTRY.size + 2 * INDEX_SLOT
    p = f.call("seq_rt_alloc", const(MAP), b.add(const(MAP_OBJ.size), b.mul(cap, const(per_entry))))
    table = MAP_OBJ(b, p)
    table.count = const(0)
    table.used = const(0)
    table.cap = cap
    f.call("memset", index_slots(b, p, cap), ir.Constant(I32, 0),
           b.mul(cap, const(2 * INDEX_SLOT)))
    return p


@runtime_fn("seq_rt_map_make")
def map_make(f: Fn) -> ir.Value:
    """Returns a new, empty Map."""
    return f.b.ptrtoint(f.call("seq_rt_map_alloc", const(MIN_CAP)), I64)


@runtime_fn("seq_rt_map_hash", I64, [I64, PTR], internal=True)
def map_hash(f: Fn, key: ir.Value, message: ir.Value) -> ir.Value:
    """Borrows `key`; returns its hash, with the top bit set. A key that is
    not an Int, Bool or String is the runtime error `message`."""
    b = f.b
    x = Var(b, I64, key)
    with b.if_then(is_heap(b, key)):
        with b.if_then(b.icmp_unsigned("!=", OBJECT(b, key).kind, const(STRING))):
            f.call("seq_rt_panic", message)
            b.unreachable()
        text = STRING_OBJ(b, key)
        h = Var(b, I64, const(FNV_OFFSET))  # FNV-1a of the bytes
        with for_range(b, const(0), text.length) as i:
            byte = b.zext(b.load(b.gep(text.after(), [i], source_etype=I8), typ=I8), I64)
            h.set(b.mul(b.xor(h.get(), byte), const(FNV_PRIME)))
        x.set(h.get())
    mixed = x.get()
    for multiplier in MIX:
        mixed = b.mul(b.xor(mixed, b.lshr(mixed, const(33))), const(multiplier))
    mixed = b.xor(mixed, b.lshr(mixed, const(33)))
    return b.or_(mixed, const(HASH_LIVE))


@runtime_fn("seq_rt_map_key_equal", I1, [I64, I64], internal=True)
def map_key_equal(f: Fn, x: ir.Value, y: ir.Value) -> ir.Value:
    """Borrows two valid keys of equal hash; returns whether they are equal."""
    b = f.b
    with b.if_then(b.icmp_unsigned("==", x, y)):
        b.ret(ir.Constant(I1, 1))
    with b.if_then(b.not_(b.and_(is_heap(b, x), is_heap(b, y)))):
        b.ret(ir.Constant(I1, 0))
    sx, sy = STRING_OBJ(b, x), STRING_OBJ(b, y)  # Strings: the only heap keys
    length = sx.length
    with b.if_then(b.icmp_unsigned("!=", length, sy.length)):
        b.ret(ir.Constant(I1, 0))
    order = f.call("memcmp", sx.after(), sy.after(), length)
    return b.icmp_signed("==", order, ir.Constant(I32, 0))


@runtime_fn("seq_rt_map_find", I64, [PTR, I64, I64], internal=True)
def map_find(f: Fn, m: ir.Value, key: ir.Value, h: ir.Value) -> ir.Value:
    """Borrows the map `m` and `key` (whose hash is `h`); returns the number
    of its entry, or -1."""
    b = f.b
    cap = MAP_OBJ(b, m).cap
    mask = probe_mask(b, cap)
    slots = index_slots(b, m, cap)
    i = Var(b, I64, b.and_(h, mask))
    with loop(b):
        s = b.load(index_slot(b, slots, i.get()), typ=I32)
        with b.if_then(b.icmp_unsigned("==", s, ir.Constant(I32, 0))):
            b.ret(const(-1))
        e = b.sub(b.zext(s, I64), const(1))
        i.set(b.and_(b.add(i.get(), const(1)), mask))
        found = entry(b, m, e)
        with b.if_then(b.icmp_unsigned("==", found.hash, h)):
            with b.if_then(f.call("seq_rt_map_key_equal", found.key, key)):
                b.ret(e)
    b.unreachable()  # a table is never full: the probe meets an empty slot


@runtime_fn("seq_rt_map_insert_new", VOID, [PTR, I64, I64, I64], internal=True)
def map_insert_new(f: Fn, m: ir.Value, key: ir.Value, h: ir.Value, value: ir.Value) -> None:
    """Consumes `key` (hash `h`, not in the map) and `value`; appends their
    entry to the map `m`, which has room for it."""
    b = f.b
    table = MAP_OBJ(b, m)
    e = table.used
    new = entry(b, m, e)
    new.hash = h
    new.key = key
    new.value = value
    table.used = b.add(e, const(1))
    table.count = b.add(table.count, const(1))
    cap = table.cap
    mask = probe_mask(b, cap)
    slots = index_slots(b, m, cap)
    i = Var(b, I64, b.and_(h, mask))
    taken = lambda: b.icmp_unsigned(  # noqa: E731
        "!=", b.load(index_slot(b, slots, i.get()), typ=I32), ir.Constant(I32, 0))
    with while_(b, taken):
        i.set(b.and_(b.add(i.get(), const(1)), mask))
    b.store(b.trunc(b.add(e, const(1)), I32), index_slot(b, slots, i.get()))


@runtime_fn("seq_rt_map_rebuild", PTR, [PTR, I64, I1], internal=True)
def map_rebuild(f: Fn, m: ir.Value, cap: ir.Value, share: ir.Value) -> ir.Value:
    """Returns a new table with room for `cap` entries holding the live
    entries of `m`, in order. With `share` the copy takes new references
    and `m` is only borrowed; without, the entries move and `m` is freed."""
    b = f.b
    p = f.call("seq_rt_map_alloc", cap)
    with for_range(b, const(0), MAP_OBJ(b, m).used) as e:
        old = entry(b, m, e)
        h = old.hash
        with b.if_then(b.icmp_unsigned("!=", h, const(0))):
            key, value = old.key, old.value
            with b.if_then(share):
                f.call("seq_incref", key)
                f.call("seq_incref", value)
            f.call("seq_rt_map_insert_new", p, key, h, value)
    with b.if_then(b.not_(share)):
        f.call("seq_rt_free", m)
    return p


@runtime_fn("seq_rt_map_unique", PTR, [I64, I1], internal=True)
def map_unique(f: Fn, m: ir.Value, room: ir.Value) -> ir.Value:
    """Consumes the map `m`; returns a map the caller may change: `m` if it
    is unshared, else a copy (dropping the reference to `m`). With `room`
    it has room for one more entry (a full table is rebuilt: compacted, or
    doubled when more than half its entries are live)."""
    b = f.b
    table = MAP_OBJ(b, m)
    count, cap = table.count, table.cap
    with b.if_then(b.not_(unshared(b, m))):
        copy = f.call("seq_rt_map_rebuild", table.ptr, cap_for(f, b.add(count, const(1))),
                      ir.Constant(I1, 1))
        f.call("seq_decref", m)
        b.ret(copy)
    full = b.icmp_signed(">=", table.used, cap)
    with b.if_then(b.and_(room, full)):
        crowded = b.icmp_signed(">", b.mul(b.add(count, const(1)), const(2)), cap)
        new_cap = b.select(crowded, b.mul(cap, const(2)), cap)
        b.ret(f.call("seq_rt_map_rebuild", table.ptr, new_cap, ir.Constant(I1, 0)))
    return table.ptr


@runtime_fn("seq_rt_map_set")
def map_set(f: Fn, m: ir.Value, key: ir.Value, value: ir.Value) -> ir.Value:
    """map.set: consumes the map, `key` and `value`; returns the map with
    `key` bound to `value` (a present key keeps its place in the order)."""
    b = f.b
    h = f.call("seq_rt_map_hash", key, key_message(f, "map.set"))
    p = f.call("seq_rt_map_unique", m, ir.Constant(I1, 1))
    e = f.call("seq_rt_map_find", p, key, h)
    with b.if_else(b.icmp_signed(">=", e, const(0))) as (replace, insert):
        with replace:
            present = entry(b, p, e)
            old = present.value
            present.value = value
            f.call("seq_decref", old)
            f.call("seq_decref", key)
        with insert:
            f.call("seq_rt_map_insert_new", p, key, h, value)
    return b.ptrtoint(p, I64)


@runtime_fn("seq_rt_map_remove")
def map_remove(f: Fn, m: ir.Value, key: ir.Value) -> ir.Value:
    """map.remove: consumes the map and `key`; returns the map without
    `key` (its entry keeps its place, with hash 0)."""
    b = f.b
    h = f.call("seq_rt_map_hash", key, key_message(f, "map.remove"))
    absent = b.icmp_signed("<", f.call("seq_rt_map_find", b.inttoptr(m, PTR), key, h), const(0))
    with b.if_then(absent):
        f.call("seq_decref", key)
        b.ret(m)
    p = f.call("seq_rt_map_unique", m, ir.Constant(I1, 0))
    gone = entry(b, p, f.call("seq_rt_map_find", p, key, h))
    f.call("seq_decref", gone.key)
    f.call("seq_decref", gone.value)
    gone.hash = gone.key = gone.value = const(0)
    table = MAP_OBJ(b, p)
    table.count = b.sub(table.count, const(1))
    f.call("seq_decref", key)
    return b.ptrtoint(p, I64)


def lookup(
    f: Fn, m: ir.Value, key: ir.Value, op_name: str, *, value: bool
) -> tuple[ir.Value, ir.Value]:
    """Consumes the map and `key`; (with `value`, a new reference to the
    value bound to `key`, else Int 0; whether it is there)."""
    b = f.b
    h = f.call("seq_rt_map_hash", key, key_message(f, op_name))
    e = f.call("seq_rt_map_find", b.inttoptr(m, PTR), key, h)
    found = b.icmp_signed(">=", e, const(0))
    x = Var(b, I64, tag_int(0))
    if value:
        with b.if_then(found):
            bound = entry(b, m, e).value
            f.call("seq_incref", bound)
            x.set(bound)
    f.call("seq_decref", key)
    f.call("seq_decref", m)
    return x.get(), found


@runtime_fn("seq_rt_map_get")
def map_get(f: Fn, m: ir.Value, key: ir.Value) -> ir.Value:
    """map.get: consumes the map and `key`; returns (the value bound to
    `key`, true), or (Int 0, false)."""
    x, found = lookup(f, m, key, "map.get", value=True)
    return pair(f.b, x, f.b.select(found, const(TRUE), const(FALSE)))


@runtime_fn("seq_rt_map_has")
def map_has(f: Fn, m: ir.Value, key: ir.Value) -> ir.Value:
    """map.has?: consumes the map and `key`; returns whether `key` is bound (a Bool)."""
    _, found = lookup(f, m, key, "map.has?", value=False)
    return f.b.select(found, const(TRUE), const(FALSE))


def collect(f: Fn, m: ir.Value, field: str) -> ir.Value:
    """Consumes the map; a List of its entries' `field`, in insertion order."""
    b = f.b
    table = MAP_OBJ(b, m)
    n = table.count
    out = VARIANT_OBJ(b, f.call("seq_rt_variant_new", list_tag(f), n, cap_for(f, n), n))
    j = Var(b, I64, const(0))
    with for_range(b, const(0), table.used) as e:
        live = entry(b, m, e)
        with b.if_then(b.icmp_unsigned("!=", live.hash, const(0))):
            x = getattr(live, field)
            f.call("seq_incref", x)
            b.store(x, out.trailing(j.get()))
            j.set(b.add(j.get(), const(1)))
    f.call("seq_decref", m)
    return b.ptrtoint(out.ptr, I64)


@runtime_fn("seq_rt_map_keys")
def map_keys(f: Fn, m: ir.Value) -> ir.Value:
    """map.keys: consumes the map; returns a List of its keys, in insertion order."""
    return collect(f, m, "key")


@runtime_fn("seq_rt_map_values")
def map_values(f: Fn, m: ir.Value) -> ir.Value:
    """map.values: consumes the map; returns a List of its values, in insertion order."""
    return collect(f, m, "value")


def each_entry(f: Fn, sp: ir.Value, below: int) -> ir.Value:
    """Call the quotation on top with each live entry's key and value of
    the map `below` slots under it (the accumulator, if any, between
    them), in insertion order; consumes both."""
    b = f.b
    q, m = b.load(slot(b, sp, -1), typ=I64), b.load(slot(b, sp, -2 - below), typ=I64)
    base = slot(b, sp, -2 - below)
    if below:
        b.store(b.load(slot(b, sp, -2), typ=I64), base)  # the accumulator moves down
    at = Var(b, PTR, slot(b, base, below))
    with for_range(b, const(0), MAP_OBJ(b, m).used) as e:
        live = entry(b, m, e)
        with b.if_then(b.icmp_unsigned("!=", live.hash, const(0))):
            key, value = live.key, live.value
            f.call("seq_incref", key)
            f.call("seq_incref", value)
            at.set(call_with(f, q, at.get(), [key, value]))
    f.call("seq_decref", m)
    f.call("seq_decref", q)
    return at.get()


@runtime_fn("seq_rt_map_each")
def map_each(f: Fn, sp: ir.Value) -> ir.Value:
    """map.each ( map q -- ): consumes the map and `q`; returns sp."""
    return each_entry(f, sp, below=0)


@runtime_fn("seq_rt_map_fold")
def map_fold(f: Fn, sp: ir.Value) -> ir.Value:
    """map.fold ( map acc q -- acc' ): consumes the map and `q`, hands the
    accumulator through `q`; returns sp."""
    return each_entry(f, sp, below=1)


@runtime_fn("seq_rt_map_drop")
def map_drop(f: Fn, m: ir.Value) -> None:
    """Drops the keys and values a dying map holds (called by release,
    which frees the object)."""
    b = f.b
    with for_range(b, const(0), MAP_OBJ(b, m).used) as e:
        live = entry(b, m, e)
        with b.if_then(b.icmp_unsigned("!=", live.hash, const(0))):
            f.call("seq_decref", live.key)
            f.call("seq_decref", live.value)


if THREADED:

    @runtime_fn("seq_rt_map_share", VOID, [PTR], internal=True)
    def map_share(f: Fn, m: ir.Value) -> None:
        """Borrows a map just marked shared (runtime/sharing.py): marks its
        keys and values."""
        b = f.b
        with for_range(b, const(0), MAP_OBJ(b, m).used) as e:
            live = entry(b, m, e)
            with b.if_then(b.icmp_unsigned("!=", live.hash, const(0))):
                share(f, live.key)
                share(f, live.value)
