"""Runs a `%%python` cell's code in a process of its own. The code's
stdout and stderr share one pipe, so what it prints arrives in the order it
was printed; an exception's traceback (its lines numbered as the cell's) is
written as JSON to a pipe of its own, named by $SEQKERNEL_TRACEBACK_FD, so
the cell shows it once, as its error, and never also as output.
Run as a script: `python -m seqkernel.pycell CODE`."""

from __future__ import annotations

import json
import linecache
import os
import sys
import traceback

TRACEBACK_FD = "SEQKERNEL_TRACEBACK_FD"  # the variable naming the report pipe


def main(code: str) -> int:
    # The cell's lines in the traceback, as for a file.
    linecache.cache["<cell>"] = (len(code), None, code.splitlines(True), "<cell>")
    try:
        exec(compile(code, "<cell>", "exec"), {"__name__": "__main__"})
    except SystemExit:
        raise
    except BaseException as e:  # noqa: BLE001 - any failure of the cell is its error
        sys.stdout.flush()
        sys.stderr.flush()
        frames = traceback.extract_tb(e.__traceback__)[1:]  # without this runner's frame
        lines = ["Traceback (most recent call last):\n", *traceback.format_list(frames),
                 *traceback.format_exception_only(type(e), e)]
        with os.fdopen(int(os.environ[TRACEBACK_FD]), "w") as report:
            json.dump({"ename": type(e).__name__, "evalue": str(e),
                       "traceback": "".join(lines).rstrip("\n").split("\n")}, report)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
