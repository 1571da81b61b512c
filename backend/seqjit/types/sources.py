"""Text to checked program: the calls the command line, corpus and tests use.

Errors are collected in the result, never raised; garbage input must not
reach the user as a Python exception.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..diagnostics import SeqError, Source
from ..ffi.registry import Manifests
from ..syntax import ast
from ..syntax.parser import parse
from .program import CheckedProgram, check_modules


def check_file(path: Path, ffi: Manifests | None = None,
               read: list[ast.Module] | None = None) -> CheckedProgram:
    """Parse, resolve includes and type-check the file at `path`, with the
    words of every manifest registered in `ffi` (--ffi-manifest). `read`, if
    given, receives every module the program is made of."""
    manifests = ffi or Manifests()

    def load() -> list[ast.Module]:
        resolver = manifests.resolver()
        modules = [*resolver.load_file(path), *manifests.bound(resolver)]
        if read is not None:
            read.extend(modules)
        return modules

    return _checked(load, str(path))


def check_source(text: str, name: str = "<input>", base_dir: Path | None = None) -> CheckedProgram:
    """The same for text not in a file; relative includes resolve from `base_dir`."""

    def load() -> list[ast.Module]:
        module = parse(Source(name, text))
        return [module, *Manifests().resolver().expand(module, base_dir or Path.cwd())]

    return _checked(load, name)


def _checked(load: Callable[[], list[ast.Module]], name: str) -> CheckedProgram:
    try:
        return check_modules(load())
    except SeqError as e:
        return CheckedProgram(errors=[e])
    except RecursionError:
        return CheckedProgram(errors=[SeqError("error", f"{name}: nesting too deep")])
