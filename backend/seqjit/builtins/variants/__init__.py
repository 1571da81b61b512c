"""The `variants` family of builtins."""

CATEGORY = "adt"  # of its builtins, unless a declaration says otherwise
