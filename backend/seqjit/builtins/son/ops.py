"""`son.dump` and `son.dump-pretty`: host ops (seqjit.runtime.son)."""

from __future__ import annotations

from ..hostops import register_family
from . import runtime as _runtime  # noqa: F401 - registers the host ops

register_family("son")
