/* The same computation as tailrec.seq, as a tail-recursive C function
 * (gcc -O2 turns the tail call into a jump).
 * Prints one machine-readable line: sum-mod(10000000) = 4650000 in 12345678 ns */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#define P 1000000007

static int64_t sum_down(int64_t acc, int64_t n) {
    if (n <= 0) return acc;
    acc += n;
    if (acc >= P) acc -= P;
    return sum_down(acc, n - 1);
}

static int64_t nanos(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(void) {
    volatile int64_t n = 10000000; /* keep the compiler from folding the call */
    int64_t t0 = nanos();
    int64_t result = sum_down(0, n);
    int64_t t1 = nanos();
    printf("sum-mod(%lld) = %lld in %lld ns\n", (long long)n, (long long)result,
           (long long)(t1 - t0));
    return 0;
}
