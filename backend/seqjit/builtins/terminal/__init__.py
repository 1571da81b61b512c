"""The `terminal` family of builtins."""
