"""The `signals` family of builtins."""
