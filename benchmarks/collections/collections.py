"""The collections benchmark scaled to 10,000,000 elements, plus a hash-map
case; the same cases as collections.seq, in plain Python lists and dicts.
Each case prints one line: LABEL = RESULT in NS ns"""

import time


def line(label: str, result: int, start: int) -> None:
    print(f"{label} = {result} in {time.monotonic_ns() - start} ns")


def main() -> None:
    start = time.monotonic_ns()
    data: list[int] = []
    for i in range(10_000_000):
        data.append(i)
    line("build(10M)", len(data), start)

    start = time.monotonic_ns()
    mapped = [x * 2 for x in data]
    elapsed = time.monotonic_ns() - start
    print(f"map(x2) = {sum(mapped)} in {elapsed} ns")

    start = time.monotonic_ns()
    kept = [x for x in data if x % 2 == 0]
    line("filter(even)", len(kept), start)

    start = time.monotonic_ns()
    total = 0
    for x in data:
        total += x
    line("fold(+)", total, start)

    start = time.monotonic_ns()
    chained = 0
    for x in [y for y in (x * 3 for x in data) if y % 2 == 0]:
        chained += x
    line("chain", chained, start)

    start = time.monotonic_ns()
    m: dict[int, int] = {}
    for i in range(1_000_000):
        m[i] = 2 * i
    line("map-insert(1M)", len(m), start)

    start = time.monotonic_ns()
    found = 0
    for i in range(2_000_000):
        v = m.get(i)
        if v is not None:
            found += v
    line("map-lookup(2M)", found, start)


main()
