"""Helpers for the type checker's conformance tests: check a program and
assert it is accepted, or rejected with the expected message and location."""

from __future__ import annotations

import textwrap

from seqjit.diagnostics import SeqError
from seqjit.types.program import CheckedProgram
from seqjit.types.sources import check_source


def check(src: str) -> CheckedProgram:
    return check_source(textwrap.dedent(src).strip() + "\n", "t.seq")


def accepts(src: str) -> CheckedProgram:
    program = check(src)
    assert program.ok, "\n".join(e.render() for e in program.errors)
    return program


def rejects(
    src: str,
    *fragments: str,
    kind: str = "type error",
    at: tuple[int, int] | None = None,
    expected: str | None = None,
    actual: str | None = None,
) -> SeqError:
    """The first error; each fragment must be in its message (or its notes)."""
    program = check(src)
    assert not program.ok, f"accepted, but the reference rejects:\n{src}"
    err = program.errors[0]
    text = "\n".join([err.message, *err.notes])
    assert err.kind == kind, err.render()
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not in:\n{err.render()}"
    if at is not None:
        assert err.span is not None, err.render()
        assert (err.span.line, err.span.col) == at, err.render()
    if expected is not None:
        assert err.expected == expected, err.render()
    if actual is not None:
        assert err.actual == actual, err.render()
    return err
