"""Parallel fib: 8 threads each compute naive recursive fib(32) and put the
answer on one queue; main adds up the 8 answers. CPython's global
interpreter lock lets only one thread run Python at a time, so this is the
serial time plus switching. Timed inside the program with the monotonic
clock; prints one line:

    parfib(8x32) = 17426472 in 123456789 ns
"""

import queue
import threading
import time

STRANDS = 8
N = 32


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    t0 = time.perf_counter_ns()
    answers: queue.SimpleQueue[int] = queue.SimpleQueue()
    threads = [threading.Thread(target=lambda: answers.put(fib(N))) for _ in range(STRANDS)]
    for thread in threads:
        thread.start()
    total = sum(answers.get() for _ in range(STRANDS))
    t1 = time.perf_counter_ns()
    for thread in threads:
        thread.join()
    print(f"parfib({STRANDS}x{N}) = {total} in {t1 - t0} ns")


if __name__ == "__main__":
    main()
