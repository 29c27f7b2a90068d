/* Mote libc: the printf formatting engine (vsnprintf and friends).
 *
 * Conversions: d i u o x X c s p f F e E g G %, flags "-+ #0", width and
 * precision (numbers or *), length modifiers hh h l ll z j t L.
 * Floating point is exact: the double's full decimal expansion is produced
 * with a small bignum, then rounded half-to-even at the requested digit,
 * which is what glibc prints in the default rounding mode. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

/* ---- output sink ---- */

static void emit(struct fmt_out *o, const char *s, size_t n) {
    o->total += n;
    o->write(o, s, n);
}

static void emit_pad(struct fmt_out *o, char c, int n) {
    char buf[32];
    memset(buf, c, sizeof buf);
    while (n > 0) {
        int k = n > (int)sizeof buf ? (int)sizeof buf : n;
        emit(o, buf, (size_t)k);
        n -= k;
    }
}

struct spec {
    int left, plus, space, alt, zero;
    int width, prec; /* prec < 0: not given */
};

/* Pads and emits prefix (sign, 0x) + body, honouring width/left/zero. */
static void emit_field(struct fmt_out *o, const struct spec *sp, const char *prefix, size_t plen,
                       const char *body, size_t blen, int zero_ok) {
    int len = (int)(plen + blen);
    int pad = sp->width > len ? sp->width - len : 0;
    if (!sp->left && !(sp->zero && zero_ok)) emit_pad(o, ' ', pad);
    emit(o, prefix, plen);
    if (!sp->left && sp->zero && zero_ok) emit_pad(o, '0', pad);
    emit(o, body, blen);
    if (sp->left) emit_pad(o, ' ', pad);
}

/* ---- integers ---- */

static void fmt_int(struct fmt_out *o, const struct spec *sp, uint64_t v, int neg, int base, int upper, char conv) {
    char digits[70];
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int n = 0;
    while (v) {
        digits[n++] = set[v % (unsigned)base];
        v /= (unsigned)base;
    }
    /* precision = minimum digits; "%.0d" of 0 prints nothing */
    int min = sp->prec < 0 ? 1 : sp->prec;
    char body[140];
    int b = 0;
    int zeros = min > n ? min - n : 0;
    if (conv == 'o' && sp->alt && zeros == 0 && (n == 0 || digits[n - 1] != '0')) zeros = 1;
    while (zeros-- > 0 && b < 130) body[b++] = '0';
    while (n > 0) body[b++] = digits[--n];
    char prefix[3];
    int p = 0;
    if (neg) prefix[p++] = '-';
    else if (sp->plus && (conv == 'd' || conv == 'i')) prefix[p++] = '+';
    else if (sp->space && (conv == 'd' || conv == 'i')) prefix[p++] = ' ';
    if (sp->alt && (conv == 'x' || conv == 'X') && b > 0 && !(b == 1 && body[0] == '0')) {
        prefix[p++] = '0';
        prefix[p++] = (char)conv;
    }
    emit_field(o, sp, prefix, (size_t)p, body, (size_t)b, sp->prec < 0);
}

/* ---- exact decimal expansion of a double ---- */

#define WORDS 40
struct big {
    uint32_t w[WORDS];
    int n; /* words in use */
};

static void big_set_u64(struct big *b, uint64_t v) {
    memset(b, 0, sizeof *b);
    b->w[0] = (uint32_t)v;
    b->w[1] = (uint32_t)(v >> 32);
    b->n = b->w[1] ? 2 : (b->w[0] ? 1 : 0);
}

static void big_shl(struct big *b, int bits) {
    int ws = bits / 32, bs = bits % 32;
    for (int i = WORDS - 1; i >= 0; i--) {
        uint64_t hi = i - ws >= 0 ? b->w[i - ws] : 0;
        uint64_t lo = i - ws - 1 >= 0 ? b->w[i - ws - 1] : 0;
        b->w[i] = (uint32_t)(bs ? (hi << bs) | (lo >> (32 - bs)) : hi);
    }
    b->n = WORDS;
    while (b->n > 0 && b->w[b->n - 1] == 0) b->n--;
}

