"""The `son` family of builtins."""

CATEGORY = "diagnostics"  # of its builtins, unless one says otherwise
