"""Lists and maps (layouts: runtime/layout.py; runtime functions: builtins/collections/runtime.py).

Reads (length, get, first, last, size) are inline; updates and the
higher-order builtins call the runtime. An update consumes the collection and
returns it, changed in place when it was unshared, else a changed copy.
"""

from __future__ import annotations

from llvmlite import ir

from ...codegen.vstack import ANY, BOOL, Slot
from ...codegen.words import FunctionCompiler, Unsupported
from ...runtime.irkit import PAIR
from ...runtime.layout import (
    I64,
    MAP,
    MAP_OBJ,
    PTR,
    VARIANT,
    VARIANT_OBJ,
    const,
    tag_int,
)
from ..registry import builtin
from ..variants.ops import expect, pop_count, pop_variant
from .inline import inline_each, inline_filter, inline_fold, inline_map


def _call(c: FunctionCompiler, name: str, args: list[Slot]) -> ir.Value:
    """A runtime function taking (and consuming) the values, giving one value."""
    return c.runtime(name, I64, [c.tagged(a) for a in args])


def _pop(c: FunctionCompiler, n: int) -> list[Slot]:
    """The top `n` values, bottom first."""
    popped = [c.vs.pop() for _ in range(n)]
    popped.reverse()
    return popped


def _push_pair(c: FunctionCompiler, pair: ir.Value) -> None:
    c.vs.push(Slot(c.b.extract_value(pair, 0), ANY))
    c.vs.push(Slot(c.b.extract_value(pair, 1), BOOL))


def _on_stack(builtin: str, name: str, kind: int, depth: int):
    """A builtin run by a word-shaped runtime function over the data stack;
    its collection is `depth` below the top."""

    def emit(c: FunctionCompiler) -> None:
        if c.native is not None:
            raise Unsupported(f"{builtin} in a native word", None)
        expect(c, c.vs.peek(depth), kind, builtin)
        sp = c.vs.flush()
        fn = c.unit.runtime_fn(name, ir.FunctionType(PTR, [PTR]))
        c.vs.state.sp = c.b.call(fn, [sp])

    return emit


# --- lists ------------------------------------------------------------------------------


@builtin("list.make", "( ..a -- ..a V )", "A new empty list.")
def _list_make(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.runtime("seq_rt_list_make", I64, []), ANY, VARIANT))


@builtin("list.push", "( ..a V T -- ..a V )", "List with a value added at the end.")
def _list_push(c: FunctionCompiler) -> None:
    x = c.vs.pop()
    v = pop_variant(c, "list.push")
    c.vs.push(Slot(_call(c, "seq_rt_list_push", [v, x]), ANY, VARIANT))


@builtin("list.length", "( ..a V -- ..a Int )", "Number of elements.")
def _list_length(c: FunctionCompiler) -> None:
    c.push_int(pop_count(c, "list.length"))


@builtin("list.empty?", "( ..a V -- ..a Bool )", "True if the list has no elements.")
def _list_empty(c: FunctionCompiler) -> None:
    c.push_bool(c.b.icmp_signed("==", pop_count(c, "list.empty?"), const(0)))


def _element(c: FunctionCompiler, v: Slot, index: ir.Value, count: ir.Value) -> None:
    """Push the element at `index` (or Int 0) and whether it exists; drops v."""
    b = c.b
    inside = b.icmp_unsigned("<", index, count)
    before = b.block
    with b.if_then(inside):
        x = b.load(VARIANT_OBJ(b, v.value).trailing(index), typ=I64)
        b.call(c.unit.helper("seq_incref"), [x])
        loaded = b.block
    value = b.phi(I64)
    value.add_incoming(x, loaded)
    value.add_incoming(tag_int(0), before)
    c.decref(v)
    c.vs.push(Slot(value, ANY))
    c.push_bool(inside)


@builtin("list.get", "( ..a V Int -- ..a T Bool )",
         "Element at an index; flag is false when out of range.")
def _list_get(c: FunctionCompiler) -> None:
    index = c.untag(c.vs.pop())
    v = pop_variant(c, "list.get")
    _element(c, v, index, VARIANT_OBJ(c.b, v.value).count)


@builtin("list.first", "( ..a V -- ..a T Bool )", "First element; flag is false for an empty list.")
def _list_first(c: FunctionCompiler) -> None:
    v = pop_variant(c, "list.first")
    _element(c, v, const(0), VARIANT_OBJ(c.b, v.value).count)


@builtin("list.last", "( ..a V -- ..a T Bool )", "Last element; flag is false for an empty list.")
def _list_last(c: FunctionCompiler) -> None:
    v = pop_variant(c, "list.last")
    n = VARIANT_OBJ(c.b, v.value).count
    _element(c, v, c.b.sub(n, const(1)), n)  # -1 is out of range as an unsigned index


@builtin("list.set", "( ..a V Int T -- ..a V Bool )",
         "List with the element at an index replaced; false when out of range.")
def _list_set(c: FunctionCompiler) -> None:
    x = c.vs.pop()
    index = c.vs.pop()
    v = pop_variant(c, "list.set")
    pair = c.runtime("seq_rt_list_set", PAIR, [c.tagged(v), index.value, c.tagged(x)])
    _push_pair(c, pair)


