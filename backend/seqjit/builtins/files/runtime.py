"""`file.*` and `dir.*`: whole-file reads and writes, line-by-line reading,
directories. Paths that are not UTF-8 read as "" (so they fail), as in the
reference; contents are bytes, never re-encoded. Failures give the
reference's values (false, "", 0, an empty list), never an error.

`file.for-each-line` runs Seq code for each line, so it is a runtime
function over the data stack that loops in IR, asking the host for one
line at a time (a file handle lives in the host between calls): each line
comes without its "\\n" or "\\r\\n" and then gets a "\\n"; a line that is not
UTF-8 stops the loop with false, as the reference's reader does.

Endless and blocking files. A regular file is read as the reference reads
it. What is not one (a device such as /dev/zero, a FIFO, a terminal) may
never end or never give a byte: it is read through `poll(2)`, a little at
a time, so Ctrl-C (the interrupt flag) stops the wait with the runtime
error "interrupted", and at most `STREAM_LIMIT` bytes are taken (all of
`file.slurp`'s content, one line of `file.for-each-line`); past that the
builtin is a runtime error (the reference reads until memory runs out).
A FIFO with no writer yet waits for one, as the reference's open does.
"""

from __future__ import annotations

import ctypes
import io
import os
import select
import stat
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from llvmlite import ir

from ...runtime.bindings import global_word
from ...runtime.host import HostContext, service
from ...runtime.hostops import SeqPanic, string_bytes, text_or_empty
from ...runtime.irkit import I64, PTR, Fn, Var, const, extern, loop, runtime_fn
from ...runtime.layout import FALSE, TRUE
from ...runtime.unwind import INTERRUPTED
from ..hostops import host_builtin

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

# What the file_line service gives instead of a String (never a String's address).
LINE_EOF, LINE_ERROR, LINE_INTERRUPTED, LINE_TOO_LONG = 0, 2, 4, 6
STREAM_LIMIT = 64 * 1024 * 1024  # bytes taken from what is not a regular file
POLL_MS = 50  # how long a wait for data goes without looking at the interrupt flag


def _path(data: bytes) -> str:
    return text_or_empty(data)


class Interrupted(Exception):
    pass


class _Polled(io.RawIOBase):
    """A descriptor that is not a regular file, opened non-blocking: each
    read waits for data `POLL_MS` at a time and raises Interrupted once the
    user interrupts."""

    def __init__(self, fd: int, interrupted: Callable[[], bool]) -> None:
        super().__init__()
        self.fd = fd
        self.interrupted = interrupted
        self.poller = select.poll()
        self.poller.register(fd, select.POLLIN)

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def readinto(self, buffer: WriteableBuffer) -> int:
        while True:
            # A FIFO no writer has opened yet polls as not ready (Linux), so
            # this waits for a writer; reading first would give a false end.
            while not self.poller.poll(POLL_MS):
                if self.interrupted():
                    raise Interrupted
            try:
                return os.readv(self.fd, [buffer])
            except BlockingIOError:
                continue

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


