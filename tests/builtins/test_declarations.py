"""Every builtin is declared once, next to its one implementation, and what
the checker knows, the code generator can compile."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

from seqjit.builtins import registry
from seqjit.builtins.all import DECLARED, OPS
from seqjit.builtins.net.runtime import NET_OPS
from seqjit.runtime.hostops import HOST_OPS, RESULT_KINDS, TYPE_KINDS, kinds_of
from seqjit.types import builtins as checker_builtins
from seqjit.types.builtins import SPECS, builtin_effect
from seqjit.types.terms import Con, Type, items

IMPLEMENTATIONS = {"emitter", "host op", "net op"}


def test_every_declared_builtin_has_exactly_one_emitter() -> None:
    assert registry.unimplemented() == []
    assert set(OPS) == set(DECLARED)


def test_the_checker_knows_exactly_the_declared_builtins_with_their_rows() -> None:
    assert list(SPECS) == list(DECLARED)
    for name, spec in SPECS.items():
        declared = DECLARED[name]
        assert (spec.name, spec.effect, spec.category, spec.doc) == (
            declared.name, declared.effect, declared.category, declared.doc)


def test_every_name_the_checker_knows_can_be_compiled() -> None:
    assert [name for name in SPECS if name not in OPS] == []


def test_the_cached_specs_are_the_declarations() -> None:
    assert checker_builtins.load_specs() == {s.name: s for s in checker_builtins._declared()}


def test_every_declaration_names_its_kind_of_implementation_and_family() -> None:
    for spec in DECLARED.values():
        assert spec.implementation in IMPLEMENTATIONS, spec
        assert spec.where.startswith(f"seqjit.builtins.{spec.family}."), spec
        assert spec.doc and spec.category, spec


def test_every_effect_parses() -> None:
    for name in DECLARED:
        assert builtin_effect(name) is not None, name


def _kind(t: Type, result: bool) -> str:
    """The kind the checker's reading of a type asks for."""
    if isinstance(t, Con):
        return TYPE_KINDS.get(t.name, "any")
    return RESULT_KINDS.get(getattr(t, "name", ""), "any") if result else "any"


@pytest.mark.parametrize("name", sorted({*HOST_OPS, *NET_OPS}))
def test_a_python_builtins_kinds_agree_with_its_effect(name: str) -> None:
    op = HOST_OPS.get(name) or NET_OPS[name]
    effect = builtin_effect(name)
    assert effect is not None
    ins, outs = items(effect.inputs)[0], items(effect.outputs)[0]
    assert op.ins == tuple(_kind(t, False) for t in ins)
    assert op.outs == tuple(_kind(t, True) for t in outs)
    assert (op.ins, op.outs) == kinds_of(DECLARED[name].effect)
    host = 1 if getattr(op, "needs_host", False) else 0
    assert len(inspect.signature(op.impl).parameters) == host + len(op.ins)


def test_kinds_come_from_the_effect() -> None:
    assert kinds_of("( ..a String Int -- ..a V Bool )") == (("str", "int"), ("list", "bool"))
    assert kinds_of("( ..a T Socket -- ..a M )") == (("any", "int"), ("map",))
    assert kinds_of("( ..a -- ..a )") == ((), ())


def test_a_builtin_without_an_implementation_is_named(monkeypatch) -> None:
    ops = dict(OPS)
    del ops["string.length"]
    monkeypatch.setattr(registry, "OPS", ops)
    assert registry.unimplemented() == [
        f"builtin 'string.length' ({DECLARED['string.length'].where}) has no implementation"]
    with pytest.raises(RuntimeError, match="builtin 'string.length'"):
        registry.check_complete()


def test_declaring_or_implementing_a_builtin_twice_fails(monkeypatch) -> None:
    monkeypatch.setattr(registry, "DECLARED", dict(DECLARED))
    monkeypatch.setattr(registry, "OPS", dict(OPS))
    emitter = OPS["dup"]
    with pytest.raises(ValueError, match="builtin 'dup' declared twice"):
        registry.declare_builtin("dup", "( ..a T -- ..a T T )", "Again.", emitter, "emitter")
    with pytest.raises(ValueError, match="builtin 'dup' implemented twice"):
        registry.implement("dup", emitter)


def test_the_builtins_are_listed_in_one_order_whatever_was_imported_first() -> None:
    # A family imported before the others (a lazy import, a test) declares its
    # builtins first; the listing (and the checker's cached specs) must not change.
    show = "from seqjit.builtins.all import DECLARED; print(' '.join(DECLARED))"
    plain = subprocess.run([sys.executable, "-c", show], capture_output=True, text=True,
                           timeout=120, check=True).stdout
    first = "import seqjit.builtins.compress.runtime, seqjit.builtins.files.runtime\n"
    early = subprocess.run([sys.executable, "-c", first + show], capture_output=True, text=True,
                           timeout=120, check=True).stdout
    assert plain.split() and early == plain
