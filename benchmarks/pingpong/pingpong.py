"""Ping-pong: two asyncio tasks bounce a counter over two queues 1,000,000
times. The ping side sends the counter on a; the pong task adds 1 and sends it
back on b; ping adds 1 and sends it again. After N round trips the counter is
2N. Timed inside the program:

    pingpong(1000000) = 2000000 in 123456789 ns
"""

import asyncio
import time

ROUNDS = 1_000_000


async def pong(a: asyncio.Queue, b: asyncio.Queue) -> None:
    while True:
        v = await a.get()
        if v is None:  # closed
            return
        b.put_nowait(v + 1)


async def run() -> int:
    a: asyncio.Queue = asyncio.Queue()
    b: asyncio.Queue = asyncio.Queue()
    task = asyncio.create_task(pong(a, b))
    counter = 0
    for _ in range(ROUNDS):
        a.put_nowait(counter)
        counter = await b.get() + 1
    a.put_nowait(None)
    await task
    return counter


def main() -> None:
    t0 = time.perf_counter_ns()
    result = asyncio.run(run())
    t1 = time.perf_counter_ns()
    print(f"pingpong({ROUNDS}) = {result} in {t1 - t0} ns")


if __name__ == "__main__":
    main()
