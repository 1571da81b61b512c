"""`regex.*`: regular expressions with the reference's syntax and results,
done by Python's `re` through the translation in regex_syntax.py (which
lists what differs from the Rust crate the reference uses).

Texts and patterns that are not UTF-8 read as "", as in the reference. A
pattern that does not compile gives the failure values below, never an
error.
"""

from __future__ import annotations

from ...runtime.core import RuntimeBuilder
from ...runtime.hostops import emit_host_ops, host_op, text_or_empty
from .syntax import Compiled, RegexError, compile_rust, expand, find_iter


def _compile(pattern: bytes) -> Compiled | None:
    try:
        return compile_rust(text_or_empty(pattern))
    except RegexError:
        return None


@host_op("regex.match?", ("str", "str"), ("bool",))
def match(text: bytes, pattern: bytes) -> bool:
    c = _compile(pattern)
    return c is not None and c.regex.search(text_or_empty(text)) is not None


@host_op("regex.find", ("str", "str"), ("str", "bool"))
def find(text: bytes, pattern: bytes) -> tuple[str, bool]:
    c = _compile(pattern)
    m = c.regex.search(text_or_empty(text)) if c is not None else None
    return (m.group(0), True) if m is not None else ("", False)


@host_op("regex.find-all", ("str", "str"), ("list", "bool"))
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


@host_op("regex.replace", ("str", "str", "str"), ("str", "bool"))
def replace_first(text: bytes, pattern: bytes, replacement: bytes) -> tuple[str, bool]:
    return _replace(text, pattern, replacement, 1)


@host_op("regex.replace-all", ("str", "str", "str"), ("str", "bool"))
def replace_all(text: bytes, pattern: bytes, replacement: bytes) -> tuple[str, bool]:
    return _replace(text, pattern, replacement, 0)


@host_op("regex.captures", ("str", "str"), ("list", "bool"))
def captures(text: bytes, pattern: bytes) -> tuple[list[str], bool]:
    c = _compile(pattern)
    m = c.regex.search(text_or_empty(text)) if c is not None else None
    if m is None:
        return [], False
    return [g or "" for g in m.groups()], True


@host_op("regex.split", ("str", "str"), ("list", "bool"))
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


@host_op("regex.valid?", ("str",), ("bool",))
def valid(pattern: bytes) -> bool:
    return _compile(pattern) is not None


def emit(rt: RuntimeBuilder) -> None:
    emit_host_ops(rt, "regex")
