/* c-facfib: two UDP services, as in the SML unikernel's FacFib: a number n
 * sent to the first port (default 8080) is answered with n!, to the second
 * (8081) with fib(n) (fib(0) = 0, fib(1) = 1), in decimal, exactly (big
 * numbers in base 10^9). Replies must fit one datagram, which bounds n. */
#include <arpa/inet.h>
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define LIMBS 200 /* 1800 decimal digits */
#define BASE 1000000000u
#define MAX_FAC 450
#define MAX_FIB 6500

struct big {
    unsigned v[LIMBS];
    int n;
};

static void big_set(struct big *b, unsigned x) {
    b->v[0] = x;
    b->n = 1;
}

static void big_mul_small(struct big *b, unsigned m) {
    unsigned long long carry = 0;
    for (int i = 0; i < b->n; i++) {
        unsigned long long t = (unsigned long long)b->v[i] * m + carry;
        b->v[i] = (unsigned)(t % BASE);
        carry = t / BASE;
    }
    while (carry && b->n < LIMBS) {
        b->v[b->n++] = (unsigned)(carry % BASE);
        carry /= BASE;
    }
}

static void big_add(struct big *r, const struct big *a, const struct big *b) {
    unsigned carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        unsigned long long t = (unsigned long long)(i < a->n ? a->v[i] : 0) + (i < b->n ? b->v[i] : 0) + carry;
        r->v[i] = (unsigned)(t % BASE);
        carry = (unsigned)(t / BASE);
    }
    r->n = n;
    if (carry && n < LIMBS) r->v[r->n++] = carry;
}

static int big_print(const struct big *b, char *out, size_t cap) {
    int len = snprintf(out, cap, "%u", b->v[b->n - 1]);
    for (int i = b->n - 2; i >= 0 && (size_t)len < cap; i--) len += snprintf(out + len, cap - (size_t)len, "%09u", b->v[i]);
    return len;
}

/* "42", "42\n" -> 42; anything else -> -1 */
static long parse_n(const char *s) {
    while (isspace((unsigned char)*s)) s++;
    if (!isdigit((unsigned char)*s)) return -1;
    char *end;
    long v = strtol(s, &end, 10);
    while (isspace((unsigned char)*end)) end++;
    return *end || v < 0 || v > 1000000 ? -1 : v;
}

struct service {
    int port;
    int fib;
};

static void *serve(void *arg) {
    struct service *svc = arg;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)svc->port)};
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("c-facfib: socket/bind");
        exit(1);
    }
    printf("c-facfib: %s on UDP port %d\n", svc->fib ? "fibonacci" : "factorial", svc->port);
    char in[256], out[2048];
    struct big a, b, c;
    for (;;) {
        struct sockaddr_in from;
        socklen_t len = sizeof from;
        ssize_t n = recvfrom(fd, in, sizeof in - 1, 0, (struct sockaddr *)&from, &len);
        if (n < 0) continue;
        in[n] = 0;
        long v = parse_n(in);
        int outlen;
        if (v < 0) {
            outlen = snprintf(out, sizeof out, "error: not a number");
        } else if (v > (svc->fib ? MAX_FIB : MAX_FAC)) {
            outlen = snprintf(out, sizeof out, "error: n too large (max %d)", svc->fib ? MAX_FIB : MAX_FAC);
        } else if (!svc->fib) {
            big_set(&a, 1);
            for (long i = 2; i <= v; i++) big_mul_small(&a, (unsigned)i);
            outlen = big_print(&a, out, sizeof out);
        } else {
            big_set(&a, 0);
            big_set(&b, 1);
            for (long i = 0; i < v; i++) {
                big_add(&c, &a, &b);
                a = b;
                b = c;
            }
            outlen = big_print(&a, out, sizeof out);
        }
        sendto(fd, out, (size_t)outlen, 0, (struct sockaddr *)&from, len);
    }
    return NULL;
}

int main(int argc, char **argv) {
    static struct service fac = {8080, 0}, fib = {8081, 1};
    if (argc > 1) fac.port = atoi(argv[1]);
    if (argc > 2) fib.port = atoi(argv[2]);
    pthread_t t;
    pthread_create(&t, NULL, serve, &fib);
    serve(&fac);
    return 0;
}
