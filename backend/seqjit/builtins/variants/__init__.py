"""The `variants` family of builtins."""
