"""`file.*` and `dir.*`: whole-file reads and writes, line-by-line reading,
directories. Paths that are not UTF-8 read as "" (so they fail), as in the
reference; contents are bytes, never re-encoded. Failures give the
reference's values (false, "", 0, an empty list), never an error.

`file.for-each-line` runs Seq code for each line, so it is a runtime
function over the data stack that loops in IR, asking the host for one
line at a time (a file handle lives in the host between calls): each line
comes without its "\\n" or "\\r\\n" and then gets a "\\n"; a line that is not
UTF-8 stops the loop with false, as the reference's reader does.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable
from typing import BinaryIO

from llvmlite import ir

from ...runtime.host import HostContext, service
from ...runtime.hostops import string_bytes, text_or_empty
from ...runtime.irkit import I64, PTR, Fn, Var, const, extern, loop, runtime_fn
from ...runtime.layout import FALSE, TRUE
from ..hostops import host_builtin

LINE_EOF, LINE_ERROR = 0, 2  # what the file_line service gives instead of a String


def _path(data: bytes) -> str:
    return text_or_empty(data)


@host_builtin("file.slurp", "( ..a String -- ..a String Bool )",
              "Read a whole file by path; flag is false if missing or unreadable.")
def slurp(path: bytes) -> tuple[bytes, bool]:
    try:
        with open(_path(path), "rb") as f:
            return f.read(), True
    except (OSError, ValueError):
        return b"", False


@host_builtin("file.exists?", "( ..a String -- ..a Bool )", "True if a file exists at the path.")
def exists(path: bytes) -> bool:
    return bool(_path(path)) and os.path.exists(_path(path))


def _write(path: bytes, content: bytes, mode: str) -> bool:
    try:
        with open(_path(path), mode) as f:
            f.write(content)
        return True
    except (OSError, ValueError):
        return False


@host_builtin("file.spit", "( ..a String String -- ..a Bool )",
              "Write content to a path (content path), replacing it; false on failure.")
def spit(content: bytes, path: bytes) -> bool:
    return _write(path, content, "wb")


@host_builtin("file.append", "( ..a String String -- ..a Bool )",
              "Append content to a path (content path), creating it; false on failure.")
def append(content: bytes, path: bytes) -> bool:
    return _write(path, content, "ab")


@host_builtin("file.delete", "( ..a String -- ..a Bool )", "Remove a file; false on failure.")
def delete(path: bytes) -> bool:
    try:
        os.unlink(_path(path))
        return True
    except (OSError, ValueError):
        return False


@host_builtin("file.size", "( ..a String -- ..a Int Bool )",
              "Size of a file in bytes; flag is false if it cannot be found.")
def size(path: bytes) -> tuple[int, bool]:
    try:
        return os.stat(_path(path)).st_size, True
    except (OSError, ValueError):
        return 0, False


@host_builtin("dir.exists?", "( ..a String -- ..a Bool )",
              "True if a directory exists at the path.")
def dir_exists(path: bytes) -> bool:
    return bool(_path(path)) and os.path.isdir(_path(path))


@host_builtin("dir.make", "( ..a String -- ..a Bool )",
              "Create a directory including missing parents; false on failure.")
def dir_make(path: bytes) -> bool:
    """With missing parents; true if it is already a directory."""
    p = _path(path)
    if not p:
        return True  # as Rust's create_dir_all("")
    try:
        os.makedirs(p, exist_ok=True)
        return True
    except (OSError, ValueError):
        return False


@host_builtin("dir.delete", "( ..a String -- ..a Bool )",
              "Remove an empty directory; false on failure.")
def dir_delete(path: bytes) -> bool:
    try:
        os.rmdir(_path(path))
        return True
    except (OSError, ValueError):
        return False


@host_builtin("dir.list", "( ..a String -- ..a V Bool )",
              "List of entry names in a directory; flag is false if it cannot be read.")
def dir_list(path: bytes) -> tuple[list[bytes], bool]:
    """Entry names in the directory's own order, without names that are not UTF-8."""
    p = _path(path)
    try:
        names = os.listdir(os.fsencode(p)) if p else None
    except (OSError, ValueError):
        names = None
    if names is None:
        return [], False
    utf8 = []
    for n in names:
        try:
            n.decode("utf-8")
        except UnicodeDecodeError:
            continue
        utf8.append(n)
    return utf8, True


