"""The `strings` family of builtins."""
