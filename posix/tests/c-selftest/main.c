/* A C program exercising Mote's POSIX layer inside an image: files on the
 * sealed filesystem, threads, time, memory, stdio, errno and the
 * environment. Each check prints "ok <name>" or "FAIL <name>: why"; the
 * boot test counts them. */
#include <assert.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int failures;

#define CHECK(name, cond, ...)                          \
    do {                                                \
        if (cond) {                                     \
            printf("ok %s\n", name);                    \
        } else {                                        \
            failures++;                                 \
            printf("FAIL %s: ", name);                  \
            printf(__VA_ARGS__);                        \
            printf("\n");                               \
        }                                               \
    } while (0)

static void files(void) {
    int fd = open("/etc/lines.txt", O_RDONLY);
    CHECK("open", fd >= 3, "fd=%d errno=%d", fd, errno);
    char buf[64] = {0};
    ssize_t n = read(fd, buf, sizeof buf - 1);
    CHECK("read", n == 33 && strncmp(buf, "line one\n", 9) == 0, "n=%zd", n);
    struct stat st;
    CHECK("fstat", fstat(fd, &st) == 0 && st.st_size == 33 && S_ISREG(st.st_mode), "size=%ld", (long)st.st_size);
    CHECK("lseek", lseek(fd, 5, SEEK_SET) == 5 && read(fd, buf, 3) == 3 && memcmp(buf, "one", 3) == 0, "-");
    CHECK("pread", pread(fd, buf, 4, 9) == 4 && memcmp(buf, "line", 4) == 0, "-");
    errno = 0;
    CHECK("write-is-ebadf", write(fd, "x", 1) == -1 && errno == EBADF, "errno=%d", errno);
    CHECK("close", close(fd) == 0 && close(fd) == -1 && errno == EBADF, "-");
    errno = 0;
    CHECK("open-write-erofs", open("/etc/lines.txt", O_WRONLY) == -1 && errno == EROFS, "errno=%d", errno);
    CHECK("creat-erofs", open("/new.txt", O_WRONLY | O_CREAT, 0644) == -1 && errno == EROFS, "errno=%d", errno);
    CHECK("enoent", open("/nope", O_RDONLY) == -1 && errno == ENOENT, "errno=%d", errno);
    CHECK("stat-dir", stat("/etc", &st) == 0 && S_ISDIR(st.st_mode), "-");

    DIR *d = opendir("/");
    int entries = 0, saw_etc = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        entries++;
        if (!strcmp(e->d_name, "etc") && e->d_type == DT_DIR) saw_etc = 1;
    }
    CHECK("readdir", d && entries == 2 && saw_etc, "entries=%d", entries);
    if (d) closedir(d);

    FILE *f = fopen("/etc/lines.txt", "r");
    char line[32];
    int lines = 0;
    while (f && fgets(line, sizeof line, f)) lines++;
    CHECK("fgets", f && lines == 3 && !strcmp(line, "the third line\n"), "lines=%d", lines);
    if (f) fclose(f);
    errno = 0;
    CHECK("fopen-w-erofs", fopen("/out.txt", "w") == NULL && errno == EROFS, "errno=%d", errno);
    errno = ENOENT;
    perror("perror-check");

    f = fopen("/numbers.txt", "r");
    int nums[8], count = 0;
    char text[64] = {0};
    if (f) {
        size_t got = fread(text, 1, sizeof text - 1, f);
        fclose(f);
        char *p = text, *end;
        (void)got;
        for (;;) {
            long v = strtol(p, &end, 10);
            if (end == p) break;
            nums[count++] = (int)v;
            p = end;
        }
    }
    CHECK("fread-strtol", count == 5 && nums[0] == 42 && nums[2] == -5, "count=%d", count);
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static long counter;
static int ready;

static void *worker(void *arg) {
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < 20000; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
    }
    return (void *)(intptr_t)(n * 10);
}

static void *waiter(void *arg) {
    (void)arg;
    pthread_mutex_lock(&lock);
    while (!ready) pthread_cond_wait(&cond, &lock);
    pthread_mutex_unlock(&lock);
    return (void *)7;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;
static void run_once(void) { once_runs++; }

static void threads(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
    long sum = 0;
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        sum += (long)(intptr_t)r;
    }
    CHECK("pthread-mutex", counter == 80000, "counter=%ld", counter);
    CHECK("pthread-join-value", sum == 60, "sum=%ld", sum);

    pthread_t w;
    pthread_create(&w, NULL, waiter, NULL);
    usleep(20000);
    pthread_mutex_lock(&lock);
    ready = 1;
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&lock);
    void *r;
    pthread_join(w, &r);
    CHECK("pthread-cond", r == (void *)7, "r=%p", r);

    struct timespec abs;
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 30 * 1000000;
    if (abs.tv_nsec >= 1000000000) {
        abs.tv_sec++;
        abs.tv_nsec -= 1000000000;
    }
    pthread_mutex_lock(&lock);
    int rc = pthread_cond_timedwait(&cond, &lock, &abs);
    pthread_mutex_unlock(&lock);
    CHECK("pthread-cond-timedwait", rc == ETIMEDOUT, "rc=%d", rc);

    pthread_once(&once, run_once);
    pthread_once(&once, run_once);
    CHECK("pthread-once", once_runs == 1, "runs=%d", once_runs);

    pthread_key_t key;
    pthread_key_create(&key, NULL);
    pthread_setspecific(key, (void *)99);
    CHECK("pthread-key", pthread_getspecific(key) == (void *)99, "-");
    CHECK("pthread-self", pthread_equal(pthread_self(), pthread_self()), "-");
}