@builtin("list.reverse", "( ..a V -- ..a V )", "Elements in the opposite order.")
def _list_reverse(c: FunctionCompiler) -> None:
    c.vs.push(Slot(_call(c, "seq_rt_list_reverse", [pop_variant(c, "list.reverse")]), ANY,
                   VARIANT))


def _with_literal(on_stack, inline):
    """A higher-order list builtin: a quotation literal made in this word is
    compiled into the loop (collections/inline.py); any other quotation is
    called by the runtime function."""

    def emit(c: FunctionCompiler) -> None:
        quot = c.literal(c.vs.peek(0)) if c.native is None else None
        if quot is None:
            on_stack(c)
        else:
            inline(c, quot)

    return emit


for _name, _fn, _depth, _effect, _doc, _inline in (
    ("list.map", "seq_rt_list_map", 1, "( ..a V [..b T -- ..b U] -- ..a V2 )",
     "New list made by applying a quotation to every element.", inline_map),
    ("list.filter", "seq_rt_list_filter", 1, "( ..a V [..b T -- ..b Bool] -- ..a V2 )",
     "New list of the elements for which the quotation gives true.", inline_filter),
    ("list.fold", "seq_rt_list_fold", 2, "( ..a V Acc [..b Acc T -- ..b Acc] -- ..a Acc )",
     "Combine elements left to right into an accumulator.", inline_fold),
    ("list.each", "seq_rt_list_each", 1, "( ..a V [..b T -- ..b] -- ..a )",
     "Run a quotation on each element for its side effects.", inline_each),
):
    builtin(_name, _effect, _doc)(
        _with_literal(_on_stack(_name, _fn, VARIANT, _depth), _inline))

for _name, _fn, _depth, _effect, _doc in (
    ("map.each", "seq_rt_map_each", 1, "( ..a M [..b K V -- ..b] -- ..a )",
     "Run a quotation on every key and value for its side effects."),
    ("map.fold", "seq_rt_map_fold", 2, "( ..a M Acc [..b Acc K V -- ..b Acc] -- ..a Acc )",
     "Combine every key and value into an accumulator."),
):
    builtin(_name, _effect, _doc, category="map")(_on_stack(_name, _fn, MAP, _depth))


# --- maps ---------------------------------------------------------------------------------


def _pop_map(c: FunctionCompiler, name: str, above: int) -> list[Slot]:
    """The map and the `above` values on top of it, bottom first."""
    top = _pop(c, above)
    return [expect(c, c.vs.pop(), MAP, name), *top]


@builtin("map.make", "( ..a -- ..a M )", "A new empty map.", category="map")
def _map_make(c: FunctionCompiler) -> None:
    c.vs.push(Slot(c.runtime("seq_rt_map_make", I64, []), ANY, MAP))


@builtin("map.set", "( ..a M K V -- ..a M2 )", "Map with a key bound to a value.", category="map")
def _map_set(c: FunctionCompiler) -> None:
    c.vs.push(Slot(_call(c, "seq_rt_map_set", _pop_map(c, "map.set", 2)), ANY, MAP))


@builtin("map.remove", "( ..a M K -- ..a M2 )", "Map without the given key.", category="map")
def _map_remove(c: FunctionCompiler) -> None:
    c.vs.push(Slot(_call(c, "seq_rt_map_remove", _pop_map(c, "map.remove", 1)), ANY, MAP))


@builtin("map.get", "( ..a M K -- ..a V Bool )",
         "Value stored under a key; flag is false when the key is absent.", category="map")
def _map_get(c: FunctionCompiler) -> None:
    m, key = _pop_map(c, "map.get", 1)
    _push_pair(c, c.runtime("seq_rt_map_get", PAIR, [m.value, c.tagged(key)]))


@builtin("map.has?", "( ..a M K -- ..a Bool )", "True if the key is present.", category="map")
def _map_has(c: FunctionCompiler) -> None:
    c.vs.push(Slot(_call(c, "seq_rt_map_has", _pop_map(c, "map.has?", 1)), BOOL))


@builtin("map.keys", "( ..a M -- ..a V )", "List of all keys.", category="map")
def _map_keys(c: FunctionCompiler) -> None:
    c.vs.push(Slot(_call(c, "seq_rt_map_keys", _pop_map(c, "map.keys", 0)), ANY))


@builtin("map.values", "( ..a M -- ..a V )", "List of all values.", category="map")
def _map_values(c: FunctionCompiler) -> None:
    c.vs.push(Slot(_call(c, "seq_rt_map_values", _pop_map(c, "map.values", 0)), ANY))


def _map_count(c: FunctionCompiler, name: str) -> ir.Value:
    (m,) = _pop_map(c, name, 0)
    n = MAP_OBJ(c.b, m.value).count
    c.decref(m)
    return n


@builtin("map.size", "( ..a M -- ..a Int )", "Number of entries.", category="map")
def _map_size(c: FunctionCompiler) -> None:
    c.push_int(_map_count(c, "map.size"))


@builtin("map.empty?", "( ..a M -- ..a Bool )", "True if the map has no entries.", category="map")
def _map_empty(c: FunctionCompiler) -> None:
    c.push_bool(c.b.icmp_signed("==", _map_count(c, "map.empty?"), const(0)))
