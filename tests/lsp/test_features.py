"""The server's answers computed in process, on text as an editor holds
it while typing: half-written files give answers for what did parse and
never an exception; a notebook's cells are read as cells.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from seqjit.lsp import actions, complete, hover, navigate, tokens
from seqjit.lsp.analysis import analyse

SEQ_TESTS = Path(__file__).resolve().parents[1] / "seq"


def every_feature(text: str, base: Path, step: int = 1) -> None:
    """Ask each question at many points of `text`."""
    found = analyse(text, str(base / "typing.seq"), base)
    tokens.semantic_tokens(found)
    tokens.inlay_hints(found, 1, 10_000)
    navigate.symbols(found)
    lines = text.split("\n")
    for line_no, line in enumerate(lines, start=1):
        for col in range(1, len(line) + 2, step):
            pos = (line_no, col)
            hover.hover(found, pos)
            navigate.definition(found, pos)
            navigate.references(found, pos)
            navigate.rename_target(found, pos)
            actions.actions(found, pos, pos)
        complete.complete(found, line)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["test-lists.seq", "test-control.seq", "test-variants.seq"])
def test_a_file_typed_line_by_line_never_raises(name: str):
    text = (SEQ_TESTS / name).read_text()
    lines = text.split("\n")
    for cut in range(len(lines) // 5, len(lines), len(lines) // 5):
        # A prefix with its last line half typed.
        half = lines[cut][: len(lines[cut]) // 2]
        every_feature("\n".join([*lines[:cut], half]), SEQ_TESTS, step=5)


def test_garbage_never_raises(tmp_path: Path):
    for text in ['"unclosed', ": ( ;", "[ [ [", "union { }", "include", ": f ( -- ) match ;",
                 "# seq:allow(", ": f ( -- Int ) 1 if 2 else ;", "\x00\udcff", ": f ( ..x -- ) ;",
                 "include \"../../../etc/passwd\"", ": f ( -- ) f f f ;\n" * 3]:
        every_feature(text, tmp_path)


def test_the_items_after_a_broken_one_still_check(tmp_path: Path):
    text = ": sq ( Int -- Int ) dup i.* ;\n: broken ( Int --\n: g ( -- String ) 3 sq ;\n"
    found = analyse(text, str(tmp_path / "a.seq"), tmp_path)
    kinds = sorted(p.code for p in found.problems)
    assert kinds == ["parse error", "type error"]  # g leaves an Int, not a String
    assert "g" in found.program.words


def test_a_broken_include_is_reported_at_its_line_and_the_rest_checks(tmp_path: Path):
    text = 'include "missing"\ninclude std:list\n: f ( -- ) list-of drop ;\n'
    found = analyse(text, str(tmp_path / "a.seq"), tmp_path)
    [problem] = found.problems
    assert problem.code == "include error" and problem.span is not None
    assert (problem.span.line, problem.span.col) == (1, 1)


def test_an_error_in_an_included_file_is_shown_at_the_include(tmp_path: Path):
    (tmp_path / "lib.seq").write_text(': bad ( -- Int ) "x" ;\n')
    found = analyse('include "lib"\n: f ( -- ) ;\n', str(tmp_path / "a.seq"), tmp_path)
    [problem] = found.problems
    assert problem.span is not None and problem.span.line == 1
    assert problem.message.startswith(f"{tmp_path / 'lib.seq'}:1:")


def test_a_notebook_is_read_as_cells_with_the_stack_across_them(tmp_path: Path):
    text = ": sq ( Int -- Int ) dup i.* ;\n\n3 sq\n:stack\n\n\"x\"   drop i.+\n"
    found = analyse(text, str(tmp_path / "tour.ipynb.seq"), tmp_path, notebook=True)
    [problem] = found.problems
    assert problem.code == "type error" and problem.span is not None
    assert (problem.span.line, problem.span.col) == (6, 12)  # i.+ on one Int
    shown = hover.hover(found, (6, 4))
    assert shown is not None and shown[0] == "stack here: `( Int String )`"
