"""The `files` family of builtins."""

CATEGORY = "fs"  # of its builtins, unless a declaration says otherwise
