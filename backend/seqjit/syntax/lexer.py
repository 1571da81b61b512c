"""Split Seq text into tokens with positions.

Tokens are whitespace-separated words, except that `( ) : ; [ ] { } ,` each
stand alone and a string literal is one token, escapes and all. `#` starts a
comment to the end of the line (shebang lines included); a comment of the
form `# seq:allow(lint-id)` becomes an ALLOW token so the parser can attach
it to the next word definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..diagnostics import SeqError, Source, Span

PUNCTUATION = frozenset("():;[]{},")


class Kind(Enum):
    WORD = "word"
    STRING = "string"
    PUNCT = "punct"
    ALLOW = "allow"


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    text: str
    span: Span


def tokenize(source: Source) -> list[Token]:
    text = source.text
    tokens: list[Token] = []
    n = len(text)
    i = 0
    line, col = 1, 1

    def span(start_line: int, start_col: int) -> Span:
        return Span(source, start_line, start_col, line, col)

    while i < n:
        ch = text[i]
        if ch == "\n":
            i += 1
            line, col = line + 1, 1
        elif ch.isspace():
            i += 1
            col += 1
        elif ch == "#":
            end = text.find("\n", i)
            end = n if end == -1 else end
            comment = text[i + 1 : end]
            lint = _allowed_lint(comment)
            start_col = col
            col += end - i
            i = end
            if lint is not None:
                tokens.append(Token(Kind.ALLOW, lint, span(line, start_col)))
        elif ch in PUNCTUATION:
            tokens.append(Token(Kind.PUNCT, ch, Span(source, line, col, line, col + 1)))
            i += 1
            col += 1
        elif ch == '"':
            start_line, start_col, start = line, col, i
            i += 1
            col += 1
            escaped = False
            while i < n:
                c = text[i]
                i += 1
                if c == "\n":
                    line, col = line + 1, 1
                else:
                    col += 1
                if escaped:
                    escaped = False
                elif c == "\\":
                    escaped = True
                elif c == '"':
                    break
            else:
                raise SeqError(
                    "parse error",
                    "unclosed string literal: missing closing quote",
                    Span(source, start_line, start_col, start_line, start_col + 1),
                )
            tokens.append(Token(Kind.STRING, text[start:i], span(start_line, start_col)))
        else:
            start, start_col = i, col
            while i < n:
                c = text[i]
                if c.isspace() or c in PUNCTUATION or c == '"' or c == "#":
                    break
                i += 1
            col += i - start
            tokens.append(Token(Kind.WORD, text[start:i], span(line, start_col)))
    return tokens


def _allowed_lint(comment: str) -> str | None:
    body = "".join(comment.split())
    if body.startswith("seq:allow(") and body.endswith(")"):
        return body[len("seq:allow(") : -1]
    return None


ESCAPES = {'"': 0x22, "\\": 0x5C, "n": 0x0A, "r": 0x0D, "t": 0x09}


def unescape(body: str, span: Span) -> bytes:
    """The bytes a string literal's body denotes; `\\xNN` is one raw byte.

    `span` is the whole literal's; errors point at the bad escape inside it."""
    out = bytearray()
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch != "\\":
            out += ch.encode("utf-8", "surrogatepass")
            i += 1
            continue
        if i + 1 >= n:
            raise SeqError(
                "parse error",
                "string ends with an incomplete escape '\\'",
                _inner_span(body, i, 1, span),
            )
        esc = body[i + 1]
        if esc in ESCAPES:
            out.append(ESCAPES[esc])
            i += 2
        elif esc == "x":
            digits = body[i + 2 : i + 4]
            if len(digits) < 2 or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise SeqError(
                    "parse error",
                    f"invalid hex escape '\\x{digits}': expected two hex digits (00-FF)",
                    _inner_span(body, i, 2 + len(digits), span),
                )
            out.append(int(digits, 16))
            i += 4
        else:
            raise SeqError(
                "parse error",
                f"unknown escape '\\{esc}' in string literal "
                '(supported: \\" \\\\ \\n \\r \\t \\xNN)',
                _inner_span(body, i, 2, span),
            )
    return bytes(out)


def _inner_span(body: str, i: int, length: int, span: Span) -> Span:
    """The span of `body[i : i + length]`, for a body that starts just after
    the opening quote at `span`'s start (and may run over several lines)."""
    before = body[:i]
    newlines = before.count("\n")
    if newlines:
        line, col = span.line + newlines, i - before.rfind("\n")
    else:
        line, col = span.line, span.col + 1 + i
    return Span(span.source, line, col, line, col + length)
