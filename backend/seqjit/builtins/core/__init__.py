"""The `core` family of builtins."""

CATEGORY = "arith"  # of its builtins, unless a declaration says otherwise
