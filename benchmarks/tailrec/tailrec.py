"""The same computation as tailrec.seq. Python has no tail calls and a
recursion limit, so the equivalent is a loop.

Prints one machine-readable line: sum-mod(10000000) = 4650000 in 12345678 ns
"""

import time

P = 1000000007


def sum_down(acc: int, n: int) -> int:
    while n > 0:
        acc += n
        if acc >= P:
            acc -= P
        n -= 1
    return acc


def main() -> None:
    n = 10000000
    t0 = time.perf_counter_ns()
    result = sum_down(0, n)
    t1 = time.perf_counter_ns()
    print(f"sum-mod({n}) = {result} in {t1 - t0} ns")


if __name__ == "__main__":
    main()
