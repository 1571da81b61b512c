"""The `files` family of builtins."""
