"""`regex.*` builtins: host ops (seqjit.runtime.regex)."""

from __future__ import annotations

from ...runtime import regex as _regex  # noqa: F401 - registers the host ops
from .hostops import register_family

register_family("regex")
