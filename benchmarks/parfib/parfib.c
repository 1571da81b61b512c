/* Parallel fib: 8 POSIX threads each compute naive recursive fib(32); main
 * joins them and adds up the 8 answers. Timed inside the program with the
 * monotonic clock; prints one line:
 *   parfib(8x32) = 17426472 in 123456789 ns */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

enum { STRANDS = 8 };

static volatile int64_t n = 32; /* keep the compiler from folding the calls */

static int64_t fib(int64_t k) {
    if (k < 2) return k;
    return fib(k - 1) + fib(k - 2);
}

static void *worker(void *answer) {
    *(int64_t *)answer = fib(n);
    return NULL;
}

static int64_t nanos(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(void) {
    pthread_t threads[STRANDS];
    int64_t answers[STRANDS];
    int64_t t0 = nanos();
    for (int i = 0; i < STRANDS; i++) pthread_create(&threads[i], NULL, worker, &answers[i]);
    int64_t sum = 0;
    for (int i = 0; i < STRANDS; i++) {
        pthread_join(threads[i], NULL);
        sum += answers[i];
    }
    int64_t t1 = nanos();
    printf("parfib(%dx%lld) = %lld in %lld ns\n", STRANDS, (long long)n, (long long)sum,
           (long long)(t1 - t0));
    return 0;
}
