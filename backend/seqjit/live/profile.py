"""The profiler's live half: which words a profiled run compiles probed
copies of, and the figures read back from their records after the run
(codegen/probe.py emits the counting).

A profiled REPL entry (`:profile CODE`) compiles the words its code
reaches again, under symbols of their own, with a probe: the words the
session compiled are untouched, and so are their speed and their callers.
A profiled script (`seqrepl --profile`, `SEQ_REPORT=words`) is compiled
probed as a whole.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

from ..codegen.probe import CALLS, RECORD, SELF_NS, TOP_LEVEL, TOTAL_NS, QuotationKey, WordProbe
from ..diagnostics import SeqError
from ..syntax import ast
from ..syntax.cell import Cell
from ..types.program import CheckedCode, CheckedProgram
from .engine import Engine

TOP_LEVEL_LABEL = "(top level)"


@dataclass(frozen=True)
class WordFigures:
    """One probed function's figures over a run."""

    name: str  # a word, "[ ]" for a quotation, or TOP_LEVEL_LABEL
    calls: int
    self_ns: int  # time in its own code
    total_ns: int  # time from entry to exit, callees included (outermost calls only)
    where: str  # file:line:col of its definition ("" when it has none)
    is_word: bool  # a word (not a quotation, nor top-level code)


@dataclass(frozen=True)
class Profile:
    """What a profiled run measured: a row per probed function, in the
    order they were compiled (a word's definitions before its quotations)."""

    rows: list[WordFigures]
    run_ns: int  # how long the run took, as the host saw it

    def by_self_time(self) -> list[WordFigures]:
        return sorted((r for r in self.rows if r.calls), key=lambda r: -r.self_ns)

    def word_counts(self) -> list[tuple[str, int]]:
        """Every word's calls, most called first (compile order among
        equals), as the reference's `SEQ_REPORT=words` lists them."""
        return sorted(((r.name, r.calls) for r in self.rows if r.is_word), key=lambda p: -p[1])


def probed_words(cell: Cell, program: CheckedProgram, code: CheckedCode) -> list[str]:
    """The words `code` reaches, directly or not, in the order first met
    (the words a profiled entry compiles probed copies of). A profiled entry
    only runs code: definitions are for a normal entry."""
    module = cell.module
    if module.words or module.unions or module.includes:
        raise SeqError("error", ":profile runs code; define words in an entry of their own first")
    found: dict[str, None] = {}
    frontier = [(code.code, code.typing)]
    while frontier:
        body, typing = frontier.pop()
        for stmt in ast.walk(body):
            name = typing.resolved(stmt) if isinstance(stmt, ast.WordCall) else None
            if name in program.words and name not in found:
                found[name] = None
                word = program.words[name]
                frontier.append((word.definition.body, word.typing))
    return list(found)


def read_profile(engine: Engine, probe: WordProbe, program: CheckedProgram,
                 run_ns: int) -> Profile:
    """The figures of every function `probe` counted in, after a run."""
    rows = []
    for index, key in enumerate(probe.keys):
        address = engine.address(probe.record_symbol(index))
        if not address:  # the entry failed before its code was loaded
            continue
        record = (ctypes.c_int64 * RECORD.count).from_address(address)
        name, where = _describe(key, program)
        # Self time is a difference of clock reads: never shown below zero.
        rows.append(WordFigures(name, record[CALLS], max(record[SELF_NS], 0),
                                record[TOTAL_NS], where, isinstance(key, str) and key != TOP_LEVEL))
    return Profile(rows, run_ns)


def _describe(key: QuotationKey | str, program: CheckedProgram) -> tuple[str, str]:
    if isinstance(key, QuotationKey):
        return "[ ]", key.span.location
    if key == TOP_LEVEL:
        return TOP_LEVEL_LABEL, ""
    return key, program.words[key].definition.name_span.location
