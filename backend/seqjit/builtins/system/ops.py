"""`os.*` builtins (but os.exit, in process.py): host ops (seqjit.runtime.system)."""

from __future__ import annotations

from ..hostops import register_family
from . import runtime as _runtime  # noqa: F401 - registers the host ops

register_family("os")
