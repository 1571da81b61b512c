"""Where seqjit keeps what it can rebuild: compiled objects, the runtime's IR,
the builtins' declarations. Importing this module loads nothing heavy."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """`$XDG_CACHE_HOME/seqjit` (default `~/.cache/seqjit`)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "seqjit"
