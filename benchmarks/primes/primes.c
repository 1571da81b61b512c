/* The primes benchmark scaled to 2,000,000: count the primes up to N by
   trial division (2, then odd divisors up to the square root).
   Prints one line: primes(2000000) = 148933 in NS ns */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

static int is_prime(int64_t n) {
    if (n < 3) return n == 2;
    if (n % 2 == 0) return 0;
    for (int64_t d = 3; d * d <= n; d += 2)
        if (n % d == 0) return 0;
    return 1;
}

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

int main(void) {
    const int64_t limit = 2000000;
    int64_t start = now_ns(), count = 0;
    for (int64_t n = 2; n <= limit; n++) count += is_prime(n);
    printf("primes(%lld) = %lld in %lld ns\n", (long long)limit, (long long)count,
           (long long)(now_ns() - start));
    return 0;
}
