"""Manifests by library name, for `include ffi:NAME`, and the words they bind.

A library name is found, in order, among the manifests registered in this
session (`--ffi-manifest`, `:ffi`), the ones seqjit ships (ffi/manifests/:
libedit) and the manifests on SEQ_FFI_PATH (a ':'-separated list of
directories holding NAME.toml, or of manifest files).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import SeqError, Source, Span
from ..syntax import ast
from . import loader
from .model import Manifest

if TYPE_CHECKING:  # imported where used: a kept script's run reads no Seq (nor TOML)
    from ..syntax.includes import IncludeResolver

BUILT_IN = Path(__file__).resolve().parent / "manifests"


class Manifests:
    def __init__(self) -> None:
        self.registered: dict[str, Manifest] = {}  # library name -> its manifest

    def register(self, manifest: Manifest) -> None:
        """Bind `manifest` (load its libraries) and make `include ffi:NAME`
        find each of its libraries."""
        loader.bind(manifest)
        for library in manifest.libraries:
            self.registered[library.name] = manifest

    def find(self, name: str, span: Span | None = None) -> Manifest:
        """The manifest binding library `name`, bound; raises SeqError."""
        manifest = self.registered.get(name) or self._on_path(name)
        if manifest is None:
            known = sorted({*self.registered, *(p.stem for p in BUILT_IN.glob("*.toml"))})
            raise SeqError(
                "include error",
                f"unknown FFI library 'ffi:{name}' (known: {', '.join(known)})",
                span,
                notes=["give its manifest with --ffi-manifest FILE or :ffi FILE, or put "
                       f"{name}.toml in a directory on SEQ_FFI_PATH"],
            )
        loader.bind(manifest)
        return manifest

    def include(self, name: str, span: Span) -> ast.Module:
        """What `include ffi:NAME` brings in (IncludeResolver's `ffi`)."""
        return library_module(self.find(name, span), name)

    def resolver(self) -> IncludeResolver:
        from ..syntax.includes import IncludeResolver

        return IncludeResolver(self.include)

    def bound(self, resolver: IncludeResolver) -> list[ast.Module]:
        """The words of every registered library `resolver` has not brought
        in yet (a program run with --ffi-manifest has them without an include)."""
        modules = []
        for name, manifest in self.registered.items():
            if name not in resolver.ffi_libraries:
                resolver.ffi_libraries.add(name)
                modules.append(library_module(manifest, name))
        return modules

    def _on_path(self, name: str) -> Manifest | None:
        from .manifest import load_manifest

        places = [BUILT_IN, *(Path(p) for p in os.environ.get("SEQ_FFI_PATH", "").split(":")
                              if p)]
        for place in places:
            if place.is_dir():
                candidate = place / f"{name}.toml"
                if candidate.is_file():
                    manifest = load_manifest(candidate)
                    if any(lib.name == name for lib in manifest.libraries):
                        return manifest
            elif place.is_file():
                manifest = load_manifest(place)
                if any(lib.name == name for lib in manifest.libraries):
                    return manifest
        return None


def library_module(manifest: Manifest, name: str | None = None) -> ast.Module:
    """The words binding library `name` of `manifest` (every library: None),
    as a module of word definitions whose bodies are the C calls."""
    source = Source(manifest.path, "")
    span = Span(source, 1, 1, 1, 1)
    words = [
        ast.WordDef(fn.seq_name, _effect(fn.inputs, fn.outputs, span), [], span, span,
                    foreign=fn)
        for library in manifest.libraries if name is None or library.name == name
        for fn in library.functions
    ]
    return ast.Module(source, words=words)


def _effect(inputs: list[str], outputs: list[str], span: Span) -> ast.EffectExpr:
    def side(names: list[str]) -> ast.StackExpr:
        return ast.StackExpr(None, [ast.TypeName(n, span) for n in names])

    return ast.EffectExpr(side(inputs), side(outputs), None, span)
