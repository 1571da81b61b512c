"""`regex.*`: regular expressions with the reference's syntax and results,
done by Python's `re` through the translation in regex_syntax.py (which
lists what differs from the Rust crate the reference uses).

Texts and patterns that are not UTF-8 read as "", as in the reference. A
pattern that does not compile gives the failure values below, never an
error.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

from ...runtime.host import HostContext
from ...runtime.hostops import text_or_empty
from ..hostops import host_builtin
from .syntax import Compiled, RegexError, compile_rust, expand, find_iter


def regex_builtin(name: str, effect: str, doc: str) -> Callable[[Callable], Callable]:
    """host_builtin, its work done through host.interruptible: `re`
    backtracks, so a pathological pattern ("(a+)+$") can take exponential
    time in one C call, which Ctrl-C must still end."""

    def register(impl: Callable) -> Callable:
        def run(host: HostContext, *args: object) -> object:
            return host.interruptible(lambda: impl(*args))

        # Named and shaped as `impl` after the HostContext (the builtins'
        # listing and their checks read both), without functools.wraps's
        # __wrapped__, which would hide the HostContext parameter.
        run.__module__, run.__qualname__ = impl.__module__, impl.__qualname__
        run.__doc__ = impl.__doc__
        host = inspect.Parameter("host", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        shape = inspect.signature(impl)
        run.__signature__ = shape.replace(  # type: ignore[attr-defined]
            parameters=[host, *shape.parameters.values()])
        host_builtin(name, effect, doc, needs_host=True)(run)
        return impl

    return register


def _compile(pattern: bytes) -> Compiled | None:
    try:
        return compile_rust(text_or_empty(pattern))
    except RegexError:
        return None


@regex_builtin("regex.match?", "( ..a String String -- ..a Bool )",
              "True if the pattern (top) matches somewhere in the text.")
def match(text: bytes, pattern: bytes) -> bool:
    c = _compile(pattern)
    return c is not None and c.regex.search(text_or_empty(text)) is not None


@regex_builtin("regex.find", "( ..a String String -- ..a String Bool )",
              "First match of the pattern in the text; false if none or bad pattern.")
def find(text: bytes, pattern: bytes) -> tuple[str, bool]:
    c = _compile(pattern)
    m = c.regex.search(text_or_empty(text)) if c is not None else None
    return (m.group(0), True) if m is not None else ("", False)


@regex_builtin("regex.find-all", "( ..a String String -- ..a V Bool )",
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


@regex_builtin("regex.replace", "( ..a String String String -- ..a String Bool )",
              "Replace the first match (text pattern replacement); false on a bad pattern.")
def replace_first(text: bytes, pattern: bytes, replacement: bytes) -> tuple[str, bool]:
    return _replace(text, pattern, replacement, 1)


@regex_builtin("regex.replace-all", "( ..a String String String -- ..a String Bool )",
              "Replace every match (text pattern replacement); false on a bad pattern.")
def replace_all(text: bytes, pattern: bytes, replacement: bytes) -> tuple[str, bool]:
    return _replace(text, pattern, replacement, 0)


@regex_builtin("regex.captures", "( ..a String String -- ..a V Bool )",
              "Capture groups of the first match as a list; false if no match or bad pattern.")
def captures(text: bytes, pattern: bytes) -> tuple[list[str], bool]:
    c = _compile(pattern)
    m = c.regex.search(text_or_empty(text)) if c is not None else None
    if m is None:
        return [], False
    return [g or "" for g in m.groups()], True


@regex_builtin("regex.split", "( ..a String String -- ..a V Bool )",
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


@regex_builtin("regex.valid?", "( ..a String -- ..a Bool )",
              "True if the string compiles as a regular expression.")
def valid(pattern: bytes) -> bool:
    return _compile(pattern) is not None

