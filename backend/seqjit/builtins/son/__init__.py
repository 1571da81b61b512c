"""The `son` family of builtins."""
