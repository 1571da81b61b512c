"""The `control` family of builtins."""
