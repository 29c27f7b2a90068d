/* Mote libc: stdlib.h conversions, sorting and searching, rand. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* Shared by the strto* family: parses sign, base prefix and digits into an
   unsigned 64-bit magnitude, saturating; returns 0 digits consumed on failure. */
static const char *scan_int(const char *s, int base, int *neg, unsigned long long *mag, int *overflow, int *any) {
    while (isspace((unsigned char)*s)) s++;
    *neg = 0;
    if (*s == '+' || *s == '-') *neg = *s++ == '-';
    if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && isxdigit((unsigned char)s[2])) {
        s += 2;
        base = 16;
    } else if (base == 0) {
        base = s[0] == '0' ? 8 : 10;
    }
    *mag = 0;
    *overflow = 0;
    *any = 0;
    if (base < 2 || base > 36) return s;
    for (;; s++) {
        int c = (unsigned char)*s, d;
        if (isdigit(c)) d = c - '0';
        else if (isalpha(c)) d = tolower(c) - 'a' + 10;
        else break;
        if (d >= base) break;
        *any = 1;
        if (*mag > (ULLONG_MAX - (unsigned)d) / (unsigned)base) *overflow = 1;
        else *mag = *mag * (unsigned)base + (unsigned)d;
    }
    return s;
}

long long strtoll(const char *s, char **end, int base) {
    int neg, of, any;
    unsigned long long m;
    const char *e = scan_int(s, base, &neg, &m, &of, &any);
    if (end) *end = (char *)(any ? e : s);
    if (of || m > (neg ? (unsigned long long)LLONG_MAX + 1 : (unsigned long long)LLONG_MAX)) {
        errno = ERANGE;
        return neg ? LLONG_MIN : LLONG_MAX;
    }
    return neg ? (long long)(0 - m) : (long long)m;
}
long strtol(const char *s, char **end, int base) { return (long)strtoll(s, end, base); }
unsigned long long strtoull(const char *s, char **end, int base) {
    int neg, of, any;
    unsigned long long m;
    const char *e = scan_int(s, base, &neg, &m, &of, &any);
    if (end) *end = (char *)(any ? e : s);
    if (of) {
        errno = ERANGE;
        return ULLONG_MAX;
    }
    return neg ? 0 - m : m;
}
unsigned long strtoul(const char *s, char **end, int base) { return (unsigned long)strtoull(s, end, base); }
int atoi(const char *s) { return (int)strtol(s, NULL, 10); }
long atol(const char *s) { return strtol(s, NULL, 10); }
long long atoll(const char *s) { return strtoll(s, NULL, 10); }

/* Decimal to double: up to 19 significant digits accumulated exactly, then
   scaled by a power of ten in long double (x87, 64-bit mantissa). Correct
   for ordinary inputs; not guaranteed correctly rounded for every input with
   more than 19 significant digits or extreme exponents. */
static long double pow10l_(int e) {
    long double r = 1.0L, b = 10.0L;
    int neg = e < 0;
    unsigned n = neg ? (unsigned)-e : (unsigned)e;
    while (n) {
        if (n & 1) r *= b;
        b *= b;
        n >>= 1;
    }
    return neg ? 1.0L / r : r;
}

static int match_word(const char *p, const char *w) {
    for (; *w; p++, w++) if (tolower((unsigned char)*p) != *w) return 0;
    return 1;
}

