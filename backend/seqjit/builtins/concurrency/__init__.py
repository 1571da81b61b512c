"""The `concurrency` family of builtins."""

CATEGORY = "concurrency"  # of its builtins, unless one says otherwise
