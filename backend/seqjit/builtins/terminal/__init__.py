"""The `terminal` family of builtins."""

CATEGORY = "os"  # of its builtins, unless a declaration says otherwise
