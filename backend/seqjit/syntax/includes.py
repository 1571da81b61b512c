"""Include resolution: `include "path"` relative to the including file,
`include std:NAME` from seqjit's std/ directory, `include ffi:NAME` from
the FFI manifests the resolver is given (`ffi`: NAME -> the module of the
words it binds; seqjit.ffi.registry makes it).

Like the reference, each file or std module is taken once per program: a
duplicate include, or one that closes a cycle, adds nothing. A program's
modules come out root first, then each include's (recursively) in order.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ..diagnostics import SeqError, Source, Span
from . import ast
from .parser import parse

STD_DIR = Path(__file__).resolve().parent.parent / "std"
# A std module is a plain name: no '/' or '..' to reach files outside STD_DIR.
_STD_NAME = re.compile(r"[A-Za-z0-9_-]+")


def std_modules() -> list[str]:
    return sorted(p.stem for p in STD_DIR.glob("*.seq"))


@cache
def std_definitions() -> dict[str, tuple[str, ast.WordDef]]:
    """Every std module's words: name -> (module, its definition); the
    first module defining a name has it."""
    words: dict[str, tuple[str, ast.WordDef]] = {}
    for module in std_modules():
        try:
            parsed = parse(read_source(STD_DIR / f"{module}.seq", f"<std:{module}>"))
        except SeqError:
            continue
        for word in parsed.words:
            words.setdefault(word.name, (module, word))
    return words


def std_module_of(name: str) -> str | None:
    """The std module that defines the word `name`, if one does."""
    found = std_definitions().get(name)
    return found[0] if found is not None else None


SOURCE_LIMIT = 64 * 1024 * 1024  # bytes: far past any program, short of exhausting memory


def read_source(path: Path, name: str | None = None) -> Source:
    """A program's text. Only a regular file is read: a device or a FIFO may
    never end (/dev/zero) or never give a byte (a FIFO with no writer)."""
    too_large = f"cannot read {path}: larger than {SOURCE_LIMIT // 2**20} MiB"
    try:
        # Non-blocking, so that opening a FIFO does not wait for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise SeqError("error", f"cannot read {path}: not a regular file")
            if info.st_size > SOURCE_LIMIT:
                raise SeqError("error", too_large)
            with open(fd, "rb", closefd=False) as f:
                data = f.read(SOURCE_LIMIT + 1)  # it may have grown since
        finally:
            os.close(fd)
        if len(data) > SOURCE_LIMIT:
            raise SeqError("error", too_large)
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SeqError("error", f"{path} is not UTF-8 text") from None
    except OSError as e:
        raise SeqError("error", f"cannot read {path}: {e.strerror}") from None
    return Source(name or str(path), text)


class IncludeResolver:
    """Expands includes; remembers what it has taken so each comes in once."""

    def __init__(self, ffi: Callable[[str, Span], ast.Module] | None = None) -> None:
        self.files: set[Path] = set()
        self.std: set[str] = set()
        self.ffi_libraries: set[str] = set()  # FFI libraries whose words are in already
        self.ffi = ffi

    def load_file(self, path: Path) -> list[ast.Module]:
        """Parse `path` and everything it includes."""
        module = parse(read_source(path))
        self.files.add(path.resolve())
        return [module, *self.expand(module, path.resolve().parent)]

    def expand(self, module: ast.Module, base_dir: Path) -> list[ast.Module]:
        """The modules `module`'s includes bring in, with relative paths
        taken from `base_dir`."""
        out: list[ast.Module] = []
        for inc in module.includes:
            if inc.kind == "ffi":
                if inc.target in self.ffi_libraries:
                    continue
                if self.ffi is None:
                    raise SeqError("include error",
                                   f"'include ffi:{inc.target}': no FFI manifests here", inc.span)
                out.append(self.ffi(inc.target, inc.span))
                self.ffi_libraries.add(inc.target)
                continue
            if inc.kind == "std":
                if inc.target in self.std:
                    continue
                if not _STD_NAME.fullmatch(inc.target):
                    raise SeqError(
                        "include error",
                        f"invalid standard module name 'std:{inc.target}' "
                        "(letters, digits, '-' and '_' only)",
                        inc.span,
                    )
                path = STD_DIR / f"{inc.target}.seq"
                if not path.is_file():
                    available = ", ".join(std_modules()) or "none yet"
                    raise SeqError(
                        "include error",
                        f"no standard module 'std:{inc.target}' (available: {available})",
                        inc.span,
                    )
                self.std.add(inc.target)
                included = parse(read_source(path, f"<std:{inc.target}>"))
                out.append(included)
                out.extend(self.expand(included, base_dir))
                continue
            path = self.relative_path(inc, base_dir)
            if path in self.files:
                continue
            out.extend(self.load_file(path))
        return out

    def relative_path(self, inc: ast.Include, base_dir: Path) -> Path:
        if not inc.target:
            raise SeqError("include error", "an include path cannot be empty", inc.span)
        if Path(inc.target).is_absolute():
            raise SeqError(
                "include error",
                f"include path '{inc.target}' is absolute; include paths are relative "
                "to the including file",
                inc.span,
            )
        path = base_dir / f"{inc.target}.seq"
        if not path.is_file():
            raise SeqError(
                "include error", f"include file '{inc.target}' not found at {path}", inc.span
            )
        return path.resolve()
