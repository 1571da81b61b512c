"""Hover: what a word is (its effect, doc and origin, from the catalog the
REPL's `:see` uses), what a quotation's type was inferred to be, and,
anywhere in a body, the stack the checker inferred there: before and after
the statement under the cursor, or at the point between two statements.
"""

from __future__ import annotations

from ..diagnostics import Span
from ..shell import catalog, present
from ..syntax import ast
from ..types.checker import SUGAR_OPS
from ..types.terms import Closure, Row, Stack, items, pretty
from .analysis import Analysis
from .locate import Facts, Pos, Spot, contains, spot_at, type_names

Hover = tuple[str, Span | None]  # markdown, and the span it describes


def hover(analysis: Analysis, pos: Pos) -> Hover | None:
    found = _on_item(analysis, pos)
    if found is not None:
        return found
    spot = spot_at(analysis, pos)
    if spot is None:
        return None
    return _in_body(analysis, spot, pos)


def stack_text(stack: Stack | None) -> str:
    """`( Int String )`, bottom to top; a row variable is shown unless it is
    the one every word's stack sits on."""
    if stack is None:
        return "unknown (the checker stopped before here)"
    types, base = items(stack)
    words = [pretty(t) for t in types]
    if isinstance(base, Row) and base.name != "rest":
        words.insert(0, pretty(f"..{base.name}"))
    return f"( {' '.join(words)} )" if words else "( )"


def word_markdown(analysis: Analysis, name: str) -> str | None:
    """A word's effect, doc and where it comes from; None if unknown."""
    entry = catalog.lookup(analysis.program, name)
    if entry is None:
        return None
    if isinstance(entry.origin, catalog.Union):
        return f"```seq\n{entry.source or ''}\n```"
    if isinstance(entry.origin, catalog.UserWord) and analysis.is_local(entry.origin.span):
        where = "defined in this file"
    else:
        where = present.origin(entry)
    parts = [f"```seq\n{name} {catalog.short_effect(entry.effect)}\n```"]
    if entry.doc:
        parts.append(entry.doc)
    parts.append(f"*{where}*")
    return "\n\n".join(parts)


# --- top-level items ----------------------------------------------------------------------


def _on_item(analysis: Analysis, pos: Pos) -> Hover | None:
    """A word's name where it is defined, a type in an effect, an include."""
    for include in analysis.module.includes:
        if contains(include.span, pos):
            return _include(analysis, include), include.span
    for union in analysis.module.unions:
        if contains(union.span, pos):
            return f"```seq\n{catalog.span_text(union.span)}\n```", union.span
    for word in analysis.module.words:
        if contains(word.name_span, pos):
            return word_markdown(analysis, word.name) or f"`{word.name}`", word.name_span
        if word.effect is not None and contains(word.effect.span, pos):
            for name in type_names(word.effect):
                if contains(name.span, pos):
                    return _type(analysis, name.name), name.span
            return None
    return None


def _type(analysis: Analysis, name: str) -> str:
    union = analysis.program.unions.get(name)
    if union is not None:
        return f"```seq\n{catalog.span_text(union.span)}\n```"
    return f"`{name}`: " + TYPE_DOCS.get(name, "a type variable: any one type, the same each "
                                          "place it appears in this effect")


TYPE_DOCS = {
    "Int": "a 63-bit signed integer",
    "Float": "a 64-bit floating-point number",
    "Bool": "true or false",
    "String": "a UTF-8 string",
    "Symbol": "a symbol, `:name`",
    "Channel": "a channel between strands",
    "Socket": "a network socket",
    "Variant": "a value of any union",
    "Closure": "a quotation with captured values",
}


def _include(analysis: Analysis, include: ast.Include) -> str:
    target = f"std:{include.target}" if include.kind == "std" else f'"{include.target}"'
    names = sorted(
        name for name, word in analysis.program.words.items()
        if analysis.include_of.get(word.definition.span.source.name) is include
        and not word.definition.generated_from
    )
    listed = ", ".join(f"`{n}`" for n in names[:40]) + (" ..." if len(names) > 40 else "")
    return f"`include {target}`: {len(names)} words\n\n{listed}" if names else \
        f"`include {target}`"


# --- bodies ----------------------------------------------------------------------------------


def _in_body(analysis: Analysis, spot: Spot, pos: Pos) -> Hover | None:
    facts = Facts(analysis, spot.word)
    stmt = spot.stmt
    if stmt is None:
        here = facts.before(spot, spot.index)
        return f"stack here: `{stack_text(here)}`", None
    before = facts.before(spot, spot.index)
    known = facts.stacks(stmt)
    after = known[1] if known is not None else None
    parts: list[str] = []
    if isinstance(stmt, ast.WordCall):
        resolved = facts.typing.resolved(stmt)
        if stmt.name in SUGAR_OPS and resolved != stmt.name:
            parts.append(f"`{stmt.name}` here is `{resolved}`")
        parts.append(word_markdown(analysis, resolved) or f"`{stmt.name}`: unknown word")
    elif isinstance(stmt, ast.Quotation):
        qtype = facts.quotation_type(stmt)
        kind = "closure" if isinstance(qtype, Closure) else "quotation"
        parts.append(f"```seq\n{pretty(qtype)}\n```\n\n*{kind}*" if qtype is not None
                     else "*quotation*")
    elif isinstance(stmt, ast.Match):
        arm = next((a for a in stmt.arms if contains(a.span, pos)), None)
        if arm is not None:
            parts.append(_variant(analysis, arm.variant))
    elif not isinstance(stmt, ast.If):
        parts.append(f"literal: `{_literal_type(stmt)}`")
    parts.append(f"stack before: `{stack_text(before)}`  \nstack after: `{stack_text(after)}`")
    return "\n\n---\n\n".join(parts), stmt.span


def _variant(analysis: Analysis, name: str) -> str:
    info = analysis.program.variants.get(name)
    if info is None:
        return f"`{name}`: unknown variant"
    fields = " ".join(f"{n}: {pretty(t)}" for n, t in info.fields)
    return f"`{name}` of union `{info.union}`" + (f" {{ {fields} }}" if fields else "")


def _literal_type(stmt: ast.Statement) -> str:
    return {ast.IntLit: "Int", ast.FloatLit: "Float", ast.BoolLit: "Bool",
            ast.StringLit: "String", ast.SymbolLit: "Symbol"}.get(type(stmt), "?")
