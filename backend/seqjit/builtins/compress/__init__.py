"""The `compress` family of builtins."""
