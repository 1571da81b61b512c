"""Decide which `if`s in a word body are the classic `if ... else ... then`.

Seq 6.0 made `if` a combinator (`cond [ A ] [ B ] if`); programs written
before it use `cond if A else B then`. We accept both: an `if` closed by a
`then` in the same body is classic. Pairing is done once per word body over
the tokens, like matching brackets, so the parser never backtracks:

- `[`...`]` and `match`...`end` open nested scopes; an `if` never pairs
  across a scope boundary, nor across a match arm boundary.
- A `then` closes the innermost open `if` of its scope, except that an `if`
  right after a `]` (the combinator form `[..] [..] if`) is passed over when
  an outer one can take it; `else` attaches to the `if` `then` would pick.
"""

from __future__ import annotations

from .lexer import Kind, Token


class _Scope:
    __slots__ = ("open_ifs", "is_match")

    def __init__(self, is_match: bool) -> None:
        self.open_ifs: list[int] = []
        self.is_match = is_match


def pair_classic_ifs(tokens: list[Token], start: int) -> dict[int, tuple[int | None, int]]:
    """Map each classic `if` token index in the body starting at `start` to
    (index of its `else` or None, index of its `then`)."""
    elses: dict[int, int] = {}
    pairs: dict[int, tuple[int | None, int]] = {}
    scopes = [_Scope(is_match=False)]
    i, n = start, len(tokens)

    def target(scope: _Scope) -> int | None:
        if not scope.open_ifs:
            return None
        for pos in range(len(scope.open_ifs) - 1, -1, -1):
            at = scope.open_ifs[pos]
            if not _after_quotation(tokens, at):
                return pos
        return len(scope.open_ifs) - 1

    while i < n:
        tok = tokens[i]
        text = tok.text
        if tok.kind is Kind.STRING or tok.kind is Kind.ALLOW:
            i += 1
            continue
        if tok.kind is Kind.PUNCT:
            if text == ";":
                break
            if text == ":":  # a symbol literal: its name is not a keyword
                i += 2
                continue
            if text == "[":
                scopes.append(_Scope(is_match=False))
            elif text == "]" and len(scopes) > 1:
                scopes.pop()
            i += 1
            continue
        scope = scopes[-1]
        if text == "match":
            scopes.append(_Scope(is_match=True))
        elif text == "end" and scope.is_match:
            scopes.pop()
        elif scope.is_match and _starts_arm(tokens, i):
            scope.open_ifs.clear()
        elif text == "if":
            scope.open_ifs.append(i)
        elif text == "else":
            pos = target(scope)
            if pos is not None and scope.open_ifs[pos] not in elses:
                elses[scope.open_ifs[pos]] = i
        elif text == "then":
            pos = target(scope)
            if pos is not None:
                at = scope.open_ifs[pos]
                pairs[at] = (elses.get(at), i)
                del scope.open_ifs[pos:]
        i += 1
    return pairs


def _after_quotation(tokens: list[Token], index: int) -> bool:
    prev = tokens[index - 1] if index > 0 else None
    return prev is not None and prev.kind is Kind.PUNCT and prev.text == "]"


def _starts_arm(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tok.text[:1].isupper()
        and nxt is not None
        and nxt.kind is not Kind.STRING
        and nxt.text in ("->", "{")
    )
