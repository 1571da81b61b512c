"""Loading a manifest's libraries into the process and resolving its symbols.

Each bound C function gets a JIT symbol of its own, `seq.ffi.LIBRARY.C_NAME`,
set to the address found in that library (so a `readline` is libedit's even
if another library in the process has one too); compiled words call it
directly. Loading is done once per library per process, and a library is
never unloaded: compiled code may call it for as long as the process lives.
A missing library or symbol is an error here, before anything is compiled.
"""

from __future__ import annotations

import ctypes
import os
import threading

from llvmlite import binding as llvm

from ..diagnostics import SeqError
from .model import Function, Library, Manifest

_loaded: dict[str, ctypes.CDLL] = {}  # library file -> its handle, kept for ever
_lock = threading.Lock()


def symbol_name(function: Function) -> str:
    """The JIT symbol compiled code calls `function` by."""
    return f"seq.ffi.{function.library}.{function.c_name}"


def bind(manifest: Manifest) -> None:
    """Load every library of `manifest` and resolve every function it binds;
    raises SeqError naming what was looked for and where."""
    with _lock:
        for library in manifest.libraries:
            handle, path = _load(library, manifest.path)
            for function in library.functions:
                try:
                    address = ctypes.cast(getattr(handle, function.c_name), ctypes.c_void_p).value
                except AttributeError:
                    raise SeqError(
                        "ffi error",
                        f"{manifest.path}: function '{function.c_name}' (bound as "
                        f"'{function.seq_name}') is not in {path}, the library of "
                        f"'{library.name}' (link = \"{library.link}\")",
                    ) from None
                llvm.add_symbol(symbol_name(function), address)


def _load(library: Library, manifest: str) -> tuple[ctypes.CDLL, str]:
    candidates = _candidates(library.link)
    for path in candidates:
        if path in _loaded:
            return _loaded[path], path
        try:
            handle = ctypes.CDLL(path, mode=os.RTLD_NOW | os.RTLD_GLOBAL)
        except OSError:
            continue
        _loaded[path] = handle
        return handle, path
    raise SeqError(
        "ffi error",
        f"{manifest}: library '{library.name}' (link = \"{library.link}\") not found: "
        f"looked for {', '.join(dict.fromkeys(candidates))} in the system's library path",
        notes=[f"install the library (e.g. apt-get install lib{library.link}-dev, or the "
               "runtime package that provides it)"],
    )


def _candidates(link: str) -> list[str]:
    """File names `link` may name, most likely first: what the system's
    library cache finds for it, then lib<link>.so, then <link> as given."""
    import ctypes.util  # here: it loads subprocess, which a start needs no more

    found = ctypes.util.find_library(link)
    names = [found] if found else []
    names.append(f"lib{link}.so")
    if "." in link:
        names.append(link)
    return names
