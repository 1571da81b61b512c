"""`:ffi FILE`: bind an FFI manifest's C functions as words of the live
session (REPL or notebook). Its libraries are loaded at once; its words
then complete, show in `:see` and `:words`, and `include ffi:NAME` of one
of its libraries, later, finds it."""

from __future__ import annotations

from pathlib import Path

from . import present, render
from .completion import file_argument
from .events import CommandOutput, Defined
from .registry import Command, failure


def _ffi(shell, arg: str) -> CommandOutput:
    if not arg:
        return failure("usage: :ffi FILE (an FFI manifest, TOML)")
    path = Path(arg).expanduser()
    result = shell.session.bind_manifest(path)
    if not result.ok:
        return CommandOutput(render.join(render.error(e) for e in result.errors), ok=False)
    words = [*result.defined, *result.redefined]
    said = present.defined_message(Defined(tuple(result.defined), tuple(result.redefined)))
    count = f"{len(words)} word{'s' if len(words) != 1 else ''}"
    return CommandOutput(render.styled(f"Bound {path}: {count}. {said}", render.OK))


FFI = Command("ffi", "FILE", "bind the C functions of an FFI manifest (TOML) as words", _ffi,
              complete=file_argument)
