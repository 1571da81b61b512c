"""The `collections` family of builtins."""

CATEGORY = "list"  # of its builtins, unless one says otherwise
