"""The `compress` family of builtins."""

CATEGORY = "text"  # of its builtins, unless one says otherwise
