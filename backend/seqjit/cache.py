"""Where seqjit keeps what it can rebuild: compiled objects, the runtime's IR,
the builtins' declarations. Importing this module loads nothing heavy.

Every entry is written whole (to a temporary file, then renamed) behind a
header holding the SHA-256 of its content, and checked when read: a file
that was truncated, damaged on disk or edited reads as missing (and is
removed), so it is rebuilt. This matters most for objects: LLVM aborts the
process on a malformed object, and an abort cannot be caught.

An installation may carry entries of its own (`make` builds them:
`python -m seqjit.tools.prebuild`): the compiled runtime and the builtins'
declarations for this machine, under `share/seqjit` in Python's prefix,
laid out as the user's cache is. They are read when the user's cache lacks
an entry, so a first start with an empty cache need not compile the runtime
(as installed bytecode spares Python compiling its modules); they are never
written, touched or pruned at run time.

The cache is bounded: at start-up, at most once a day (a stamp file says
when it last happened), entries are removed least recently used first until
the whole takes at most `CACHE_LIMIT` bytes. Reading an entry marks it used.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

MAGIC = b"seqjit-cache 1 sha256 "  # then 64 hex digits and "\n", then the content
# In every entry's name: seqjit before checksums read `KEY.o` as a bare
# object, so an entry with a header must never have that name.
CHECKED = "checked"
HEADER_SIZE = len(MAGIC) + 64 + 1
CACHE_LIMIT = 256 * 1024 * 1024  # a day of heavy use makes a few tens of MB
PRUNE_EVERY = 24 * 3600.0  # seconds
STALE_TEMP = 3600.0  # a temporary file this old was left by a process that died
STAMP = ".pruned"


@cache
def source_key() -> str:
    """A key for what the runtime and the builtins' declarations are made
    from: the text of every module of `runtime/` and `builtins/`, and the
    llvmlite release (computed once per process)."""
    return _files_key("source", lambda parts: parts[0] in ("runtime", "builtins")
                      and parts[-1].endswith(".py"))


@cache
def compiler_key() -> str:
    """A key for everything a program's compiled code depends on besides its
    own text: all of seqjit's modules and std modules, and the llvmlite
    release (a script's compiled program is kept under it: live/programs.py)."""
    return _files_key("compiler", lambda parts: parts[-1].endswith(".py")
                      or parts[0] == "std" and parts[-1].endswith(".seq"))


@cache
def _package_files() -> list[tuple[tuple[str, ...], str, os.stat_result]]:
    """Every file of the package (its path's parts under the package, its
    path, its stat), in path order; bytecode left out. Strings, not Paths:
    this runs at every start, over some 300 files."""
    package = str(Path(__file__).parent)
    found = []
    for folder, dirs, files in os.walk(package):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        parts = () if folder == package else tuple(os.path.relpath(folder, package).split(os.sep))
        for name in files:
            path = os.path.join(folder, name)
            found.append(((*parts, name), path, os.stat(path)))
    return sorted(found, key=lambda file: file[0])


def _files_key(kind: str, chosen: Callable[[tuple[str, ...]], bool]) -> str:
    """A digest of the text of the package's `chosen` files. Hashing the
    text takes a start-up tens of milliseconds, so the key is kept beside a
    signature of the files' names, sizes and modification times, and taken
    from there while that still matches (as Python's bytecode cache does)."""
    import llvmlite  # its version only: the package's top is light

    sources = [(parts, path, info) for parts, path, info in _package_files() if chosen(parts)]
    signature = hashlib.sha256(llvmlite.__version__.encode())
    for _, path, info in sources:
        signature.update(f"{path}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    memo = cache_root() / f"{kind}-{signature.hexdigest()[:24]}.{CHECKED}.key"
    known = read_entry(memo)
    if known is not None:
        return known.decode()
    digest = hashlib.sha256(llvmlite.__version__.encode())
    for parts, path, _ in sources:
        digest.update("/".join(parts).encode() + b"\0")
        digest.update(Path(path).read_bytes())
    key = digest.hexdigest()[:24]
    write_entry(memo, key.encode())
    return key


def cache_root() -> Path:
    """`$XDG_CACHE_HOME/seqjit` (default `~/.cache/seqjit`)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "seqjit"


def shipped_root() -> Path | None:
    """Where an installation keeps the entries built with it:
    `$SEQJIT_SHIPPED_CACHE` if set (empty: nowhere), else share/seqjit
    under Python's prefix."""
    chosen = os.environ.get("SEQJIT_SHIPPED_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    return Path(sys.prefix) / "share" / "seqjit"


def write_entry(path: Path, content: bytes) -> None:
    """Store `content` at `path` with its checksum, atomically (a reader never
    sees half a file). A cache that cannot be written only costs speed."""
    header = MAGIC + hashlib.sha256(content).hexdigest().encode() + b"\n"
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(header)
            f.write(content)
        tmp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def read_entry(path: Path) -> bytes | None:
    """The content stored at `path` if it is there whole and unchanged, else
    the installation's entry of that name (see shipped_root); None if neither
    is (a damaged entry of the user's is removed, to be written again)."""
    content = _checked(path, own=True)
    root, shipped = cache_root(), shipped_root()
    if content is None and shipped is not None and shipped != root and path.is_relative_to(root):
        content = _checked(shipped / path.relative_to(root), own=False)
    return content


def _checked(path: Path, own: bool) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    content = data[HEADER_SIZE:]
    expected = MAGIC + hashlib.sha256(content).hexdigest().encode() + b"\n"
    if data[:HEADER_SIZE] != expected:
        if own:
            with contextlib.suppress(OSError):
                path.unlink()
        return None
    if own:
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: pruning keeps it longest
    return content


def prune(root: Path | None = None, limit: int = CACHE_LIMIT, every: float = PRUNE_EVERY) -> bool:
    """Bound the cache under `root` to `limit` bytes, least recently used
    entries first, unless that was done less than `every` seconds ago.
    Returns whether it ran. Never fails: a cache it cannot tidy stays."""
    root = root or cache_root()
    stamp = root / STAMP
    now = time.time()
    try:
        if now - stamp.stat().st_mtime < every:
            return False
    except OSError:
        pass  # never pruned (or no cache yet)
    try:
        root.mkdir(parents=True, exist_ok=True)
        stamp.touch()  # first, so concurrent start-ups do not all walk the tree
    except OSError:
        return False
    entries: list[tuple[float, int, Path]] = []
    for path in root.rglob("*"):
        try:
            info = path.lstat()
        except OSError:
            continue
        if not path.is_file() or path == stamp:
            continue
        if path.name.endswith(".tmp") and now - info.st_mtime > STALE_TEMP:
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        entries.append((info.st_mtime, info.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries, key=lambda e: e[0]):
        if total <= limit:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size
    for directory in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            directory.rmdir()  # only succeeds when empty (an old target's objects)
    return True
