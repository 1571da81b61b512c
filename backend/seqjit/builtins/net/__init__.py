"""The `net` family of builtins."""
