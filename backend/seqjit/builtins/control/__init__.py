"""The `control` family of builtins."""

CATEGORY = "callable"  # of its builtins, unless one says otherwise
