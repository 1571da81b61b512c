"""The `math` family of builtins."""
