"""The `terminal` family of builtins."""

CATEGORY = "os"  # of its builtins, unless one says otherwise
