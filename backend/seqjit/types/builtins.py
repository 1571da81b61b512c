"""The builtin words as the checker sees them: parsed effects, docs, categories."""

from __future__ import annotations

from functools import cache

from ..diagnostics import Source
from ..syntax.parser import Parser
from .builtin_table import BUILTINS, BuiltinSpec
from .declared import effect_from_syntax
from .terms import Effect

SPECS: dict[str, BuiltinSpec] = {spec.name: spec for spec in BUILTINS}


@cache
def builtin_effect(name: str) -> Effect | None:
    spec = SPECS.get(name)
    if spec is None:
        return None
    expr = Parser(Source(f"<builtin {name}>", spec.effect)).parse_effect()
    return effect_from_syntax(expr, frozenset(), name, builtin=True)