/* b = b * m + add; returns nothing (sized to never overflow here) */
static void big_muladd(struct big *b, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry && b->n < WORDS) b->w[b->n++] = (uint32_t)carry;
}

/* b /= d; returns the remainder */
static uint32_t big_divmod(struct big *b, uint32_t d) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | b->w[i];
        b->w[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    while (b->n > 0 && b->w[b->n - 1] == 0) b->n--;
    return (uint32_t)rem;
}

/* Bits of `b` at and above `bits` moved out: returns (b >> bits) as digit
   (< 10 by construction) and keeps the low part in b. */
static uint32_t big_take_high(struct big *b, int bits) {
    int ws = bits / 32, bs = bits % 32;
    uint64_t hi = 0;
    if (ws < WORDS) hi = b->w[ws] >> bs;
    if (bs && ws + 1 < WORDS) hi |= (uint64_t)b->w[ws + 1] << (32 - bs);
    /* clear bits >= bits */
    if (ws < WORDS) {
        b->w[ws] &= bs ? ((1u << bs) - 1) : 0;
        for (int i = ws + 1; i < WORDS; i++) b->w[i] = 0;
    }
    while (b->n > 0 && b->w[b->n - 1] == 0) b->n--;
    return (uint32_t)hi;
}

#define MAXDIGITS 1200
/* Digits of |v| (v finite, non-zero) without leading zeros; value =
   0.DIGITS x 10^*exp10. Trailing zeros are dropped. Returns the count. */
