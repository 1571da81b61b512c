"""Skynet: a 10-ary tree of 111,111 asyncio tasks. Each of the 100,000
leaves sends its number on its parent's queue; each parent sums its 10
children's answers and sends the sum up. Timed inside the program:

    skynet(100000) = 4999950000 in 123456789 ns
"""

import asyncio
import time

SIZE = 100_000


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


async def run() -> int:
    out: asyncio.Queue = asyncio.Queue()
    task = asyncio.create_task(skynet(out, 0, SIZE))
    result = await out.get()
    await task
    return result


def main() -> None:
    t0 = time.perf_counter_ns()
    result = asyncio.run(run())
    t1 = time.perf_counter_ns()
    print(f"skynet({SIZE}) = {result} in {t1 - t0} ns")


if __name__ == "__main__":
    main()
