"""The `net` family of builtins."""

CATEGORY = "tcp"  # of its builtins, unless one says otherwise
