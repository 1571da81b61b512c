"""The `concurrency` family of builtins."""
