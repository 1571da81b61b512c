"""The `math` family of builtins."""

CATEGORY = "float"  # of its builtins, unless a declaration says otherwise
