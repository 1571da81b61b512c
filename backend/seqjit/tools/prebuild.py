"""`python -m seqjit.tools.prebuild`: build the cache entries an installation
carries (seqjit/cache.py's `shipped_root`): the runtime compiled for this
machine (for one worker and for one per CPU) and the builtins'
declarations, so that a first start with an empty user cache loads them
instead of compiling the runtime. `make` runs it after
installing; it is quick when they are current."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    """Build the entries for one worker and for as many as the CPUs (what
    SEQ_THREADS=0 and the default give; runtime/threads.py), each in a
    process of its own: the worker count is fixed when the runtime loads."""
    if len(sys.argv) > 1:  # a worker count, in a child
        return build()
    counts = sorted({"1", str(len(os.sched_getaffinity(0)))})
    for count in counts:
        done = subprocess.run([sys.executable, "-m", "seqjit.tools.prebuild", count],
                              env={**os.environ, "SEQ_THREADS": count})
        if done.returncode:
            return done.returncode
    return 0


def build() -> int:
    # The entries are built as a user's start builds its own, into the
    # installation's directory instead of the user's.
    os.environ["XDG_CACHE_HOME"] = str(Path(sys.prefix) / "share")
    os.environ.pop("SEQJIT_SHIPPED_CACHE", None)
    from ..cache import cache_root, shipped_root

    assert cache_root() == shipped_root()
    from ..live.session import Session

    with tempfile.TemporaryDirectory() as tmp:  # a program, for the builtins' declarations
        empty = Path(tmp) / "empty.seq"
        empty.write_text(": main ( -- ) ;\n")
        return Session().run_file(empty).exit_code


if __name__ == "__main__":
    sys.exit(main())
