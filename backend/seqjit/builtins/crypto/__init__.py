"""The `crypto` family of builtins."""
