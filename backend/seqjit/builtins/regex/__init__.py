"""The `regex` family of builtins."""
