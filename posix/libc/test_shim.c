/* Host-only: exposes the formatting engine as mote_test_snprintf so the
   posix crate's tests can compare it with the host C library's snprintf. */
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include "format.h"

static void sink(struct fmt_out *o, const char *s, size_t n) {
    if (o->cap == 0) return;
    size_t room = o->cap - 1 - o->len;
    size_t k = n < room ? n : room;
    memcpy(o->buf + o->len, s, k);
    o->len += k;
}

int mote_test_snprintf(char *s, size_t cap, const char *fmt, ...) {
    struct fmt_out o = {sink, 0, 0, s, cap, 0};
    va_list ap;
    va_start(ap, fmt);
    int n = __mote_format(&o, fmt, ap);
    va_end(ap);
    if (cap > 0) s[o.len] = 0;
    return n;
}
