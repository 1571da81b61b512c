"""Every builtin's declaration, and the table of emitters the code generator
reads.

A builtin is declared once, where it is implemented, with its name, stack
effect (Seq's own notation), doc and category:

- an emitter in `builtins/<family>/ops.py`, decorated with `builtin`;
- a Python function in `builtins/<family>/runtime.py`, decorated with
  `host_builtin` (seqjit.runtime.hostops) or, for `net.*`, `net_builtin`.

An alias is one more declaration of the same emitter (stack the decorators):
each name has its own effect and doc. The category defaults to the family's,
stated once as `CATEGORY` in `builtins/<family>/__init__.py`.

What holds: a name is declared at most once and implemented at most once (a
second time raises); `seqjit.builtins.all` imports every family, after which
every declared name has an emitter in `OPS` (tests/builtins checks it).
This module imports nothing heavy: the host-op machinery declares through it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..codegen.words import OpEmitter

PACKAGE = __name__.rpartition(".")[0]  # "seqjit.builtins"


@dataclass(frozen=True)
class Builtin:
    """One builtin as declared. `implementation` says how the code generator
    compiles it ("emitter", "host op", "net op") and `where` names the Python
    object that does it (module:name), for messages."""

    name: str
    effect: str
    category: str
    doc: str
    family: str
    implementation: str
    where: str


DECLARED: dict[str, Builtin] = {}
OPS: dict[str, OpEmitter] = {}
# Builtins that touch only Int, Float and Bool values, so words made of them
# can get a native-signature version.
NATIVE_OPS: set[str] = set()
# Builtins that push a copy of the value so deep (0 = the top; PICKED: as
# deep as the Int literal written just before says), and builtins whose
# emitter can take its top input borrowed (`FunctionCompiler.borrowed`),
# by how many inputs they take: a copy made just before such a builtin,
# of a value below those inputs, is never counted (FunctionCompiler.lends).
PICKED = -1
COPIES: dict[str, int] = {}
BORROWS: dict[str, int] = {}


def family_of(module: str) -> str:
    """The family a module of `seqjit.builtins` belongs to:
    `seqjit.builtins.strings.ops` -> `strings`."""
    prefix = PACKAGE + "."
    assert module.startswith(prefix), f"{module} is not in a family of {PACKAGE}"
    return module[len(prefix):].split(".")[0]


def declare_builtin(name: str, effect: str, doc: str, impl: Callable, implementation: str,
            category: str | None = None) -> Builtin:
    """Record the declaration of builtin `name`, implemented by `impl`
    (defined in its family's package); the category defaults to the family's."""
    family = family_of(impl.__module__)
    if category is None:
        category = sys.modules[f"{PACKAGE}.{family}"].CATEGORY
    where = f"{impl.__module__}:{getattr(impl, '__qualname__', impl)}"
    spec = Builtin(name, effect, category, doc, family, implementation, where)
    if name in DECLARED:
        raise ValueError(
            f"builtin '{name}' declared twice: {DECLARED[name].where} and {where}")
    DECLARED[name] = spec
    return spec


def implement(name: str, emitter: OpEmitter, native: bool = False) -> None:
    """Make `emitter` the code generator's way of compiling builtin `name`."""
    if name in OPS:
        raise ValueError(f"builtin '{name}' implemented twice")
    OPS[name] = emitter
    if native:
        NATIVE_OPS.add(name)


def builtin(name: str, effect: str, doc: str, *, category: str | None = None,
            native: bool = False, copies: int | None = None,
            borrows: int = 0) -> Callable[[OpEmitter], OpEmitter]:
    """Declare builtin `name`, compiled by the decorated emitter. `native`:
    it touches only Int, Float and Bool values. `copies`: it pushes a copy
    of the value that deep (see COPIES); `borrows`: it takes that many
    inputs and can borrow the top one (see BORROWS)."""

    def register(fn: OpEmitter) -> OpEmitter:
        declare_builtin(name, effect, doc, fn, "emitter", category)
        implement(name, fn, native)
        if copies is not None:
            COPIES[name] = copies
        if borrows:
            BORROWS[name] = borrows
        return fn

    return register


def unimplemented() -> list[str]:
    """Declared builtins without an emitter, and emitters of undeclared names
    (each named with where it was declared or implemented)."""
    missing = [f"builtin '{n}' ({spec.where}) has no implementation"
               for n, spec in DECLARED.items() if n not in OPS]
    stray = [f"builtin '{n}' is implemented but never declared" for n in OPS if n not in DECLARED]
    return missing + stray


def check_complete() -> None:
    """Raise unless every declared builtin, and only those, can be compiled."""
    problems = unimplemented()
    if problems:
        raise RuntimeError("; ".join(problems))
