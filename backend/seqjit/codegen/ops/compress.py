"""`compress.*` builtins: host ops (seqjit.runtime.compress)."""

from __future__ import annotations

from ...runtime import compress as _compress  # noqa: F401 - registers the host ops
from .hostops import register_family

register_family("compress")
