"""`crypto.*` builtins: host ops (seqjit.runtime.crypto)."""

from __future__ import annotations

from ...runtime import crypto as _crypto  # noqa: F401 - registers the host ops
from .hostops import register_family

register_family("crypto")
