"""The `collections` family of builtins."""
