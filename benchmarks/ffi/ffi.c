/* The same 10,000,000 calls of labs as ffi.seq, from C. The call goes
 * through a volatile function pointer, so gcc -O2 can neither inline labs
 * nor hoist it: each iteration is a real call, as the bound word's is.
 * Prints one machine-readable line: sum-labs(10000000) = 50000005000000 in 12345678 ns */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int64_t nanos(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(void) {
    long (*volatile call)(long) = labs;
    volatile int64_t count = 10000000;
    int64_t t0 = nanos();
    int64_t acc = 0;
    for (int64_t n = count; n > 0; n--) acc += call(-n);
    int64_t t1 = nanos();
    printf("sum-labs(%lld) = %lld in %lld ns\n", (long long)count, (long long)acc,
           (long long)(t1 - t0));
    return 0;
}
