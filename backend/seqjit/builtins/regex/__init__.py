"""The `regex` family of builtins."""

CATEGORY = "text"  # of its builtins, unless a declaration says otherwise
