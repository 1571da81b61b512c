"""Naive recursive Fibonacci, timed inside the program with the monotonic clock.

Prints one machine-readable line: fib(35) = 9227465 in 23456789 ns
"""

import time


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    n = 35
    t0 = time.perf_counter_ns()
    result = fib(n)
    t1 = time.perf_counter_ns()
    print(f"fib({n}) = {result} in {t1 - t0} ns")


if __name__ == "__main__":
    main()
