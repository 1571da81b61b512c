"""`regex.*`: regular expressions with the reference's syntax and results,
done by Python's `re` through the translation in regex_syntax.py (which
lists what differs from the Rust crate the reference uses).

Texts and patterns that are not UTF-8 read as "", as in the reference. A
pattern that does not compile gives the failure values below, never an
error.
"""

from __future__ import annotations

from ...runtime.hostops import text_or_empty
from ..hostops import host_builtin
from .syntax import Compiled, RegexError, compile_rust, expand, find_iter


def _compile(pattern: bytes) -> Compiled | None:
    try:
        return compile_rust(text_or_empty(pattern))
    except RegexError:
        return None


@host_builtin("regex.match?", "( ..a String String -- ..a Bool )",
              "True if the pattern (top) matches somewhere in the text.")
def match(text: bytes, pattern: bytes) -> bool:
    c = _compile(pattern)
    return c is not None and c.regex.search(text_or_empty(text)) is not None


@host_builtin("regex.find", "( ..a String String -- ..a String Bool )",
              "First match of the pattern in the text; false if none or bad pattern.")
def find(text: bytes, pattern: bytes) -> tuple[str, bool]:
    c = _compile(pattern)
    m = c.regex.search(text_or_empty(text)) if c is not None else None
    return (m.group(0), True) if m is not None else ("", False)


@host_builtin("regex.find-all", "( ..a String String -- ..a V Bool )",
              "List of every match; false on a bad pattern.")
def find_all(text: bytes, pattern: bytes) -> tuple[list[str], bool]:
    c = _compile(pattern)
    if c is None:
        return [], False
    return [m.group(0) for m in find_iter(c.regex, text_or_empty(text))], True


def _replace(text: bytes, pattern: bytes, replacement: bytes, limit: int) -> tuple[str, bool]:
    subject = text_or_empty(text)
    c = _compile(pattern)
    if c is None:
        return subject, False
    template = text_or_empty(replacement)
    out: list[str] = []
    at = 0
    for k, m in enumerate(find_iter(c.regex, subject)):
        if limit and k >= limit:
            break
        out.append(subject[at:m.start()])
        out.append(expand(template, m, c.names))
        at = m.end()
    out.append(subject[at:])
    return "".join(out), True


@host_builtin("regex.replace", "( ..a String String String -- ..a String Bool )",
              "Replace the first match (text pattern replacement); false on a bad pattern.")
def replace_first(text: bytes, pattern: bytes, replacement: bytes) -> tuple[str, bool]:
    return _replace(text, pattern, replacement, 1)


@host_builtin("regex.replace-all", "( ..a String String String -- ..a String Bool )",
              "Replace every match (text pattern replacement); false on a bad pattern.")
def replace_all(text: bytes, pattern: bytes, replacement: bytes) -> tuple[str, bool]:
    return _replace(text, pattern, replacement, 0)


@host_builtin("regex.captures", "( ..a String String -- ..a V Bool )",
              "Capture groups of the first match as a list; false if no match or bad pattern.")
def captures(text: bytes, pattern: bytes) -> tuple[list[str], bool]:
    c = _compile(pattern)
    m = c.regex.search(text_or_empty(text)) if c is not None else None
    if m is None:
        return [], False
    return [g or "" for g in m.groups()], True


@host_builtin("regex.split", "( ..a String String -- ..a V Bool )",
              "Split text wherever the pattern matches; false on a bad pattern.")
def split(text: bytes, pattern: bytes) -> tuple[list[str], bool]:
    subject = text_or_empty(text)
    c = _compile(pattern)
    if c is None:
        return [subject], False
    pieces: list[str] = []
    at = 0
    for m in find_iter(c.regex, subject):
        pieces.append(subject[at:m.start()])
        at = m.end()
    pieces.append(subject[at:])
    return pieces, True


@host_builtin("regex.valid?", "( ..a String -- ..a Bool )",
              "True if the string compiles as a regular expression.")
def valid(pattern: bytes) -> bool:
    return _compile(pattern) is not None

