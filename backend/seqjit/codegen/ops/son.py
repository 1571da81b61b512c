"""`son.dump` and `son.dump-pretty`: host ops (seqjit.runtime.son)."""

from __future__ import annotations

from ...runtime import son as _son  # noqa: F401 - registers the host ops
from .hostops import register_family

register_family("son")
