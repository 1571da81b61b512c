"""Cells: what a user types at the REPL or into a notebook cell.

A cell mixes top-level items (includes, unions, word definitions) with code
to run. `: name` (a colon then a space) starts a definition; `:name` with no
space is a symbol, exactly as in a word body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Source
from . import ast
from .classic_if import pair_classic_ifs
from .lexer import Kind, tokenize
from .parser import Parser


@dataclass
class Cell:
    module: ast.Module  # the includes, unions and words it defines
    code: list[ast.Statement] = field(default_factory=list)  # what it runs, in order


def parse_cell(source: Source) -> Cell:
    return CellParser(source).parse_cell()


class CellParser(Parser):
    def parse_cell(self) -> Cell:
        # cell := (include | union | word-def | statement)*
        cell = Cell(ast.Module(self.source))
        in_code = False
        while True:
            self.skip_annotations()
            tok = self.peek()
            if tok is None:
                return cell
            if self.at("include"):
                cell.module.includes.append(self.parse_include())
                in_code = False
            elif self.at("union"):
                cell.module.unions.append(self.parse_union())
                in_code = False
            elif self.starts_definition():
                cell.module.words.append(self.parse_word_def())
                in_code = False
            else:
                if not in_code:
                    # Classic ifs are paired per run of code, as per word body.
                    self.classic_ifs = pair_classic_ifs(self.tokens, self.pos)
                    in_code = True
                cell.code.append(self.parse_statement("cell", tok.span))

    def starts_definition(self) -> bool:
        colon, name = self.peek(), self.peek(1)
        return (
            colon is not None
            and colon.kind is Kind.PUNCT
            and colon.text == ":"
            and name is not None
            and (name.span.line, name.span.col) != (colon.span.line, colon.span.col + 1)
        )


OPENERS = {"[": "]", "(": ")", "{": "}"}


def is_complete(text: str) -> bool:
    """Whether `text` can be run as it is, or the user is still typing: an
    open definition, quotation, effect, union, match, classic if or string
    means more lines are coming. Errors of other kinds count as complete
    (running them reports the error)."""
    from ..diagnostics import SeqError

    try:
        tokens = tokenize(Source("<cell>", text))
    except SeqError as e:
        return "unclosed string" not in e.message
    closers: list[str] = []
    in_definition = False
    ifs = 0
    for i, tok in enumerate(tokens):
        if tok.kind is not Kind.PUNCT and tok.kind is not Kind.WORD:
            continue
        t = tok.text
        if tok.kind is Kind.PUNCT:
            if t in OPENERS:
                closers.append(OPENERS[t])
            elif closers and t == closers[-1]:
                closers.pop()
            elif t == ":" and not closers and not in_definition:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                adjacent = nxt is not None and (nxt.span.line, nxt.span.col) == (
                    tok.span.line, tok.span.col + 1)
                in_definition = not adjacent
            elif t == ";" and not closers:
                in_definition = False
                ifs = 0
        elif t == "match":
            closers.append("end")
        elif t == "end" and closers and closers[-1] == "end":
            closers.pop()
        elif t == "if" and not (i > 0 and tokens[i - 1].text == "]"):
            ifs += 1
        elif t == "then" and ifs:
            ifs -= 1
    return not closers and not in_definition and not ifs
