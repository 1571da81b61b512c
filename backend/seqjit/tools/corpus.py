"""Check every .seq file under a directory: `python -m seqjit.tools.corpus check DIR`.

Prints the rejections with their first error, then `N accepted, M rejected`,
and the time the slowest file took.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..types.sources import check_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m seqjit.tools.corpus")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="type-check every .seq file under DIR")
    check.add_argument("dirs", nargs="+", type=Path, metavar="DIR")
    check.add_argument("-v", "--verbose", action="store_true", help="print every error")
    args = parser.parse_args(argv)
    accepted = rejected = 0
    slowest = (0.0, "")
    for root in args.dirs:
        for path in sorted(root.rglob("*.seq")):
            start = time.perf_counter()
            program = check_file(path)
            elapsed = time.perf_counter() - start
            slowest = max(slowest, (elapsed, str(path)))
            if program.ok:
                accepted += 1
                continue
            rejected += 1
            shown = program.errors if args.verbose else program.errors[:1]
            print(f"REJECTED {path}")
            for error in shown:
                print("  " + error.render().replace("\n", "\n  "))
    print(f"{accepted} accepted, {rejected} rejected")
    print(f"slowest: {slowest[0] * 1000:.1f} ms ({slowest[1]})", file=sys.stderr)
    return 0 if rejected == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