double strtod(const char *s, char **end) {
    const char *p = s;
    while (isspace((unsigned char)*p)) p++;
    int neg = 0;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    if (match_word(p, "inf")) {
        p += match_word(p, "infinity") ? 8 : 3;
        if (end) *end = (char *)p;
        return neg ? -__builtin_inf() : __builtin_inf();
    }
    if (match_word(p, "nan")) {
        if (end) *end = (char *)(p + 3);
        return neg ? -__builtin_nan("") : __builtin_nan("");
    }
    unsigned long long mant = 0;
    int digits = 0, scale = 0, any = 0;
    for (; isdigit((unsigned char)*p); p++) {
        any = 1;
        if (digits < 19) {
            if (mant || *p != '0') digits++;
            mant = mant * 10 + (unsigned)(*p - '0');
        } else {
            scale++;
        }
    }
    if (*p == '.') {
        p++;
        for (; isdigit((unsigned char)*p); p++) {
            any = 1;
            if (digits < 19) {
                if (mant || *p != '0') digits++;
                mant = mant * 10 + (unsigned)(*p - '0');
                scale--;
            }
        }
    }
    if (!any) {
        if (end) *end = (char *)s;
        return 0;
    }
    if ((*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        int eneg = 0;
        if (*q == '+' || *q == '-') eneg = *q++ == '-';
        if (isdigit((unsigned char)*q)) {
            int e = 0;
            for (; isdigit((unsigned char)*q); q++) if (e < 100000) e = e * 10 + (*q - '0');
            scale += eneg ? -e : e;
            p = q;
        }
    }
    if (end) *end = (char *)p;
    long double v = (long double)mant;
    if (mant && scale) {
        if (scale < -4950) v = 0;
        else if (scale > 4950) v = __builtin_infl();
        else v *= pow10l_(scale);
    }
    double d = (double)v;
    if (mant && (d == 0 || d - d != 0)) errno = ERANGE;
    return neg ? -d : d;
}

float strtof(const char *s, char **end) { return (float)strtod(s, end); }
double atof(const char *s) { return strtod(s, NULL); }

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }
div_t div(int a, int b) { div_t r = {a / b, a % b}; return r; }
ldiv_t ldiv(long a, long b) { ldiv_t r = {a / b, a % b}; return r; }

void _Exit(int code) { _exit(code); }

/* rand: a 64-bit LCG (Knuth's MMIX constants), high bits returned */
static unsigned long long rand_state = 1;
void srand(unsigned seed) { rand_state = seed; }
int rand(void) {
    rand_state = rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (int)((rand_state >> 33) & RAND_MAX);
}

static void swap_bytes(char *a, char *b, size_t n) {
    while (n--) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

/* qsort: introsort-free but safe quicksort (median of three, recursion on
   the smaller side, insertion sort for short runs): O(log n) stack. */
void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    char *a = base;
    while (n > 8) {
        char *lo = a, *mid = a + (n / 2) * size, *hi = a + (n - 1) * size;
        if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
        if (cmp(hi, mid) < 0) {
            swap_bytes(hi, mid, size);
            if (cmp(mid, lo) < 0) swap_bytes(mid, lo, size);
        }
        swap_bytes(mid, hi - size, size); /* pivot at n-2 */
        char *pivot = hi - size;
        char *i = lo, *j = pivot;
        for (;;) {
            do i += size; while (cmp(i, pivot) < 0);
            do j -= size; while (j > lo && cmp(pivot, j) < 0);
            if (i >= j) break;
            swap_bytes(i, j, size);
        }
        swap_bytes(i, pivot, size);
        size_t left = (size_t)(i - a) / size, right = n - left - 1;
        if (left < right) {
            qsort(a, left, size, cmp);
            a = i + size;
            n = right;
        } else {
            qsort(i + size, right, size, cmp);
            n = left;
        }
    }
    for (size_t k = 1; k < n; k++) {
        for (size_t m = k; m > 0 && cmp(a + (m - 1) * size, a + m * size) > 0; m--) swap_bytes(a + (m - 1) * size, a + m * size, size);
    }
}

void *bsearch(const void *key, const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    const char *a = base;
    while (n > 0) {
        const char *mid = a + (n / 2) * size;
        int c = cmp(key, mid);
        if (c == 0) return (void *)mid;
        if (c > 0) {
            a = mid + size;
            n -= n / 2 + 1;
        } else {
            n /= 2;
        }
    }
    return NULL;
}
