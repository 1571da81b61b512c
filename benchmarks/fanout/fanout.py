"""Fan-out: one producer sends 1..1,000,000 on one asyncio queue; 100 worker
tasks receive until it is closed, each summing what it got, and send their
sums and counts back. The producer checks that every message was received
exactly once (the counts add up to 1,000,000) and prints the total:

    fanout(1000000) = 500000500000 in 123456789 ns
"""

import asyncio
import time

MESSAGES = 1_000_000
WORKERS = 100
CLOSED = None  # one per worker, after the last message


async def worker(work: asyncio.Queue, results: asyncio.Queue) -> None:
    total = count = 0
    while (v := await work.get()) is not CLOSED:
        total += v
        count += 1
    results.put_nowait((total, count))


async def run() -> str:
    work: asyncio.Queue = asyncio.Queue()
    results: asyncio.Queue = asyncio.Queue()
    tasks = [asyncio.create_task(worker(work, results)) for _ in range(WORKERS)]
    for v in range(1, MESSAGES + 1):
        work.put_nowait(v)
    for _ in range(WORKERS):
        work.put_nowait(CLOSED)
    total = count = 0
    for _ in range(WORKERS):
        s, c = await results.get()
        total += s
        count += c
    await asyncio.gather(*tasks)
    return str(total) if count == MESSAGES else "wrong-count"


def main() -> None:
    t0 = time.perf_counter_ns()
    result = asyncio.run(run())
    t1 = time.perf_counter_ns()
    print(f"fanout({MESSAGES}) = {result} in {t1 - t0} ns")


if __name__ == "__main__":
    main()
