"""The builtin words as the checker sees them: parsed effects, docs, categories.

Each builtin is declared once, in its family's package, next to its
implementation (see seqjit.builtins.registry); `SPECS` is read from those
declarations. Importing the families loads llvmlite and the runtime's Python,
which checking a program does not otherwise need, so the specs are kept in
the cache directory, keyed by the source that declares them: an unchanged
tree reads one small file, a changed one imports the families once.
"""

from __future__ import annotations

import json
from functools import cache
from typing import NamedTuple

from ..cache import CHECKED, cache_root, read_entry, source_key, write_entry
from ..diagnostics import Source
from ..syntax.parser import Parser
from .declared import effect_from_syntax
from .terms import Effect


class BuiltinSpec(NamedTuple):
    name: str
    effect: str
    category: str
    doc: str


def _declared() -> list[BuiltinSpec]:
    """The declarations, by importing every family (slow: loads llvmlite)."""
    from ..builtins.all import DECLARED

    return [BuiltinSpec(d.name, d.effect, d.category, d.doc) for d in DECLARED.values()]


def load_specs() -> dict[str, BuiltinSpec]:
    """Every builtin's spec, in declaration order, from the cache when the
    declaring source is unchanged."""
    path = cache_root() / f"builtins-{source_key()}.{CHECKED}.json"
    cached = read_entry(path)
    try:
        specs = [BuiltinSpec(*row) for row in json.loads(cached or b"")]
    except (ValueError, TypeError):  # no entry, or one this version cannot read
        specs = _declared()
        write_entry(path, json.dumps(specs).encode())
    return {spec.name: spec for spec in specs}


SPECS: dict[str, BuiltinSpec] = load_specs()


@cache
def builtin_effect(name: str) -> Effect | None:
    spec = SPECS.get(name)
    if spec is None:
        return None
    expr = Parser(Source(f"<builtin {name}>", spec.effect)).parse_effect()
    return effect_from_syntax(expr, frozenset(), name, builtin=True)
