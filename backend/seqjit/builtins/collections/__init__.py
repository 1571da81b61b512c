"""The `collections` family of builtins."""

CATEGORY = "list"  # of its builtins, unless a declaration says otherwise
