/* Mote libc: byte order, IPv4 address text, and numeric getaddrinfo. */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint16_t htons(uint16_t v) { return __builtin_bswap16(v); }
uint16_t ntohs(uint16_t v) { return __builtin_bswap16(v); }
uint32_t htonl(uint32_t v) { return __builtin_bswap32(v); }
uint32_t ntohl(uint32_t v) { return __builtin_bswap32(v); }

/* Strict dotted quad: four decimal parts 0..255, no leading zeros beyond "0". */
int inet_pton(int af, const char *src, void *dst) {
    if (af != AF_INET) {
        errno = EAFNOSUPPORT;
        return -1;
    }
    unsigned char out[4];
    for (int part = 0; part < 4; part++) {
        if (part > 0 && *src++ != '.') return 0;
        if (*src < '0' || *src > '9') return 0;
        unsigned v = 0;
        int digits = 0;
        const char *start = src;
        while (*src >= '0' && *src <= '9') {
            v = v * 10 + (unsigned)(*src++ - '0');
            if (++digits > 3 || v > 255) return 0;
        }
        if (digits > 1 && *start == '0') return 0;
        out[part] = (unsigned char)v;
    }
    if (*src) return 0;
    memcpy(dst, out, 4);
    return 1;
}

const char *inet_ntop(int af, const void *src, char *dst, socklen_t size) {
    if (af != AF_INET) {
        errno = EAFNOSUPPORT;
        return NULL;
    }
    const unsigned char *b = src;
    char tmp[INET_ADDRSTRLEN];
    int n = snprintf(tmp, sizeof tmp, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    if (n < 0 || (socklen_t)n >= size) {
        errno = ENOSPC;
        return NULL;
    }
    memcpy(dst, tmp, (size_t)n + 1);
    return dst;
}

int inet_aton(const char *s, struct in_addr *a) { return inet_pton(AF_INET, s, &a->s_addr) == 1; }

in_addr_t inet_addr(const char *s) {
    in_addr_t a;
    return inet_pton(AF_INET, s, &a) == 1 ? a : INADDR_NONE;
}

char *inet_ntoa(struct in_addr a) {
    static char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &a.s_addr, buf, sizeof buf);
    return buf;
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res) {
    int family = hints ? hints->ai_family : AF_UNSPEC;
    int flags = hints ? hints->ai_flags : 0;
    if (family != AF_UNSPEC && family != AF_INET) return EAI_FAMILY;
    in_addr_t addr;
    if (!node) {
        addr = htonl((flags & AI_PASSIVE) ? INADDR_ANY : INADDR_LOOPBACK);
    } else if (!strcmp(node, "localhost")) {
        addr = htonl(INADDR_LOOPBACK);
    } else if (inet_pton(AF_INET, node, &addr) != 1) {
        return EAI_NONAME;
    }
    unsigned long port = 0;
    if (service) {
        char *end;
        port = strtoul(service, &end, 10);
        if (*service == 0 || *end || port > 65535) return EAI_SERVICE;
    }
    struct addrinfo *ai = calloc(1, sizeof *ai + sizeof(struct sockaddr_in));
    if (!ai) return EAI_MEMORY;
    struct sockaddr_in *sin = (struct sockaddr_in *)(ai + 1);
    sin->sin_family = AF_INET;
    sin->sin_port = htons((uint16_t)port);
    sin->sin_addr.s_addr = addr;
    ai->ai_family = AF_INET;
    ai->ai_socktype = hints ? hints->ai_socktype : 0;
    ai->ai_protocol = hints ? hints->ai_protocol : 0;
    ai->ai_addrlen = sizeof *sin;
    ai->ai_addr = (struct sockaddr *)sin;
    *res = ai;
    return 0;
}

void freeaddrinfo(struct addrinfo *res) {
    while (res) {
        struct addrinfo *next = res->ai_next;
        free(res);
        res = next;
    }
}

const char *gai_strerror(int err) {
    switch (err) {
    case 0: return "Success";
    case EAI_NONAME: return "Name or service not known (Mote resolves numeric addresses only)";
    case EAI_SERVICE: return "Servname not supported for ai_socktype";
    case EAI_FAMILY: return "ai_family not supported";
    case EAI_MEMORY: return "Memory allocation failure";
    default: return "Unknown error";
    }
}
