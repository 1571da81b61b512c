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
of fields (at least 4). Every variant object therefore comes from
`seq_rt_alloc`, i.e. from malloc, so it can be realloc'd and freed. Updates
copy on write: a shared object (refcount other than 1, or immortal) is copied
first, an unshared one is changed in place and returned (maybe moved).
Elsewhere in the runtime, build a list with `i64 seq_rt_list_make()` and
`i64 seq_rt_list_push(i64 list, i64 value)` (it takes both references and
returns the list), or allocate an object of exactly this layout.

Maps (kind MAP) are insertion-ordered hash tables in one object:

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

from collections.abc import Callable

from llvmlite import ir

from ...runtime.core import RuntimeBuilder
from ...runtime.layout import (
    HEADER,
    I1,
    I8,
    I32,
    I64,
    IMMORTAL,
    MAP,
    PTR,
    STRING,
    SYMBOL,
    VARIANT,
    VARIANT_COUNT,
    VARIANT_FIELDS,
    VARIANT_TAG,
    VOID,
    WORD_FN,
    call_ptr,
    const,
    declare,
    field_ptr,
    for_range,
    load_word,
    tag_int,
)

# Map object words.
MAP_COUNT, MAP_USED, MAP_CAP, MAP_ENTRIES = 16, 24, 32, 40
ENTRY_WORDS = 3  # hash, key, value
MIN_CAP = 4
HASH_LIVE = 1 << 63  # set in every live entry's hash

# Closure objects: word 16 the code, word 24 the number of captured values.
CLOSURE_CODE, CLOSURE_COUNT, CLOSURE_VALUES = 16, 24, 32

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
    *(f"{name}: expected a Variant" for name in VARIANT_OPS),
    *(f"{name}: expected a Map" for name in MAP_OPS),
)

FALSE, TRUE = const(0), const(2)
PAIR = ir.LiteralStructType([I64, I64])  # (value, tagged Bool) results


# --- small IR helpers ----------------------------------------------------------------------


def choose(
    b: ir.IRBuilder, cond: ir.Value, then: Callable[[], ir.Value], other: Callable[[], ir.Value]
) -> ir.Value:
    """A value computed by one of two branches."""
    with b.if_else(cond) as (on_then, on_else):
        with on_then:
            x = then()
            then_end = b.block
        with on_else:
            y = other()
            else_end = b.block
    phi = b.phi(x.type)
    phi.add_incoming(x, then_end)
    phi.add_incoming(y, else_end)
    return phi


def word_at(b: ir.IRBuilder, base: ir.Value, index: ir.Value | int) -> ir.Value:
    """Pointer to the i64 at `base[index]`."""
    return b.gep(base, [index if isinstance(index, ir.Value) else const(index)],
                 source_etype=I64)


def fields(b: ir.IRBuilder, obj: ir.Value) -> ir.Value:
    return field_ptr(b, obj, VARIANT_FIELDS)


def unshared(b: ir.IRBuilder, obj: ir.Value) -> ir.Value:
    return b.icmp_signed("==", load_word(b, obj, 0), const(1))


