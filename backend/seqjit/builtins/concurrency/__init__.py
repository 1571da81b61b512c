"""The `concurrency` family of builtins."""

CATEGORY = "concurrency"  # of its builtins, unless a declaration says otherwise