# --- file.for-each-line --------------------------------------------------------------------


class LineFiles:
    """Files open for file.for-each-line, by handle (> 2, odd: never a value)."""

    def __init__(self) -> None:
        self.files: dict[int, BinaryIO] = {}
        self.next = 3

    def open(self, path: str) -> int:
        try:
            f = open(path, "rb")  # noqa: SIM115 - closed by next_line at the end
        except (OSError, ValueError):
            return 0
        handle = self.next
        self.next += 2
        self.files[handle] = f
        return handle

    def next_line(self, handle: int) -> bytes | None | bool:
        """The next line (without its end of line), None at the end, False on
        an error (not UTF-8); the file is closed when this is not a line."""
        f = self.files.get(handle)
        if f is None:
            return None
        try:
            line = f.readline()
            if line:
                if line.endswith(b"\n"):
                    line = line[:-2] if line.endswith(b"\r\n") else line[:-1]
                line.decode("utf-8")
                return line
            result: bytes | None | bool = None
        except (OSError, UnicodeDecodeError):
            result = False
        f.close()
        del self.files[handle]
        return result


def line_files(host: HostContext) -> LineFiles:
    return host.state(LineFiles, LineFiles)


@service("file_lines_open", ctypes.c_int64, ctypes.c_int64)
def _file_lines_open(host: HostContext) -> Callable[[int], int]:
    return lambda path: line_files(host).open(_path(string_bytes(path)))


@service("file_line", ctypes.c_int64, ctypes.c_int64)
def _file_line(host: HostContext) -> Callable[[int], int]:
    def next_line(handle: int) -> int:
        line = line_files(host).next_line(handle)
        if line is None:
            return LINE_EOF
        if not isinstance(line, bytes):  # False: not UTF-8, or unreadable
            return LINE_ERROR
        return host.string(line + b"\n")

    return next_line


extern("seq_rt_invoke", PTR, [I64, PTR],
       "builtins/collections/runtime.py: call a quotation (borrowed) on the data stack at sp.")


@runtime_fn("seq_rt_file_for_each_line")
def for_each_line(f: Fn, sp: ir.Value) -> ir.Value:
    """`file.for-each-line` ( path quotation -- Bool ) on the data stack at
    `sp`: runs the quotation on each line of the file, read through the
    host one at a time. Consumes both; pushes true when the whole file was
    read, false if it could not be opened or a line is not UTF-8."""
    b = f.b
    quotation = b.load(b.gep(sp, [const(-1)], source_etype=I64), typ=I64)
    base = b.gep(sp, [const(-2)], source_etype=I64)
    path = b.load(base, typ=I64)
    handle = f.host_call("file_lines_open", I64, path)
    f.call("seq_decref", path)
    top = Var(b, PTR, base)  # where the next line goes
    line = Var(b, I64)  # a String, or LINE_EOF / LINE_ERROR
    with loop(b) as lines:
        line.set(const(LINE_ERROR))  # when the file did not open
        with b.if_then(b.icmp_unsigned("!=", handle, const(0))):
            line.set(f.host_call("file_line", I64, handle))
        lines.exit_if(b.icmp_unsigned("<=", line.get(), const(LINE_ERROR)))
        b.store(line.get(), top.get())
        top.set(f.call("seq_rt_invoke", quotation, b.gep(top.get(), [const(1)], source_etype=I64)))
    f.call("seq_decref", quotation)
    whole_file = b.icmp_unsigned("==", line.get(), const(LINE_EOF))
    b.store(b.select(whole_file, const(TRUE), const(FALSE)), top.get())
    return b.gep(top.get(), [const(1)], source_etype=I64)

