/* c-sort: a UDP sorting service. A datagram of integers (separated by
 * spaces, commas or newlines) comes back sorted (mergesort), separated by
 * single spaces. Anything that is not an integer gets "error: ..." back. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define MAXN 4096

static void merge_sort(long *a, long *tmp, size_t n) {
    if (n < 2) return;
    size_t h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

/* Parses `text` into `out`; on error writes a message into `err`. */
static long parse(char *text, long *out, char *err, size_t errlen) {
    long n = 0;
    char *p = text;
    for (;;) {
        while (*p == ' ' || *p == ',' || *p == '\n' || *p == '\r' || *p == '\t') p++;
        if (!*p) return n;
        if (n == MAXN) {
            snprintf(err, errlen, "error: more than %d numbers", MAXN);
            return -1;
        }
        char *end;
        errno = 0;
        long v = strtol(p, &end, 10);
        if (end == p || (*end && !strchr(" ,\n\r\t", *end))) {
            int len = (int)strcspn(p, " ,\n\r\t");
            snprintf(err, errlen, "error: not an integer: '%.*s'", len > 40 ? 40 : len, p);
            return -1;
        }
        if (errno == ERANGE) {
            snprintf(err, errlen, "error: out of range: '%.*s'", (int)(end - p), p);
            return -1;
        }
        out[n++] = v;
        p = end;
    }
}

int main(int argc, char **argv) {
    int port = argc > 1 ? atoi(argv[1]) : 8080;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) {
        perror("c-sort: socket/bind");
        return 1;
    }
    printf("c-sort: sorting on UDP port %d\n", port);
    static char in[65536], reply[65536];
    static long nums[MAXN], tmp[MAXN];
    for (;;) {
        struct sockaddr_in from;
        socklen_t len = sizeof from;
        ssize_t n = recvfrom(fd, in, sizeof in - 1, 0, (struct sockaddr *)&from, &len);
        if (n < 0) continue;
        in[n] = 0;
        long count = parse(in, nums, reply, sizeof reply);
        size_t out = 0;
        if (count >= 0) {
            merge_sort(nums, tmp, (size_t)count);
            reply[0] = 0;
            for (long i = 0; i < count && out < sizeof reply - 32; i++) out += (size_t)snprintf(reply + out, sizeof reply - out, i ? " %ld" : "%ld", nums[i]);
        } else {
            out = strlen(reply);
        }
        if (out > 1472) out = (size_t)snprintf(reply, sizeof reply, "error: the sorted list does not fit one datagram");
        sendto(fd, reply, out, 0, (struct sockaddr *)&from, len);
    }
}
