"""A Pygments lexer for Seq, registered as the `seq` lexer (an entry point
in pyproject.toml), used by the REPL as you type, by `:see`, and by
notebooks.

Seq's words are runs of anything but whitespace, `( ) : ; [ ] { } ,`, `"`
and `#`; a word is then classed by what it is: a number, a boolean, a
keyword, a builtin, a type (capitalised), a row variable (`..a`) or a name.
"""

from __future__ import annotations

import re

from pygments.lexer import Lexer, RegexLexer, bygroups, using
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    Whitespace,
)

from .catalog import builtin_names

BUILTIN_NAMES = builtin_names()
KEYWORDS = frozenset({"if", "else", "then", "match", "end", "include", "union", "->", "--"})
WORD = r'[^\s():;\[\]{},"#]+'

_INT = re.compile(r"-?(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)")
_FLOAT = re.compile(r"-?(\d+\.\d*([eE][+-]?\d+)?|\d+[eE][+-]?\d+|\.\d+([eE][+-]?\d+)?)")


def word_token(text: str):
    """The token type of one Seq word."""
    if _INT.fullmatch(text):
        return Number.Integer
    if _FLOAT.fullmatch(text):
        return Number.Float
    if text in ("true", "false"):
        return Keyword.Constant
    if text in ("--", "->"):
        return Operator
    if text in KEYWORDS:
        return Keyword
    if text in BUILTIN_NAMES:
        return Name.Builtin
    if text.startswith(".."):
        return Name.Variable
    if text[0].isupper():
        return Keyword.Type
    return Name


def _word(lexer, match):
    yield match.start(), word_token(match.group()), match.group()


def python_lexer(**options: object) -> Lexer:
    """Pygments' Python lexer, imported when a `%%python` cell is first
    highlighted (it costs the REPL's first prompt milliseconds)."""
    from pygments.lexers.python import PythonLexer

    return PythonLexer(**options)


class SeqLexer(RegexLexer):
    name = "Seq"
    aliases = ["seq"]
    filenames = ["*.seq"]
    mimetypes = ["text/x-seq"]

    tokens = {
        "root": [
            # A notebook's `%%python` cell (seqkernel runs it as Python) is Python.
            (r"\A(\s*)(%%python\b)([^\n]*\n?)([\s\S]*)",
             bygroups(Whitespace, Comment.Preproc, using(python_lexer), using(python_lexer))),
            (r"\s+", Whitespace),
            (r"#\s*seq:allow\(.*?\).*?$", Comment.Special),
            (r"#.*?$", Comment.Single),
            (r'"', String.Double, "string"),
            # `: name` starts a definition; `:name` (no space) is a symbol.
            (r"(:)(\s+)(" + WORD + ")", bygroups(Keyword, Whitespace, Name.Function)),
            (r":" + WORD, String.Symbol),
            (r"(union)(\s+)(" + WORD + ")", bygroups(Keyword, Whitespace, Name.Class)),
            (r"(include)(\s+)(std:)(" + WORD + ")",
             bygroups(Keyword, Whitespace, Name.Namespace, Name.Namespace)),
            (r"[;:]", Keyword),
            # A union field, `radius: Float`.
            (r"(" + WORD + r")(:)(?=\s)", bygroups(Name.Attribute, Punctuation)),
            (r"[()\[\]{},]", Punctuation),
            (WORD, _word),
            (r".", Text),
        ],
        "string": [
            (r'[^"\\]+', String.Double),
            (r"\\(x[0-9a-fA-F]{2}|.|\n)?", String.Escape),
            (r'"', String.Double, "#pop"),
        ],
    }


def vocabulary() -> dict[str, list[str]]:
    """The words the lexer classes by name, for the JupyterLab extension's
    copy of these rules (jupyterlab-seq/src/vocabulary.json, written by
    `make labextension`)."""
    return {"builtins": sorted(BUILTIN_NAMES), "keywords": sorted(KEYWORDS)}


if __name__ == "__main__":
    import json

    print(json.dumps(vocabulary(), indent=1))
