"""The `variants` family of builtins."""

CATEGORY = "adt"  # of its builtins, unless one says otherwise
