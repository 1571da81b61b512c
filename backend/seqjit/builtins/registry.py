"""The table of builtins the code generator emits itself, by name."""

from __future__ import annotations

from ..codegen.words import OpEmitter

OPS: dict[str, OpEmitter] = {}
# Builtins that touch only Int, Float and Bool values, so words made of them
# can get a native-signature version.
NATIVE_OPS: set[str] = set()


def op(*names: str, native: bool = False):
    """Register the decorated emitter for each builtin in `names`."""

    def register(fn: OpEmitter) -> OpEmitter:
        for name in names:
            OPS[name] = fn
            if native:
                NATIVE_OPS.add(name)
        return fn

    return register
