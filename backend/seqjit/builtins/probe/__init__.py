"""The `probe` family: `~~`, which prints the stack with its types."""

CATEGORY = "diagnostics"  # of its builtins, unless a declaration says otherwise
