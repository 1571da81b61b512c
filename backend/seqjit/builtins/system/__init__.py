"""The `system` family of builtins."""
