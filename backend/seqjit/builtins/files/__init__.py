"""The `files` family of builtins."""

CATEGORY = "fs"  # of its builtins, unless one says otherwise
