"""The `testing` family of builtins."""
