"""`os.*` builtins (but os.exit, in process.py): host ops (seqjit.runtime.system)."""

from __future__ import annotations

from ...runtime import system as _system  # noqa: F401 - registers the host ops
from .hostops import register_family

register_family("os")