def open_for_reading(path: str, interrupted: Callable[[], bool]) -> tuple[BinaryIO, int]:
    """`path` opened for reading, and the most to take from it (-1: all,
    for a regular file). Raises OSError or ValueError as open() does."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)  # a FIFO's open never waits
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode) or stat.S_ISDIR(mode):  # a directory fails in open() below
            os.set_blocking(fd, True)
            return open(fd, "rb"), -1  # noqa: SIM115 - the caller closes it
        return io.BufferedReader(_Polled(fd, interrupted)), STREAM_LIMIT
    except BaseException:
        os.close(fd)
        raise


class Interrupts:
    """The interrupt flag the host sets (Ctrl-C) and compiled code polls."""

    def __init__(self, host: HostContext) -> None:
        self.flag = global_word(host.engine, "seq_interrupt_flag")

    def __call__(self) -> bool:
        return bool(self.flag.value)


def interrupts(host: HostContext) -> Interrupts:
    return host.state(Interrupts, lambda: Interrupts(host))


@host_builtin("file.slurp", "( ..a String -- ..a String Bool )",
              "Read a whole file by path; flag is false if missing or unreadable.",
              needs_host=True)
def slurp(host: HostContext, path: bytes) -> tuple[bytes, bool]:
    name = _path(path)
    try:
        f, limit = open_for_reading(name, interrupts(host))
        with f:
            data = f.read(limit if limit < 0 else limit + 1)
    except (OSError, ValueError):
        return b"", False
    except Interrupted:
        interrupts(host).flag.value = 0  # reported now, as seq_rt_interrupted does
        raise SeqPanic(INTERRUPTED) from None
    except MemoryError:
        raise SeqPanic(f"file.slurp: {name} does not fit in memory") from None
    if 0 <= limit < len(data):
        raise SeqPanic(f"file.slurp: {name} is not a regular file and gives more than "
                       f"{limit // 2**20} MiB (endless?)")
    return data, True


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
    """Files open for file.for-each-line, by handle (> 2, odd: never a value),
    each with the longest line to take from it (-1: any)."""

    def __init__(self, interrupted: Callable[[], bool]) -> None:
        self.files: dict[int, tuple[BinaryIO, int]] = {}
        self.next = 3
        self.interrupted = interrupted

    def open(self, path: str) -> int:
        try:
            opened = open_for_reading(path, self.interrupted)
        except (OSError, ValueError):
            return 0
        handle = self.next
        self.next += 2
        self.files[handle] = opened
        return handle

    def next_line(self, handle: int) -> bytes | int:
        """The next line (without its end of line), or else LINE_EOF at the
        end, LINE_ERROR (not UTF-8, unreadable), LINE_INTERRUPTED or
        LINE_TOO_LONG; the file is closed when this is not a line."""
        if handle not in self.files:
            return LINE_EOF
        f, limit = self.files[handle]
        try:
            line = f.readline(limit if limit < 0 else limit + 1)
            if 0 <= limit < len(line):
                result = LINE_TOO_LONG
            elif line:
                if line.endswith(b"\n"):
                    line = line[:-2] if line.endswith(b"\r\n") else line[:-1]
                line.decode("utf-8")
                return line
            else:
                result = LINE_EOF
        except (OSError, UnicodeDecodeError):
            result = LINE_ERROR
        except Interrupted:
            result = LINE_INTERRUPTED
        f.close()
        del self.files[handle]
        return result


def line_files(host: HostContext) -> LineFiles:
    return host.state(LineFiles, lambda: LineFiles(interrupts(host)))


@service("file_lines_open", ctypes.c_int64, ctypes.c_int64)
def _file_lines_open(host: HostContext) -> Callable[[int], int]:
    return lambda path: line_files(host).open(_path(string_bytes(path)))


@service("file_line", ctypes.c_int64, ctypes.c_int64)
def _file_line(host: HostContext) -> Callable[[int], int]:
    def next_line(handle: int) -> int:
        line = line_files(host).next_line(handle)
        return host.string(line + b"\n") if isinstance(line, bytes) else line

    return next_line


extern("seq_rt_invoke", PTR, [I64, PTR],
       "builtins/collections/runtime.py: call a quotation (borrowed) on the data stack at sp.")


@runtime_fn("seq_rt_file_for_each_line")
def for_each_line(f: Fn, sp: ir.Value) -> ir.Value:
    """`file.for-each-line` ( path quotation -- Bool ) on the data stack at
    `sp`: runs the quotation on each line of the file, read through the
    host one at a time. Consumes both; pushes true when the whole file was
    read, false if it could not be opened or a line is not UTF-8. An
    interrupted wait, or a line past STREAM_LIMIT, is a runtime error."""
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
        lines.exit_if(b.icmp_unsigned("<=", line.get(), const(LINE_TOO_LONG)))
        b.store(line.get(), top.get())
        top.set(f.call("seq_rt_invoke", quotation, b.gep(top.get(), [const(1)], source_etype=I64)))
    f.call("seq_decref", quotation)
    with b.if_then(b.icmp_unsigned("==", line.get(), const(LINE_INTERRUPTED))):
        f.call("seq_rt_interrupted")
        b.unreachable()
    with b.if_then(b.icmp_unsigned("==", line.get(), const(LINE_TOO_LONG))):
        too_long = (f"file.for-each-line: a line of more than {STREAM_LIMIT // 2**20} MiB "
                    "from a file that is not a regular file (endless?)")
        f.call("seq_rt_panic", f.cstring(too_long))
        b.unreachable()
    whole_file = b.icmp_unsigned("==", line.get(), const(LINE_EOF))
    b.store(b.select(whole_file, const(TRUE), const(FALSE)), top.get())
    return b.gep(top.get(), [const(1)], source_etype=I64)

