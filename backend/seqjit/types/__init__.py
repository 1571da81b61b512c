"""Syntax -> types: type terms, unification, the builtin table, the checker."""