static int exact_digits(double v, char *out, int *exp10) {
    union { double d; uint64_t u; } x = { v };
    int e = (int)((x.u >> 52) & 0x7ff);
    uint64_t m = x.u & ((1ull << 52) - 1);
    if (e) m |= 1ull << 52; else e = 1;
    int e2 = e - 1075; /* value = m * 2^e2 */
    struct big ip, fp;
    int fbits = 0;
    if (e2 >= 0) {
        big_set_u64(&ip, m);
        big_shl(&ip, e2);
        big_set_u64(&fp, 0);
    } else {
        fbits = -e2;
        big_set_u64(&ip, fbits >= 64 ? 0 : m >> fbits);
        big_set_u64(&fp, fbits >= 64 ? m : m & ((1ull << fbits) - 1));
    }
    /* integer part: base 1e9 chunks, least significant first */
    char intd[400];
    int ni = 0;
    while (ip.n > 0) {
        uint32_t chunk = big_divmod(&ip, 1000000000u);
        for (int k = 0; k < 9; k++) {
            intd[ni++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    while (ni > 0 && intd[ni - 1] == '0') ni--;
    int n = 0;
    for (int k = ni - 1; k >= 0; k--) out[n++] = intd[k];
    int lead_zeros = 0;
    /* fraction digits: multiply by 10, take the bits above the point */
    while (fp.n > 0 && n < MAXDIGITS) {
        big_muladd(&fp, 10, 0);
        uint32_t d = big_take_high(&fp, fbits);
        if (n == 0 && d == 0) {
            lead_zeros++;
            continue;
        }
        out[n++] = (char)('0' + d);
    }
    *exp10 = ni > 0 ? ni : -lead_zeros;
    while (n > 0 && out[n - 1] == '0') n--;
    return n;
}

/* Rounds digits to `keep` digits, half to even. Returns the new count;
   may bump *exp10 on carry-out ("999" -> "1"). */
static int round_digits(char *d, int n, int *exp10, int keep) {
    if (keep >= n) return n;
    if (keep < 0) return 0;
    int up;
    char next = d[keep];
    if (next > '5') up = 1;
    else if (next < '5') up = 0;
    else {
        int rest = 0;
        for (int i = keep + 1; i < n; i++) if (d[i] != '0') { rest = 1; break; }
        up = rest || (keep > 0 && ((d[keep - 1] - '0') & 1));
    }
    n = keep;
    if (!up) return n;
    int i = keep - 1;
    while (i >= 0 && d[i] == '9') d[i--] = '0';
    if (i >= 0) {
        d[i]++;
        return n;
    }
    /* all nines (or nothing kept): becomes 1 followed by zeros */
    d[0] = '1';
    for (int k = 1; k < keep; k++) d[k] = '0';
    (*exp10)++;
    return keep > 0 ? keep : 1;
}

static char digit_at(const char *d, int n, int i) {
    return (i >= 0 && i < n) ? d[i] : '0';
}

static void fmt_float(struct fmt_out *o, const struct spec *sp0, double v, char conv) {
    struct spec sp = *sp0;
    union { double d; uint64_t u; } x = { v };
    int neg = (int)(x.u >> 63);
    int upper = conv == 'F' || conv == 'E' || conv == 'G';
    char prefix[2];
    int p = 0;
    if (neg) prefix[p++] = '-';
    else if (sp.plus) prefix[p++] = '+';
    else if (sp.space) prefix[p++] = ' ';
    if (v != v || v - v != 0) { /* nan or inf */
        const char *s = v != v ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        emit_field(o, &sp, prefix, (size_t)p, s, 3, 0);
        return;
    }
    int prec = sp.prec < 0 ? 6 : sp.prec;
    char d[MAXDIGITS + 2]; /* on the stack: printf is called from many threads */
    int e10, n;
    if (v == 0) {
        n = 0;
        e10 = 1;
    } else {
        n = exact_digits(neg ? -v : v, d, &e10);
    }
    char lc = (char)(conv | 0x20);
    int style = lc; /* 'f' or 'e' */
    int strip = 0;
    if (lc == 'g') {
        int P = prec == 0 ? 1 : prec;
        int ee = e10, nn = n;
        char tmp[MAXDIGITS + 2];
        if (n) memcpy(tmp, d, (size_t)n);
        nn = round_digits(tmp, nn, &ee, P);
        int X = nn == 0 ? 0 : ee - 1; /* exponent in %e style */
        if (v == 0) X = 0;
        if (P > X && X >= -4) {
            style = 'f';
            prec = P - 1 - X;
        } else {
            style = 'e';
            prec = P - 1;
        }
        strip = !sp.alt;
    }
    char body[MAXDIGITS + 700];
    int b = 0;
    if (style == 'f') {
        if (v != 0) n = round_digits(d, n, &e10, e10 + prec);
        if (n == 0) e10 = 1; /* rounded to zero */
        if (e10 <= 0) body[b++] = '0';
        for (int i = 0; i < e10; i++) body[b++] = digit_at(d, n, i);
        if (prec > 0 || sp.alt) body[b++] = '.';
        for (int i = 0; i < prec; i++) body[b++] = digit_at(d, n, e10 + i);
    } else {
        int X = 0;
        if (v != 0) {
            n = round_digits(d, n, &e10, prec + 1);
            X = e10 - 1;
        }
        body[b++] = v != 0 ? digit_at(d, n, 0) : '0';
        if (prec > 0 || sp.alt) body[b++] = '.';
        for (int i = 1; i <= prec; i++) body[b++] = v != 0 ? digit_at(d, n, i) : '0';
        if (strip) { /* strip before the exponent */
            while (b > 0 && body[b - 1] == '0') b--;
            if (b > 0 && body[b - 1] == '.') b--;
            strip = 0;
        }
        body[b++] = upper ? 'E' : 'e';
        body[b++] = X < 0 ? '-' : '+';
        int ax = X < 0 ? -X : X;
        char ed[8];
        int ne = 0;
        do { ed[ne++] = (char)('0' + ax % 10); ax /= 10; } while (ax);
        if (ne < 2) ed[ne++] = '0';
        while (ne) body[b++] = ed[--ne];
    }
    if (strip) {
        int has_dot = 0;
        for (int i = 0; i < b; i++) if (body[i] == '.') has_dot = 1;
        if (has_dot) {
            while (b > 0 && body[b - 1] == '0') b--;
            if (b > 0 && body[b - 1] == '.') b--;
        }
    }
    emit_field(o, &sp, prefix, (size_t)p, body, (size_t)b, 1);
}

/* ---- the driver ---- */

int __mote_format(struct fmt_out *o, const char *fmt, va_list ap) {
    o->total = 0;
    while (*fmt) {
        if (*fmt != '%') {
            const char *s = fmt;
            while (*fmt && *fmt != '%') fmt++;
            emit(o, s, (size_t)(fmt - s));
            continue;
        }
        const char *start = fmt++;
        struct spec sp = {0, 0, 0, 0, 0, 0, -1};
        for (;; fmt++) {
            if (*fmt == '-') sp.left = 1;
            else if (*fmt == '+') sp.plus = 1;
            else if (*fmt == ' ') sp.space = 1;
            else if (*fmt == '#') sp.alt = 1;
            else if (*fmt == '0') sp.zero = 1;
            else break;
        }
        if (*fmt == '*') {
            sp.width = va_arg(ap, int);
            if (sp.width < 0) { sp.left = 1; sp.width = -sp.width; }
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') sp.width = sp.width * 10 + (*fmt++ - '0');
        }
        if (*fmt == '.') {
            fmt++;
            sp.prec = 0;
            if (*fmt == '*') {
                sp.prec = va_arg(ap, int);
                if (sp.prec < 0) sp.prec = -1;
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9') sp.prec = sp.prec * 10 + (*fmt++ - '0');
            }
        }
        int len = 0; /* 0 int, 1 long, 2 long long, -1 short, -2 char, 3 size/ptrdiff/intmax */
        for (;; fmt++) {
            if (*fmt == 'h') len = len == -1 ? -2 : -1;
            else if (*fmt == 'l') len = len == 1 ? 2 : 1;
            else if (*fmt == 'z' || *fmt == 'j' || *fmt == 't') len = 3;
            else if (*fmt == 'L') len = 4;
            else break;
        }
        char c = *fmt;
        if (!c) { emit(o, start, (size_t)(fmt - start)); break; }
        fmt++;
        switch (c) {
        case 'd': case 'i': {
            long long v;
            if (len == 2 || len == 1 || len == 3) v = va_arg(ap, long long);
            else v = va_arg(ap, int);
            if (len == -1) v = (short)v;
            if (len == -2) v = (signed char)v;
            uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
            fmt_int(o, &sp, u, v < 0, 10, 0, c);
            break;
        }
        case 'u': case 'o': case 'x': case 'X': {
            unsigned long long v;
            if (len == 2 || len == 1 || len == 3) v = va_arg(ap, unsigned long long);
            else v = va_arg(ap, unsigned int);
            if (len == -1) v = (unsigned short)v;
            if (len == -2) v = (unsigned char)v;
            fmt_int(o, &sp, v, 0, c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X', c);
            break;
        }
        case 'c': {
            char ch = (char)va_arg(ap, int);
            sp.prec = -1;
            emit_field(o, &sp, "", 0, &ch, 1, 0);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t n = sp.prec >= 0 ? strnlen(s, (size_t)sp.prec) : strlen(s);
            emit_field(o, &sp, "", 0, s, n, 0);
            break;
        }
        case 'p': {
            void *ptr = va_arg(ap, void *);
            if (!ptr) {
                emit_field(o, &sp, "", 0, "(nil)", 5, 0);
            } else {
                sp.alt = 1;
                fmt_int(o, &sp, (uint64_t)(uintptr_t)ptr, 0, 16, 0, 'x');
            }
            break;
        }
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
            double v = len == 4 ? (double)va_arg(ap, long double) : va_arg(ap, double);
            fmt_float(o, &sp, v, c);
            break;
        }
        case '%':
            emit(o, "%", 1);
            break;
        default: /* unknown conversion: print it as written */
            emit(o, start, (size_t)(fmt - start));
            break;
        }
    }
    return (int)o->total;
}
