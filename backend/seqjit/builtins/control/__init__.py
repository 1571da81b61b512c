"""The `control` family of builtins."""

CATEGORY = "callable"  # of its builtins, unless a declaration says otherwise
