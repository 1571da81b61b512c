/* Naive recursive Fibonacci, timed inside the program with the monotonic clock.
 * Prints one machine-readable line: fib(35) = 9227465 in 23456789 ns */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

static int64_t fib(int64_t n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

static int64_t nanos(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(void) {
    volatile int64_t n = 35; /* keep the compiler from folding the call */
    int64_t t0 = nanos();
    int64_t result = fib(n);
    int64_t t1 = nanos();
    printf("fib(%lld) = %lld in %lld ns\n", (long long)n, (long long)result,
           (long long)(t1 - t0));
    return 0;
}
