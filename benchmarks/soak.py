"""How much a long REPL session grows: run many small entries through one
Session and report the growth of the process's resident memory.

    python benchmarks/soak.py [--entries 10000] [--warmup 300] [--define-every 100]

Most entries are `1 drop` or a call of a word defined earlier (code that
runs once); every --define-every'th redefines a small word (code that
stays). Growth is measured after --warmup entries, so what a session
allocates once (the allocator's arenas, caches filling) is not counted.
Prints one line:

    soak: ENTRIES entries, DEFINITIONS definitions, +GROWTH MiB in SECONDS s
"""

from __future__ import annotations

import argparse
import os
import time

from seqjit.live.session import Session


def resident_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def entry(i: int, define_every: int) -> str:
    if i % define_every == 0:
        return f": soak-word ( Int -- Int ) {i % 7} i.+ ;"
    return "1 drop" if i % 2 else "3 soak-word drop"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--define-every", type=int, default=100)
    args = parser.parse_args()
    session = Session()
    for i in range(args.warmup):
        check(session, entry(i, args.define_every))
    start, began = resident_mib(), time.monotonic()
    definitions = 0
    for i in range(args.entries):
        text = entry(i, args.define_every)
        definitions += text.startswith(":")
        check(session, text)
    growth, seconds = resident_mib() - start, time.monotonic() - began
    print(f"soak: {args.entries} entries, {definitions} definitions, "
          f"+{growth:.1f} MiB in {seconds:.1f} s", flush=True)


def check(session: Session, text: str) -> None:
    result = session.eval(text)
    if not result.ok:
        raise SystemExit(f"{text!r} failed: {result.errors[0].render()}")


if __name__ == "__main__":
    main()
