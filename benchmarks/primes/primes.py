"""The primes benchmark scaled to 2,000,000: count the primes up to N by
trial division (2, then odd divisors up to the square root).
Prints one line: primes(2000000) = 148933 in NS ns"""

import time


def is_prime(n: int) -> bool:
    if n < 3:
        return n == 2
    if n % 2 == 0:
        return False
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


limit = 2_000_000
start = time.monotonic_ns()
count = sum(1 for n in range(2, limit + 1) if is_prime(n))
print(f"primes({limit}) = {count} in {time.monotonic_ns() - start} ns")
