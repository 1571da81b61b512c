"""`os.*` (but os.exit, in process.py): the environment, the working and
home directories, path tests and path arithmetic, the platform's name.

Paths and names that are not UTF-8 read as "" (the reference's
`as_str_or_empty`); paths given back are made UTF-8 lossily. Path
arithmetic follows Rust's `std::path` on Unix, which the reference uses:
`path-join` replaces the base when the piece is absolute; `path-parent`
and `path-filename` work on components, so "a/b/" has parent "a" and file
name "b", "a/." has file name "a", ".." and "/" have no file name, and "/"
and "" have no parent ("a" has the parent "").
"""

from __future__ import annotations

import os
import platform
import sys

from ...runtime.hostops import text_or_empty, utf8_or_fail
from ..hostops import host_builtin


def _path(data: bytes) -> str:
    return text_or_empty(data)


def _lossy(path: str | bytes) -> bytes:
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="replace").encode()


@host_builtin("os.getenv", "( ..a String -- ..a String Bool )",
              "Value of an environment variable; flag is false when unset.")
def getenv(name: bytes) -> tuple[bytes, bool]:
    key = text_or_empty(name).encode()
    value = os.environb.get(key) if key and b"=" not in key and b"\0" not in key else None
    return utf8_or_fail(value)


@host_builtin("os.home-dir", "( ..a -- ..a String Bool )",
              "The user's home directory; flag is false if unknown.")
def home_dir() -> tuple[bytes, bool]:
    return getenv(b"HOME")


@host_builtin("os.current-dir", "( ..a -- ..a String Bool )",
              "The working directory; flag is false if unknown.")
def current_dir() -> tuple[bytes, bool]:
    try:
        return _lossy(os.getcwdb()), True
    except OSError:
        return b"", False


@host_builtin("os.path-exists", "( ..a String -- ..a Bool )",
              "True if anything exists at the path.")
def path_exists(path: bytes) -> bool:
    return bool(_path(path)) and os.path.exists(_path(path))


@host_builtin("os.path-is-file", "( ..a String -- ..a Bool )",
              "True if the path names a regular file.")
def path_is_file(path: bytes) -> bool:
    return bool(_path(path)) and os.path.isfile(_path(path))


@host_builtin("os.path-is-dir", "( ..a String -- ..a Bool )", "True if the path names a directory.")
def path_is_dir(path: bytes) -> bool:
    return bool(_path(path)) and os.path.isdir(_path(path))


@host_builtin("os.path-join", "( ..a String String -- ..a String )",
              "Join two path pieces with the separator.")
def path_join(base: bytes, piece: bytes) -> str:
    b, p = _path(base), _path(piece)
    if p.startswith("/"):
        return p
    if not b or b.endswith("/"):
        return b + p
    return b + "/" + p


def components(path: str) -> list[tuple[str, int, int]]:
    """Rust's `Path::components` on Unix: (kind, start, end) with kind one of
    "root", "cur" (a leading "."), "parent" (".."), "normal"; other "."
    pieces and repeated separators are skipped."""
    out: list[tuple[str, int, int]] = []
    i = 0
    if path.startswith("/"):
        out.append(("root", 0, 1))
        i = 1
    first = True
    n = len(path)
    while i <= n:
        j = path.find("/", i)
        j = n if j < 0 else j
        piece = path[i:j]
        if piece == "." and first and not out:
            out.append(("cur", i, j))
        elif piece == "..":
            out.append(("parent", i, j))
        elif piece and piece != ".":
            out.append(("normal", i, j))
        first = False
        i = j + 1
    return out


@host_builtin("os.path-parent", "( ..a String -- ..a String Bool )",
              "Parent of a path; flag is false when there is none (root).")
def path_parent(path: bytes) -> tuple[str, bool]:
    text = _path(path)
    parts = components(text)
    if not parts or parts[-1][0] == "root":
        return "", False
    if len(parts) == 1:
        return "", True
    return text[:parts[-2][2]], True


@host_builtin("os.path-filename", "( ..a String -- ..a String Bool )",
              "Last component of a path; flag is false when there is none.")
def path_filename(path: bytes) -> tuple[str, bool]:
    text = _path(path)
    parts = components(text)
    if not parts or parts[-1][0] != "normal":
        return "", False
    _, start, end = parts[-1]
    return text[start:end], True


def os_name() -> str:
    for prefix, name in (("darwin", "darwin"), ("linux", "linux"), ("win", "windows"),
                         ("freebsd", "freebsd"), ("openbsd", "openbsd"), ("netbsd", "netbsd")):
        if sys.platform.startswith(prefix):
            return name
    return "unknown"


def os_arch() -> str:
    machine = platform.machine().lower()
    aliases = {"amd64": "x86_64", "arm64": "aarch64", "i386": "x86", "i686": "x86",
               "armv7l": "arm", "armv6l": "arm"}
    machine = aliases.get(machine, machine)
    return machine if machine in ("x86_64", "aarch64", "arm", "x86", "riscv64") else "unknown"


@host_builtin("os.name", "( ..a -- ..a String )", "Operating system name, e.g. linux.")
def name() -> str:
    return os_name()


@host_builtin("os.arch", "( ..a -- ..a String )", "CPU architecture name, e.g. x86_64.")
def arch() -> str:
    return os_arch()

