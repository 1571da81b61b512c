"""The `process` family of builtins."""
