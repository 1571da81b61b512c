"""The `process` family of builtins."""

CATEGORY = "diagnostics"  # of its builtins, unless a declaration says otherwise
