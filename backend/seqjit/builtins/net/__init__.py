"""The `net` family of builtins."""

CATEGORY = "tcp"  # of its builtins, unless a declaration says otherwise
