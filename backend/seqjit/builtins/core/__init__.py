"""The `core` family of builtins."""
