"""Skynet: a 10-ary tree of asyncio tasks, 1,111,111 of them for 1,000,000
leaves. Each leaf sends its number on its parent's queue; each parent sums its
10 children's answers and sends the sum up. Timed inside the program:

    skynet(1000000) = 499999500000 in 123456789 ns

The number of leaves is the optional first argument, a power of 10 (default
1000000): `python skynet.py 100000` runs the 111,111-task tree.
"""

import asyncio
import sys
import time

USAGE = "usage: skynet.py [LEAVES]  (LEAVES a power of 10: 1, 10, 100, ...)"


def leaves() -> int:
    """The first argument, or 1000000; it must be a power of 10."""
    try:
        size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    except ValueError:
        size = 0
    n = size
    while n > 1 and n % 10 == 0:
        n //= 10
    if n != 1:
        print(USAGE)
        sys.exit(2)
    return size


async def skynet(out: asyncio.Queue, num: int, size: int) -> None:
    if size == 1:
        out.put_nowait(num)
        return
    step = size // 10
    children: asyncio.Queue = asyncio.Queue()
    tasks = [asyncio.create_task(skynet(children, num + i * step, step)) for i in range(10)]
    total = 0
    for _ in range(10):
        total += await children.get()
    out.put_nowait(total)
    del tasks  # held until here so that no child task can be collected early


async def run(size: int) -> int:
    out: asyncio.Queue = asyncio.Queue()
    task = asyncio.create_task(skynet(out, 0, size))
    result = await out.get()
    await task
    return result


def main() -> None:
    size = leaves()
    t0 = time.perf_counter_ns()
    result = asyncio.run(run(size))
    t1 = time.perf_counter_ns()
    print(f"skynet({size}) = {result} in {t1 - t0} ns")


if __name__ == "__main__":
    main()
