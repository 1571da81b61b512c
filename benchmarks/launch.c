/* launch OUT CMD [ARGS...]: run CMD, then write "WALL_NS MAXRSS_KB" to OUT.
 *
 * run.py measures every benchmark process through this small launcher. Linux
 * counts a child's peak RSS from the moment it is forked, so a child forked
 * straight from the Python runner would report at least the runner's own RSS;
 * forked from this launcher its floor is about a megabyte. Exit status: CMD's
 * (128 + signal number when CMD is killed by a signal). */
#include <stdint.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int64_t nanos(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: launch OUT CMD [ARGS...]\n");
        return 2;
    }
    int64_t t0 = nanos();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        return 2;
    }
    int64_t wall = nanos() - t0;
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 2;
    }
    fprintf(out, "%lld %ld\n", (long long)wall, (long)ru.ru_maxrss);
    fclose(out);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
