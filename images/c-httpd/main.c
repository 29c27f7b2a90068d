/* c-httpd: HTTP/1.1 with keep-alive, serving the files sealed into the
 * image. One thread per connection. GET and HEAD; "/" means /index.html.
 * Malformed requests get 400 and the connection is closed; other methods
 * 405; missing files 404; over-long request heads 431. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEAD_MAX 8192

int sscanf_request(const char *line, char *method, char *target, char *version);

static const char *content_type(const char *path) {
    const char *dot = strrchr(path, '.');
    if (!dot) return "application/octet-stream";
    if (!strcmp(dot, ".html")) return "text/html; charset=utf-8";
    if (!strcmp(dot, ".json")) return "application/json";
    if (!strcmp(dot, ".txt")) return "text/plain; charset=utf-8";
    if (!strcmp(dot, ".css")) return "text/css";
    if (!strcmp(dot, ".js")) return "text/javascript";
    return "application/octet-stream";
}

static int send_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = send(fd, p, n, 0);
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int simple_reply(int fd, int code, const char *reason, int keep) {
    char msg[256];
    int body = snprintf(msg, sizeof msg, "%d %s\n", code, reason);
    char head[512];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: %s\r\n\r\n",
                     code, reason, body, keep ? "keep-alive" : "close");
    return send_all(fd, head, (size_t)n) || send_all(fd, msg, (size_t)body);
}

/* Serves one file; returns -1 if the connection broke. */
static int serve_file(int fd, const char *path, int head_only, int keep) {
    char full[600];
    snprintf(full, sizeof full, "%s", strcmp(path, "/") ? path : "/index.html");
    int f = open(full, O_RDONLY);
    struct stat st;
    if (f < 0 || fstat(f, &st) < 0 || S_ISDIR(st.st_mode)) {
        if (f >= 0) close(f);
        return simple_reply(fd, 404, "Not Found", keep);
    }
    char head[512];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %ld\r\nConnection: %s\r\nServer: mote-c-httpd\r\n\r\n",
                     content_type(full), (long)st.st_size, keep ? "keep-alive" : "close");
    int r = send_all(fd, head, (size_t)n);
    char buf[16384];
    while (!r && !head_only) {
        ssize_t got = read(f, buf, sizeof buf);
        if (got <= 0) break;
        r = send_all(fd, buf, (size_t)got);
    }
    close(f);
    return r;
}

/* Reads until a blank line ends the request head. Returns the head length
   (bytes up to and including CRLFCRLF), 0 on EOF, -1 on error/overflow. */
static int read_head(int fd, char *buf, int *have) {
    for (;;) {
        char *end = *have ? strstr(buf, "\r\n\r\n") : NULL;
        if (end) return (int)(end - buf) + 4;
        if (*have >= HEAD_MAX - 1) return -2;
        ssize_t n = recv(fd, buf + *have, (size_t)(HEAD_MAX - 1 - *have), 0);
        if (n <= 0) return n == 0 && *have == 0 ? 0 : -1;
        *have += (int)n;
        buf[*have] = 0;
    }
}

static void *connection(void *arg) {
    int fd = (int)(long)arg;
    char *buf = malloc(HEAD_MAX);
    int have = 0;
    while (buf) {
        int len = read_head(fd, buf, &have);
        if (len == 0 || len == -1) break;
        if (len == -2) {
            simple_reply(fd, 431, "Request Header Fields Too Large", 0);
            break;
        }
        /* request line: METHOD SP TARGET SP HTTP/1.x */
        char method[16], target[512], version[16];
        char *line_end = strstr(buf, "\r\n");
        *line_end = 0;
        int ok = sscanf_request(buf, method, target, version);
        int keep = ok && !strcmp(version, "HTTP/1.1");
        /* headers: Connection */
        for (char *h = line_end + 2; h < buf + len - 2;) {
            char *e = strstr(h, "\r\n");
            if (!e) break;
            *e = 0;
            if (!strncasecmp(h, "Connection:", 11)) {
                const char *v = h + 11;
                while (*v == ' ') v++;
                if (!strcasecmp(v, "close")) keep = 0;
                if (!strcasecmp(v, "keep-alive")) keep = 1;
            } else if (!strchr(h, ':')) {
                ok = 0;
            }
            h = e + 2;
        }
        int r;
        if (!ok || target[0] != '/') {
            r = simple_reply(fd, 400, "Bad Request", 0);
            keep = 0;
        } else if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
            r = simple_reply(fd, 405, "Method Not Allowed", keep);
        } else {
            char *q = strchr(target, '?');
            if (q) *q = 0;
            r = serve_file(fd, target, !strcmp(method, "HEAD"), keep);
        }
        /* keep what followed the head (a pipelined request) */
        memmove(buf, buf + len, (size_t)(have - len));
        have -= len;
        buf[have] = 0;
        if (r || !keep) break;
    }
    free(buf);
    close(fd);
    return NULL;
}

/* "GET /x HTTP/1.1" -> three words; 0 if the line is not of that shape. */
int sscanf_request(const char *line, char *method, char *target, char *version) {
    const char *sp1 = strchr(line, ' ');
    if (!sp1 || sp1 - line >= 16 || sp1 == line) return 0;
    const char *sp2 = strchr(sp1 + 1, ' ');
    if (!sp2 || sp2 - sp1 - 1 >= 512 || sp2 == sp1 + 1) return 0;
    if (strlen(sp2 + 1) >= 16 || strncmp(sp2 + 1, "HTTP/1.", 7)) return 0;
    memcpy(method, line, (size_t)(sp1 - line));
    method[sp1 - line] = 0;
    memcpy(target, sp1 + 1, (size_t)(sp2 - sp1 - 1));
    target[sp2 - sp1 - 1] = 0;
    strcpy(version, sp2 + 1);
    for (const char *m = method; *m; m++) if (!isupper((unsigned char)*m)) return 0;
    return 1;
}

int main(int argc, char **argv) {
    int port = argc > 1 ? atoi(argv[1]) : 8080;
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (ls < 0 || bind(ls, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(ls, 64) < 0) {
        perror("c-httpd: socket/bind/listen");
        return 1;
    }
    printf("c-httpd: serving HTTP on TCP port %d\n", port);
    for (;;) {
        int c = accept(ls, NULL, NULL);
        if (c < 0) {
            perror("c-httpd: accept");
            continue;
        }
        /* headers and body go out in two sends: without this the body
         * waits for the peer's ACK of the headers (Nagle), as nginx's
         * tcp_nodelay avoids too */
        setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_t t;
        if (pthread_create(&t, &attr, connection, (void *)(long)c)) {
            simple_reply(c, 503, "Service Unavailable", 0);
            close(c);
        }
    }
}