class Collections:
    """Emits the functions; one instance per runtime module."""

    def __init__(self, rt: RuntimeBuilder) -> None:
        self.rt = rt
        m = rt.module
        self.alloc = m.globals["seq_rt_alloc"]
        self.panic_fn = m.globals["seq_rt_panic"]
        self.realloc = declare(m, "realloc", ir.FunctionType(PTR, [PTR, I64]))
        self.memset = declare(m, "memset", ir.FunctionType(PTR, [PTR, I32, I64]))
        self.ctlz = declare(m, "llvm.ctlz.i64", ir.FunctionType(I64, [I64, I1]))
        self.messages: dict[str, ir.GlobalVariable] = {}
        tag = b"List"
        ty = ir.LiteralStructType([I64, I64, I64, ir.ArrayType(I8, len(tag))])
        g = ir.GlobalVariable(m, ty, name="seq_rt_list_tag")
        g.global_constant = True
        g.linkage = "internal"
        g.align = 8
        g.initializer = ir.Constant(ty, [const(IMMORTAL), const(SYMBOL), const(len(tag)),
                                         ir.Constant(ir.ArrayType(I8, len(tag)), bytearray(tag))])
        self.list_tag = g.ptrtoint(I64)

    # --- conveniences ---

    def private(self, name: str, ret: ir.Type, args: list[ir.Type]):
        fn, b = self.rt.function(name, ret, args)
        fn.linkage = "internal"
        return fn, b

    def panic(self, b: ir.IRBuilder, message: str) -> None:
        g = self.messages.get(message)
        if g is None:
            g = self.rt.cstring(f"coll_msg_{len(self.messages)}", message.encode())
            self.messages[message] = g
        b.call(self.panic_fn, [g.bitcast(PTR)])
        b.unreachable()

    def panic_if(self, b: ir.IRBuilder, cond: ir.Value, message: str) -> None:
        with b.if_then(cond, likely=False):
            self.panic(b, message)

    def incref(self, b: ir.IRBuilder, v: ir.Value) -> None:
        b.call(self.rt.incref, [v])

    def decref(self, b: ir.IRBuilder, v: ir.Value) -> None:
        b.call(self.rt.decref, [v])

    def cap_for(self, b: ir.IRBuilder, n: ir.Value) -> ir.Value:
        """Room for `n` fields: a power of two, at least MIN_CAP."""
        small = b.icmp_signed("<=", n, const(MIN_CAP))
        safe = b.select(small, const(MIN_CAP + 1), n)
        bits = b.sub(const(64), b.call(self.ctlz, [b.sub(safe, const(1)), ir.Constant(I1, 0)]))
        return b.select(small, const(MIN_CAP), b.shl(const(1), bits))

    # --- lists and variants ---

    def emit_lists(self) -> None:
        rt = self.rt

        # variant_new(tag (owned), count, room) -> object with `count` set, fields unset
        fn, b = self.private("seq_rt_variant_new", PTR, [I64, I64, I64])
        tag, count, room = fn.args
        p = b.call(self.alloc, [const(VARIANT), b.add(const(16), b.mul(room, const(8)))])
        b.store(tag, field_ptr(b, p, VARIANT_TAG))
        b.store(count, field_ptr(b, p, VARIANT_COUNT))
        b.ret(p)
        self.variant_new = fn

        # clone(variant, room) -> a copy holding its own references; drops the original
        fn, b = self.private("seq_rt_variant_clone", PTR, [I64, I64])
        v, room = fn.args
        n = load_word(b, v, VARIANT_COUNT)
        tag = load_word(b, v, VARIANT_TAG)
        self.incref(b, tag)
        p = b.call(self.variant_new, [tag, n, room])
        src, dst = fields(b, v), fields(b, p)

        def copy(i, _):
            x = b.load(word_at(b, src, i), typ=I64)
            self.incref(b, x)
            b.store(x, word_at(b, dst, i))
            return []

        for_range(b, const(0), n, [], copy)
        self.decref(b, v)
        b.ret(p)
        self.clone = fn

        # seq_rt_list_make() -> an empty List
        fn, b = rt.function("seq_rt_list_make", I64, [])
        b.ret(b.ptrtoint(b.call(self.variant_new, [self.list_tag, const(0), const(MIN_CAP)]), I64))

        # seq_rt_list_push(list, value) -> list with value appended (list.push, variant.append)
        fn, b = rt.function("seq_rt_list_push", I64, [I64, I64])
        v, x = fn.args
        n = load_word(b, v, VARIANT_COUNT)
        room = self.cap_for(b, b.add(n, const(1)))

        def grow():
            size = b.add(const(HEADER + 16), b.mul(room, const(8)))
            return b.call(self.realloc, [b.inttoptr(v, PTR), size])

        p = choose(b, unshared(b, v), grow, lambda: b.call(self.clone, [v, room]))
        b.store(x, word_at(b, fields(b, p), n))
        b.store(b.add(n, const(1)), field_ptr(b, p, VARIANT_COUNT))
        b.ret(b.ptrtoint(p, I64))

        # unique(variant) -> the same object if unshared, else a copy (dropping one reference)
        fn, b = self.private("seq_rt_variant_unique", PTR, [I64])
        (v,) = fn.args
        n = load_word(b, v, VARIANT_COUNT)
        b.ret(choose(b, unshared(b, v), lambda: b.inttoptr(v, PTR),
                     lambda: b.call(self.clone, [v, n])))
        unique = fn

        # seq_rt_list_set(list, tagged index, value) -> (list, ok)
        fn, b = rt.function("seq_rt_list_set", PAIR, [I64, I64, I64])
        v, index, x = fn.args
        i = b.ashr(index, const(1))
        n = load_word(b, v, VARIANT_COUNT)
        inside = b.icmp_unsigned("<", i, n)
        out, ok = fn.append_basic_block("out"), fn.append_basic_block("ok")
        b.cbranch(inside, ok, out)
        b.position_at_end(out)
        self.decref(b, x)
        b.ret(self.pair(b, v, FALSE))
        b.position_at_end(ok)
        p = b.call(unique, [v])
        slot = word_at(b, fields(b, p), i)
        old = b.load(slot, typ=I64)
        b.store(x, slot)
        self.decref(b, old)
        b.ret(self.pair(b, b.ptrtoint(p, I64), TRUE))

        # seq_rt_list_reverse(list) -> its elements in the opposite order
        fn, b = rt.function("seq_rt_list_reverse", I64, [I64])
        p = b.call(unique, [fn.args[0]])
        n = load_word(b, p, VARIANT_COUNT)
        base = fields(b, p)

        def swap(i, _):
            j = b.sub(b.sub(n, const(1)), i)
            pi, pj = word_at(b, base, i), word_at(b, base, j)
            xi, xj = b.load(pi, typ=I64), b.load(pj, typ=I64)
            b.store(xj, pi)
            b.store(xi, pj)
            return []

        for_range(b, const(0), b.sdiv(n, const(2)), [], swap)
        b.ret(b.ptrtoint(p, I64))

        # seq_rt_variant_init(variant) -> without its last field
        fn, b = rt.function("seq_rt_variant_init", I64, [I64])
        (v,) = fn.args
        n = load_word(b, v, VARIANT_COUNT)
        self.panic_if(b, b.icmp_signed("==", n, const(0)), "variant.init: variant has no fields")
        p = b.call(unique, [v])
        last = b.sub(n, const(1))
        self.decref(b, b.load(word_at(b, fields(b, p), last), typ=I64))
        b.store(last, field_ptr(b, p, VARIANT_COUNT))
        b.ret(b.ptrtoint(p, I64))

        # seq_rt_collection_error(code): the runtime error ERRORS[code]
        fn, b = rt.function("seq_rt_collection_error", VOID, [I64])
        blocks = [fn.append_basic_block(f"e{i}") for i in range(len(ERRORS))]
        switch = b.switch(fn.args[0], blocks[0])
        for i, (block, message) in enumerate(zip(blocks, ERRORS, strict=True)):
            switch.add_case(const(i), block)
            b.position_at_end(block)
            self.panic(b, message)

    def pair(self, b: ir.IRBuilder, x: ir.Value, flag: ir.Value) -> ir.Value:
        r = b.insert_value(ir.Constant(PAIR, ir.Undefined), x, 0)
        return b.insert_value(r, flag, 1)

    # --- calling quotations ---

    def emit_invoke(self) -> None:
        # invoke(callable, sp) -> sp: push the captured values, run the code; the
        # callable keeps its reference
        fn, b = self.private("seq_rt_invoke", PTR, [I64, PTR])
        q, sp = fn.args
        n = load_word(b, q, CLOSURE_COUNT)
        values = field_ptr(b, q, CLOSURE_VALUES)

        def push(i, _):
            x = b.load(word_at(b, values, i), typ=I64)
            self.incref(b, x)
            b.store(x, word_at(b, sp, i))
            return []

        for_range(b, const(0), n, [], push)
        code = load_word(b, q, CLOSURE_CODE, PTR)
        b.ret(call_ptr(b, code, WORD_FN, [word_at(b, sp, n)]))
        self.invoke = fn

    def call_with(self, b: ir.IRBuilder, q: ir.Value, sp: ir.Value, args: list[ir.Value]):
        """Push `args` at sp and call q; returns the new sp."""
        for k, x in enumerate(args):
            b.store(x, word_at(b, sp, k))
        return b.call(self.invoke, [q, word_at(b, sp, len(args))])

    def emit_list_combinators(self) -> None:
        rt = self.rt
        top = lambda b, sp, k: b.load(word_at(b, sp, -k), typ=I64)  # noqa: E731

        # list.map ( list q -- list' ): in place when the list is unshared
        fn, b = rt.function("seq_rt_list_map", PTR, [PTR])
        (sp,) = fn.args
        q, v = top(b, sp, 1), top(b, sp, 2)
        base = word_at(b, sp, -2)
        n = load_word(b, v, VARIANT_COUNT)
        in_place = unshared(b, v)

        def fresh():
            tag = load_word(b, v, VARIANT_TAG)
            self.incref(b, tag)
            return b.call(self.variant_new, [tag, const(0), n])

        dst = choose(b, in_place, lambda: b.inttoptr(v, PTR), fresh)
        src = fields(b, v)

        def step(i, carried):
            (at,) = carried
            x = b.load(word_at(b, src, i), typ=I64)
            with b.if_then(b.not_(in_place)):
                self.incref(b, x)
            after = self.call_with(b, q, at, [x])
            at = word_at(b, after, -1)
            b.store(b.load(at, typ=I64), word_at(b, fields(b, dst), i))
            with b.if_then(b.not_(in_place)):
                b.store(b.add(i, const(1)), field_ptr(b, dst, VARIANT_COUNT))
            return [at]

        (at,) = for_range(b, const(0), n, [base], step)
        with b.if_then(b.not_(in_place)):
            self.decref(b, v)
        self.decref(b, q)
        b.store(b.ptrtoint(dst, I64), at)
        b.ret(word_at(b, at, 1))

        # list.filter ( list q -- list' ): compacts in place when unshared
        fn, b = rt.function("seq_rt_list_filter", PTR, [PTR])
        (sp,) = fn.args
        q, v = top(b, sp, 1), top(b, sp, 2)
        base = word_at(b, sp, -2)
        n = load_word(b, v, VARIANT_COUNT)
        in_place = unshared(b, v)
        dst = choose(b, in_place, lambda: b.inttoptr(v, PTR), fresh)
        src = fields(b, v)

        def keep_step(i, carried):
            at, j = carried
            x = b.load(word_at(b, src, i), typ=I64)
            self.incref(b, x)
            after = self.call_with(b, q, at, [x])
            at = word_at(b, after, -1)
            keep = b.icmp_unsigned("!=", b.load(at, typ=I64), FALSE)
            with b.if_else(keep) as (yes, no):
                with yes:
                    with b.if_then(b.not_(in_place)):
                        self.incref(b, x)
                    b.store(x, word_at(b, fields(b, dst), j))
                with no:
                    with b.if_then(in_place):
                        self.decref(b, x)
            j = b.add(j, b.zext(keep, I64))
            with b.if_then(b.not_(in_place)):
                b.store(j, field_ptr(b, dst, VARIANT_COUNT))
            return [at, j]

        at, j = for_range(b, const(0), n, [base, const(0)], keep_step)
        b.store(j, field_ptr(b, dst, VARIANT_COUNT))
        with b.if_then(b.not_(in_place)):
            self.decref(b, v)
        self.decref(b, q)
        b.store(b.ptrtoint(dst, I64), at)
        b.ret(word_at(b, at, 1))

        # list.fold ( list acc q -- acc' ) and list.each ( list q -- ): the elements
        # move out of an unshared list instead of being copied
        for name, below in (("seq_rt_list_fold", 1), ("seq_rt_list_each", 0)):
            fn, b = rt.function(name, PTR, [PTR])
            (sp,) = fn.args
            q, v = top(b, sp, 1), top(b, sp, 2 + below)
            base = word_at(b, sp, -2 - below)
            if below:
                b.store(top(b, sp, 2), base)  # the accumulator moves down
            at = word_at(b, base, below)
            n = load_word(b, v, VARIANT_COUNT)
            moving = unshared(b, v)
            src = fields(b, v)

            def each_step(i, carried, src=src, moving=moving, q=q, b=b):
                (at,) = carried
                x = b.load(word_at(b, src, i), typ=I64)
                with b.if_then(b.not_(moving)):
                    self.incref(b, x)
                return [self.call_with(b, q, at, [x])]

            (at,) = for_range(b, const(0), n, [at], each_step)
            with b.if_then(moving):
                b.store(const(0), field_ptr(b, v, VARIANT_COUNT))
            self.decref(b, v)
            self.decref(b, q)
            b.ret(at)

    # --- maps ---

    def entry(self, b: ir.IRBuilder, m: ir.Value, e: ir.Value, word: int) -> ir.Value:
        """Pointer to word `word` (0 hash, 1 key, 2 value) of entry `e`."""
        k = b.add(b.mul(e, const(ENTRY_WORDS)), const(word))
        return word_at(b, field_ptr(b, m, MAP_ENTRIES), k)

    def index(self, b: ir.IRBuilder, m: ir.Value, cap: ir.Value) -> ir.Value:
        return word_at(b, field_ptr(b, m, MAP_ENTRIES), b.mul(cap, const(ENTRY_WORDS)))

    def emit_maps(self) -> None:
        rt = self.rt

        # map_alloc(cap) -> an empty map with room for cap entries
        fn, b = self.private("seq_rt_map_alloc", PTR, [I64])
        (cap,) = fn.args
        p = b.call(self.alloc, [const(MAP), b.add(const(24), b.mul(cap, const(32)))])
        b.store(const(0), field_ptr(b, p, MAP_COUNT))
        b.store(const(0), field_ptr(b, p, MAP_USED))
        b.store(cap, field_ptr(b, p, MAP_CAP))
        b.call(self.memset, [self.index(b, p, cap), ir.Constant(I32, 0), b.mul(cap, const(8))])
        b.ret(p)
        map_alloc = fn

        fn, b = rt.function("seq_rt_map_make", I64, [])
        b.ret(b.ptrtoint(b.call(map_alloc, [const(MIN_CAP)]), I64))

        hash = self.emit_hash()

        # keys_equal(a, b) -> i1, for two valid keys of equal hash
        fn, b = self.private("seq_rt_map_key_equal", I1, [I64, I64])
        x, y = fn.args
        same, differ = fn.append_basic_block("same"), fn.append_basic_block("differ")
        strings = fn.append_basic_block("strings")
        b.cbranch(b.icmp_unsigned("==", x, y), same, differ)
        b.position_at_end(same)
        b.ret(ir.Constant(I1, 1))
        b.position_at_end(differ)
        heap = lambda v: b.and_(  # noqa: E731
            b.icmp_unsigned("==", b.and_(v, const(1)), const(0)), b.icmp_unsigned(">", v, TRUE))
        both = b.and_(heap(x), heap(y))
        no = fn.append_basic_block("no")
        b.cbranch(both, strings, no)
        b.position_at_end(no)
        b.ret(ir.Constant(I1, 0))
        b.position_at_end(strings)  # both keys are Strings (the only heap keys)
        length = load_word(b, x, HEADER)
        same_length = b.icmp_unsigned("==", length, load_word(b, y, HEADER))
        cmp = fn.append_basic_block("cmp")
        b.cbranch(same_length, cmp, no)
        b.position_at_end(cmp)
        r = b.call(self.rt.libc["memcmp"],
                   [field_ptr(b, x, HEADER + 8), field_ptr(b, y, HEADER + 8), length])
        b.ret(b.icmp_signed("==", r, ir.Constant(I32, 0)))
        key_equal = fn

        # find(map, key, hash) -> entry number, or -1
        fn, b = self.private("seq_rt_map_find", I64, [PTR, I64, I64])
        m, key, h = fn.args
        cap = load_word(b, m, MAP_CAP)
        mask = b.sub(b.mul(cap, const(2)), const(1))
        slots = self.index(b, m, cap)
        first = b.and_(h, mask)
        start = b.block
        head, probe, empty, found = (fn.append_basic_block(n)
                                     for n in ("head", "probe", "empty", "found"))
        b.branch(head)
        b.position_at_end(head)
        i = b.phi(I64)
        i.add_incoming(first, start)
        s = b.load(b.gep(slots, [i], source_etype=I32), typ=I32)
        b.cbranch(b.icmp_unsigned("==", s, ir.Constant(I32, 0)), empty, probe)
        b.position_at_end(empty)
        b.ret(const(-1))
        b.position_at_end(probe)
        e = b.sub(b.zext(s, I64), const(1))
        next_i = b.and_(b.add(i, const(1)), mask)
        compare = fn.append_basic_block("compare")
        b.cbranch(b.icmp_unsigned("==", b.load(self.entry(b, m, e, 0), typ=I64), h),
                  compare, head)
        i.add_incoming(next_i, probe)
        b.position_at_end(compare)
        stored = b.load(self.entry(b, m, e, 1), typ=I64)
        b.cbranch(b.call(key_equal, [stored, key]), found, head)
        i.add_incoming(next_i, compare)
        b.position_at_end(found)
        b.ret(e)
        find = fn

        # insert_new(map, key, hash, value): append an entry (room is guaranteed)
        fn, b = self.private("seq_rt_map_insert_new", VOID, [PTR, I64, I64, I64])
        m, key, h, value = fn.args
        e = load_word(b, m, MAP_USED)
        b.store(h, self.entry(b, m, e, 0))
        b.store(key, self.entry(b, m, e, 1))
        b.store(value, self.entry(b, m, e, 2))
        b.store(b.add(e, const(1)), field_ptr(b, m, MAP_USED))
        count = field_ptr(b, m, MAP_COUNT)
        b.store(b.add(b.load(count, typ=I64), const(1)), count)
        cap = load_word(b, m, MAP_CAP)
        mask = b.sub(b.mul(cap, const(2)), const(1))
        slots = self.index(b, m, cap)
        first = b.and_(h, mask)
        start = b.block
        head, take = fn.append_basic_block("head"), fn.append_basic_block("take")
        b.branch(head)
        b.position_at_end(head)
        i = b.phi(I64)
        i.add_incoming(first, start)
        slot = b.gep(slots, [i], source_etype=I32)
        i.add_incoming(b.and_(b.add(i, const(1)), mask), head)
        b.cbranch(b.icmp_unsigned("==", b.load(slot, typ=I32), ir.Constant(I32, 0)), take, head)
        b.position_at_end(take)
        b.store(b.trunc(b.add(e, const(1)), I32), slot)
        b.ret_void()
        insert_new = fn

        # rebuild(map, cap, share) -> a new table of the live entries in order;
        # share: the copy takes new references (the original stays), else the
        # entries move and the original is freed
        fn, b = self.private("seq_rt_map_rebuild", PTR, [PTR, I64, I1])
        m, cap, share = fn.args
        p = b.call(map_alloc, [cap])

        def move(e, _):
            h = b.load(self.entry(b, m, e, 0), typ=I64)
            with b.if_then(b.icmp_unsigned("!=", h, const(0))):
                key = b.load(self.entry(b, m, e, 1), typ=I64)
                value = b.load(self.entry(b, m, e, 2), typ=I64)
                with b.if_then(share):
                    self.incref(b, key)
                    self.incref(b, value)
                b.call(insert_new, [p, key, h, value])
            return []

        for_range(b, const(0), load_word(b, m, MAP_USED), [], move)
        with b.if_then(b.not_(share)):
            b.call(self.rt.libc["free"], [m])
        b.ret(p)
        rebuild = fn

        # unique(map, room) -> an unshared map (with room for one more entry if
        # asked), dropping the reference to the original when it is copied
        fn, b = self.private("seq_rt_map_unique", PTR, [I64, I1])
        m, room = fn.args
        mp = b.inttoptr(m, PTR)
        count = load_word(b, m, MAP_COUNT)
        cap = load_word(b, m, MAP_CAP)
        shared, mine, grow = (fn.append_basic_block(n) for n in ("shared", "mine", "grow"))
        keep = fn.append_basic_block("keep")
        b.cbranch(unshared(b, m), mine, shared)
        b.position_at_end(shared)
        p = b.call(rebuild, [mp, self.cap_for(b, b.add(count, const(1))), ir.Constant(I1, 1)])
        self.decref(b, m)
        b.ret(p)
        b.position_at_end(mine)
        full = b.icmp_signed(">=", load_word(b, m, MAP_USED), cap)
        b.cbranch(b.and_(room, full), grow, keep)
        b.position_at_end(keep)
        b.ret(mp)
        b.position_at_end(grow)
        crowded = b.icmp_signed(">", b.mul(b.add(count, const(1)), const(2)), cap)
        new_cap = b.select(crowded, b.mul(cap, const(2)), cap)
        b.ret(b.call(rebuild, [mp, new_cap, ir.Constant(I1, 0)]))
        unique = fn

        # seq_rt_map_set(map, key, value) -> map
        fn, b = rt.function("seq_rt_map_set", I64, [I64, I64, I64])
        m, key, value = fn.args
        h = b.call(hash, [key, self.message("map.set")])
        p = b.call(unique, [m, ir.Constant(I1, 1)])
        e = b.call(find, [p, key, h])
        with b.if_else(b.icmp_signed(">=", e, const(0))) as (replace, insert):
            with replace:
                slot = self.entry(b, p, e, 2)
                old = b.load(slot, typ=I64)
                b.store(value, slot)
                self.decref(b, old)
                self.decref(b, key)
            with insert:
                b.call(insert_new, [p, key, h, value])
        b.ret(b.ptrtoint(p, I64))

        # seq_rt_map_remove(map, key) -> map
        fn, b = rt.function("seq_rt_map_remove", I64, [I64, I64])
        m, key = fn.args
        h = b.call(hash, [key, self.message("map.remove")])
        present = b.icmp_signed(">=", b.call(find, [b.inttoptr(m, PTR), key, h]), const(0))
        absent = fn.append_basic_block("absent")
        drop = fn.append_basic_block("drop")
        b.cbranch(present, drop, absent)
        b.position_at_end(absent)
        self.decref(b, key)
        b.ret(m)
        b.position_at_end(drop)
        p = b.call(unique, [m, ir.Constant(I1, 0)])
        e = b.call(find, [p, key, h])
        self.decref(b, b.load(self.entry(b, p, e, 1), typ=I64))
        self.decref(b, b.load(self.entry(b, p, e, 2), typ=I64))
        for word in range(ENTRY_WORDS):
            b.store(const(0), self.entry(b, p, e, word))
        count = field_ptr(b, p, MAP_COUNT)
        b.store(b.sub(b.load(count, typ=I64), const(1)), count)
        self.decref(b, key)
        b.ret(b.ptrtoint(p, I64))

        # seq_rt_map_get(map, key) -> (value or Int 0, found); seq_rt_map_has(map, key) -> Bool
        for name, op_name in (("seq_rt_map_get", "map.get"), ("seq_rt_map_has", "map.has?")):
            getting = name == "seq_rt_map_get"
            fn, b = rt.function(name, PAIR if getting else I64, [I64, I64])
            m, key = fn.args
            h = b.call(hash, [key, self.message(op_name)])
            e = b.call(find, [b.inttoptr(m, PTR), key, h])
            found = b.icmp_signed(">=", e, const(0))
            flag = b.select(found, TRUE, FALSE)
            if getting:
                def value(m=m, e=e, b=b):
                    x = b.load(self.entry(b, b.inttoptr(m, PTR), e, 2), typ=I64)
                    self.incref(b, x)
                    return x

                x = choose(b, found, value, lambda: tag_int(0))
            self.decref(b, key)
            self.decref(b, m)
            b.ret(self.pair(b, x, flag) if getting else flag)

        # seq_rt_map_keys(map), seq_rt_map_values(map) -> List, in insertion order
        for name, word in (("seq_rt_map_keys", 1), ("seq_rt_map_values", 2)):
            fn, b = rt.function(name, I64, [I64])
            (m,) = fn.args
            mp = b.inttoptr(m, PTR)
            n = load_word(b, m, MAP_COUNT)
            p = b.call(self.variant_new, [self.list_tag, n, self.cap_for(b, n)])

            def collect(e, carried, mp=mp, p=p, b=b, word=word):
                (j,) = carried
                live = b.icmp_unsigned("!=", b.load(self.entry(b, mp, e, 0), typ=I64), const(0))
                with b.if_then(live):
                    x = b.load(self.entry(b, mp, e, word), typ=I64)
                    self.incref(b, x)
                    b.store(x, word_at(b, fields(b, p), j))
                return [b.add(j, b.zext(live, I64))]

            for_range(b, const(0), load_word(b, m, MAP_USED), [const(0)], collect)
            self.decref(b, m)
            b.ret(b.ptrtoint(p, I64))

        # map.each ( map q -- ) and map.fold ( map acc q -- acc' )
        for name, below in (("seq_rt_map_each", 0), ("seq_rt_map_fold", 1)):
            fn, b = rt.function(name, PTR, [PTR])
            (sp,) = fn.args
            q = b.load(word_at(b, sp, -1), typ=I64)
            m = b.load(word_at(b, sp, -2 - below), typ=I64)
            mp = b.inttoptr(m, PTR)
            base = word_at(b, sp, -2 - below)
            if below:
                b.store(b.load(word_at(b, sp, -2), typ=I64), base)
            at = word_at(b, base, below)

            def visit(e, carried, mp=mp, q=q, b=b):
                (at,) = carried
                live = b.icmp_unsigned("!=", b.load(self.entry(b, mp, e, 0), typ=I64), const(0))

                def call():
                    key = b.load(self.entry(b, mp, e, 1), typ=I64)
                    value = b.load(self.entry(b, mp, e, 2), typ=I64)
                    self.incref(b, key)
                    self.incref(b, value)
                    return self.call_with(b, q, at, [key, value])

                return [choose(b, live, call, lambda: at)]

            (at,) = for_range(b, const(0), load_word(b, m, MAP_USED), [at], visit)
            self.decref(b, m)
            self.decref(b, q)
            b.ret(at)

        # seq_rt_map_drop(map): drop what a dying map holds (called by release)
        fn, b = rt.function("seq_rt_map_drop", VOID, [PTR])
        (m,) = fn.args

        def drop_entry(e, _):
            with b.if_then(b.icmp_unsigned("!=", b.load(self.entry(b, m, e, 0), typ=I64),
                                           const(0))):
                self.decref(b, b.load(self.entry(b, m, e, 1), typ=I64))
                self.decref(b, b.load(self.entry(b, m, e, 2), typ=I64))
            return []

        for_range(b, const(0), load_word(b, m, MAP_USED), [], drop_entry)
        b.ret_void()

    def message(self, op_name: str) -> ir.Value:
        text = f"{op_name}: key must be Int, String, or Bool"
        g = self.messages.get(text)
        if g is None:
            g = self.rt.cstring(f"coll_msg_{len(self.messages)}", text.encode())
            self.messages[text] = g
        return g.bitcast(PTR)

    def emit_hash(self) -> ir.Function:
        """hash(key, message) -> a hash with the top bit set; an unhashable key
        is a runtime error reported with `message`."""
        fn, b = self.private("seq_rt_map_hash", I64, [I64, PTR])
        key, message = fn.args
        scalar, heap, string, bad, mix = (fn.append_basic_block(n) for n in
                                          ("scalar", "heap", "string", "bad", "mix"))
        is_scalar = b.or_(b.icmp_unsigned("!=", b.and_(key, const(1)), const(0)),
                          b.icmp_unsigned("<=", key, TRUE))
        b.cbranch(is_scalar, scalar, heap)
        b.position_at_end(heap)
        b.cbranch(b.icmp_unsigned("==", load_word(b, key, 8), const(STRING)), string, bad)
        b.position_at_end(bad)
        b.call(self.panic_fn, [message])
        b.unreachable()
        b.position_at_end(string)
        length = load_word(b, key, HEADER)
        data = field_ptr(b, key, HEADER + 8)

        def fnv(i, carried):
            (h,) = carried
            byte = b.zext(b.load(b.gep(data, [i], source_etype=I8), typ=I8), I64)
            return [b.mul(b.xor(h, byte), const(0x100000001B3))]

        (h,) = for_range(b, const(0), length, [const(0xCBF29CE484222325)], fnv)
        string_end = b.block
        b.branch(mix)
        b.position_at_end(scalar)
        b.branch(mix)
        b.position_at_end(mix)
        x = b.phi(I64)
        x.add_incoming(key, scalar)
        x.add_incoming(h, string_end)
        for multiplier in (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53):
            x = b.mul(b.xor(x, b.lshr(x, const(33))), const(multiplier))
        x = b.xor(x, b.lshr(x, const(33)))
        b.ret(b.or_(x, const(HASH_LIVE)))
        return fn


def emit(rt: RuntimeBuilder) -> None:
    c = Collections(rt)
    c.emit_lists()
    c.emit_invoke()
    c.emit_list_combinators()
    c.emit_maps()
