"""The checker leaves the parser's syntax tree as it was: what it learns
(sugar resolutions, quotation types) lives in each checked word's Typing,
and extending a program never changes the program it extends."""

from __future__ import annotations

import dataclasses
import textwrap

from seqjit.diagnostics import Source
from seqjit.syntax import ast
from seqjit.syntax.cell import parse_cell
from seqjit.syntax.parser import parse
from seqjit.types.program import check_entry, check_modules, extend
from seqjit.types.terms import INT, Closure, Quot

PROGRAM = """
union Shape { Circle { r: Int } Square { s: Int } }

: area ( Shape -- Int )
  match
    Circle { >r } -> dup * 3 *
    Square -> dup + dup 0 > [ 1 i.+ ] [ 2 i.+ ] if
  end ;

: adder ( Int -- Closure[ Int -- Int ] ) [ i.+ ] ;

: pick-one ( Int Bool -- Int )
  [ 1.5 2.5 + drop [ 10 i.* ] [ 20 i.* ] if ] call ;

: classic ( Int -- Int ) dup 0 > if 1 - else [ 2 i.* ] call then ;
"""


def snapshot(node: object) -> object:
    """Every node and list reachable from `node`, by identity and content."""
    if isinstance(node, list):
        return ("list", id(node), tuple(snapshot(x) for x in node))
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        if type(node).__module__ != ast.__name__:
            return ("leaf", id(node))  # spans and sources
        fields = tuple((f.name, snapshot(getattr(node, f.name))) for f in dataclasses.fields(node))
        return (type(node).__name__, id(node), fields)
    return node


def parsed(src: str) -> ast.Module:
    return parse(Source("t.seq", textwrap.dedent(src).strip() + "\n"))


def test_checking_a_program_changes_no_node_of_its_syntax_tree() -> None:
    module = parsed(PROGRAM)
    before = snapshot(module)
    program = check_modules([module])
    assert program.ok, [e.render() for e in program.errors]
    assert snapshot(module) == before


def test_checking_an_entry_changes_no_node_of_its_code() -> None:
    program = check_modules([parsed(PROGRAM)])
    cell = parse_cell(Source("<entry>", "3 Make-Circle area true [ 1 + ] [ 2 + ] if 4 adder"))
    before = snapshot(cell.code)
    checked = check_entry(program, cell.code, [])
    assert checked.types is not None and [str(t) for t in checked.types][0] == "Int"
    assert snapshot(cell.code) == before


def test_the_checked_word_holds_the_lowered_body_and_the_parsed_one_is_kept() -> None:
    module = parsed(PROGRAM)
    program = check_modules([module])
    parsed_body = next(w for w in module.words if w.name == "pick-one").body
    (quot, _call) = program.words["pick-one"].definition.body
    assert isinstance(quot, ast.Quotation) and isinstance(quot.body[-1], ast.If)
    assert isinstance(parsed_body[0], ast.Quotation)
    assert isinstance(parsed_body[0].body[-1], ast.WordCall)  # still `if`
    # A word without literal ifs is checked as the very definition parsed.
    adder = next(w for w in module.words if w.name == "adder")
    assert program.words["adder"].definition is adder


def test_facts_are_found_by_node() -> None:
    program = check_modules([parsed(PROGRAM)])
    adder = program.words["adder"]
    (quot,) = adder.definition.body
    assert isinstance(quot, ast.Quotation)
    qtype = adder.typing.quotation_type(quot)
    assert isinstance(qtype, Closure) and qtype.captures == (INT,)
    classic = program.words["classic"]
    calls = {s.name: s for s in ast.walk(classic.definition.body) if isinstance(s, ast.WordCall)}
    assert classic.typing.resolved(calls[">"]) == "i.>"
    assert classic.typing.resolved(calls["-"]) == "i.-"
    assert classic.typing.resolved(calls["call"]) == "call"
    inner = next(s for s in ast.walk(classic.definition.body) if isinstance(s, ast.Quotation))
    assert isinstance(classic.typing.quotation_type(inner), Quot)


SUM = ": two ( -- Int ) 2 ;\n: sum ( -- Int ) two two + ;\n: pair ( -- Int ) two two + ;"


def plus_in(program, word: str) -> str:
    checked = program.words[word]
    call = next(s for s in checked.definition.body if isinstance(s, ast.WordCall)
                and s.name == "+")
    return checked.typing.resolved(call)


def test_a_refused_redefinition_leaves_every_word_and_its_facts_as_they_were() -> None:
    world = check_modules([parsed(SUM)])
    words = dict(world.words)
    # `sum` checks again with f.+ before its output fails to match; refused.
    refused = extend(world, [parsed(": two ( -- Float ) 2.0 ;")])
    assert not refused.ok and "would break 'sum'" in refused.errors[0].message
    assert world.words == words
    assert all(world.words[name] is words[name] for name in words)
    assert plus_in(world, "sum") == "i.+"


def test_an_accepted_redefinition_gives_callers_new_facts_and_keeps_the_old_ones() -> None:
    src = ": two ( -- Int ) 2 ;\n: sum ( -- ) two two + drop ;"
    world = check_modules([parsed(src)])
    new = extend(world, [parsed(": two ( -- Float ) 2.0 ;")])
    assert new.ok, [e.render() for e in new.errors]
    assert plus_in(new, "sum") == "f.+"
    assert plus_in(world, "sum") == "i.+"
