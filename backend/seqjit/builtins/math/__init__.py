"""The `math` family of builtins."""

CATEGORY = "float"  # of its builtins, unless one says otherwise
