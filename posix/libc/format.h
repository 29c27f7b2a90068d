/* Mote libc: the formatting engine's interface (internal). */
#ifndef MOTE_FORMAT_H
#define MOTE_FORMAT_H
#include <stdarg.h>
#include <stddef.h>
struct fmt_out {
    void (*write)(struct fmt_out *o, const char *s, size_t n);
    size_t total;
    void *ctx;
    char *buf;
    size_t cap, len;
};
int __mote_format(struct fmt_out *o, const char *fmt, va_list ap);
#endif
