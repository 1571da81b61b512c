"""The `core` family of builtins."""

CATEGORY = "arith"  # of its builtins, unless one says otherwise