static void timing(void) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    struct timespec req = {0, 25 * 1000000};
    nanosleep(&req, NULL);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
    CHECK("nanosleep", ms >= 25, "slept %ld ms", ms);
    time_t now = time(NULL);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    /* the RTC: any time after 2020-01-01 is plausible */
    CHECK("realtime", now > 1577836800 && tv.tv_sec >= now - 1, "time=%ld", (long)now);
    printf("realtime-seconds %ld\n", (long)now);
}

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static void memory_and_stdlib(void) {
    char *p = malloc(100);
    strcpy(p, "hello");
    p = realloc(p, 100000);
    CHECK("realloc", p && !strcmp(p, "hello"), "-");
    free(p);
    void *aligned = NULL;
    CHECK("posix_memalign", posix_memalign(&aligned, 4096, 1000) == 0 && ((uintptr_t)aligned & 4095) == 0, "-");
    free(aligned);
    int *z = calloc(1000, sizeof(int));
    int allzero = 1;
    for (int i = 0; i < 1000; i++) allzero &= z[i] == 0;
    CHECK("calloc", allzero, "-");
    free(z);

    int a[] = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10};
    qsort(a, 12, sizeof(int), cmp_int);
    int sorted = 1;
    for (int i = 0; i < 12; i++) sorted &= a[i] == i;
    int key = 7;
    int *found = bsearch(&key, a, 12, sizeof(int), cmp_int);
    CHECK("qsort-bsearch", sorted && found && *found == 7, "-");
    CHECK("strtoul-hex", strtoul("0xff", NULL, 0) == 255 && strtol("-0777", NULL, 0) == -511, "-");
    CHECK("atoi", atoi("  -123xyz") == -123, "-");
    CHECK("strtod", fabs(strtod("3.25e2", NULL) - 325.0) < 1e-12, "-");
    CHECK("ctype", isalpha('q') && !isdigit('x') && toupper('a') == 'A', "-");
    char tok[] = "a,b,,c";
    char *save, *t1 = strtok_r(tok, ",", &save), *t2 = strtok_r(NULL, ",", &save), *t3 = strtok_r(NULL, ",", &save);
    CHECK("strtok_r", !strcmp(t1, "a") && !strcmp(t2, "b") && !strcmp(t3, "c"), "-");
    CHECK("math", fabs(sqrt(2.0) * sqrt(2.0) - 2.0) < 1e-12 && fabs(sin(M_PI)) < 1e-12, "-");
    char buf[64];
    snprintf(buf, sizeof buf, "%5.2f|%-4d|%x|%s|%e", 3.14159, 42, 255, "str", 12345.678);
    CHECK("snprintf", !strcmp(buf, " 3.14|42  |ff|str|1.234568e+04"), "got %s", buf);
    const char *g = getenv("GREETING");
    CHECK("getenv", g && !strcmp(g, "hi there") && getenv("NOPE") == NULL, "got %s", g ? g : "(null)");
    CHECK("strerror", !strcmp(strerror(EROFS), "Read-only file system"), "-");
    errno = 0;
    CHECK("fork-enosys", fork() == -1 && errno == ENOSYS, "errno=%d", errno);
    CHECK("fork-enosys-again", fork() == -1 && errno == ENOSYS, "errno=%d", errno);
}

int main(int argc, char **argv) {
    printf("c-selftest: argc=%d argv0=%s argv1=%s\n", argc, argv[0], argc > 1 ? argv[1] : "-");
    if (argc > 1 && !strcmp(argv[1], "assert")) {
        assert(argc == 99);
    }
    if (argc > 1 && !strcmp(argv[1], "exit")) {
        printf("exiting with %d\n", atoi(argv[2]));
        exit(atoi(argv[2]));
    }
    files();
    threads();
    timing();
    memory_and_stdlib();
    printf("c-selftest: %d failures\n", failures);
    return failures ? 1 : 0;
}
