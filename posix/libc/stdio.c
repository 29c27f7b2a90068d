/* Mote libc: stdio. Output streams format into a small buffer and hand
 * whole chunks to write(2) (the console for stdout/stderr); stdout is
 * line-buffered, stderr unbuffered. Input streams read files of the sealed
 * filesystem through read(2). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>
#include "format.h"

/* One lock for all streams: output from many threads stays whole per call. */
static pthread_mutex_t stdio_lock = PTHREAD_MUTEX_INITIALIZER;
#define LOCK() pthread_mutex_lock(&stdio_lock)
#define UNLOCK() pthread_mutex_unlock(&stdio_lock)

struct __mote_file {
    int fd;
    int eof, err;
    int mode; /* 0 read, 1 write line-buffered, 2 write unbuffered */
    int unget;
    size_t rpos, rlen; /* read buffer window */
    size_t wlen;
    char *buf; /* BUFSIZ bytes */
};

/* buffers apart from the (initialised, so .data) FILE records: they stay in .bss */
static char stdin_buf[BUFSIZ], stdout_buf[BUFSIZ], stderr_buf[BUFSIZ];
static FILE file_stdin = {0, 0, 0, 0, -1, 0, 0, 0, stdin_buf};
static FILE file_stdout = {1, 0, 0, 1, -1, 0, 0, 0, stdout_buf};
static FILE file_stderr = {2, 0, 0, 2, -1, 0, 0, 0, stderr_buf};
FILE *stdin = &file_stdin;
FILE *stdout = &file_stdout;
FILE *stderr = &file_stderr;

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int flush_unlocked(FILE *f) {
    if (f->mode == 0 || f->wlen == 0) return 0;
    int r = write_all(f->fd, f->buf, f->wlen);
    f->wlen = 0;
    if (r) f->err = 1;
    return r ? EOF : 0;
}

int fflush(FILE *f) {
    LOCK();
    int r = 0;
    if (!f) {
        flush_unlocked(stdout);
        flush_unlocked(stderr);
    } else {
        r = flush_unlocked(f);
    }
    UNLOCK();
    return r;
}

/* called by exit() and after main() returns; never waits for the lock (a
   thread may hold it forever), then flushes anyway */
void __mote_stdio_flush(void) {
    int locked = pthread_mutex_trylock(&stdio_lock) == 0;
    flush_unlocked(stdout);
    flush_unlocked(stderr);
    if (locked) UNLOCK();
}

static int put_bytes(FILE *f, const char *s, size_t n) {
    if (f->mode == 0) {
        f->err = 1;
        errno = EBADF;
        return -1;
    }
    if (f->mode == 2) return write_all(f->fd, s, n) ? (f->err = 1, -1) : 0;
    while (n > 0) {
        size_t room = BUFSIZ - f->wlen;
        size_t k = n < room ? n : room;
        memcpy(f->buf + f->wlen, s, k);
        f->wlen += k;
        s += k;
        n -= k;
        if (f->wlen == BUFSIZ && flush_unlocked(f)) return -1;
    }
    if (f->mode == 1 && f->wlen > 0 && memchr(f->buf, '\n', f->wlen)) return flush_unlocked(f) ? -1 : 0;
    return 0;
}

static void file_sink(struct fmt_out *o, const char *s, size_t n) {
    put_bytes((FILE *)o->ctx, s, n);
}

int vfprintf(FILE *f, const char *fmt, va_list ap) {
    struct fmt_out o = {file_sink, 0, f, 0, 0, 0};
    LOCK();
    int n = __mote_format(&o, fmt, ap);
    int err = f->err;
    UNLOCK();
    return err ? -1 : n;
}

int fprintf(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(f, fmt, ap);
    va_end(ap);
    return n;
}

int vprintf(const char *fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(stdout, fmt, ap);
    va_end(ap);
    return n;
}

static void buf_sink(struct fmt_out *o, const char *s, size_t n) {
    if (o->cap == 0) return;
    size_t room = o->cap - 1 - o->len;
    size_t k = n < room ? n : room;
    memcpy(o->buf + o->len, s, k);
    o->len += k;
}

int vsnprintf(char *s, size_t cap, const char *fmt, va_list ap) {
    struct fmt_out o = {buf_sink, 0, 0, s, cap, 0};
    int n = __mote_format(&o, fmt, ap);
    if (cap > 0) s[o.len] = 0;
    return n;
}

int snprintf(char *s, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(s, cap, fmt, ap);
    va_end(ap);
    return n;
}

int vsprintf(char *s, const char *fmt, va_list ap) { return vsnprintf(s, (size_t)-1 / 2, fmt, ap); }

int sprintf(char *s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsprintf(s, fmt, ap);
    va_end(ap);
    return n;
}

static int put_locked(FILE *f, const char *s, size_t n) {
    LOCK();
    int r = put_bytes(f, s, n);
    UNLOCK();
    return r;
}

int fputs(const char *s, FILE *f) { return put_locked(f, s, strlen(s)) ? EOF : 0; }
int fputc(int c, FILE *f) {
    char ch = (char)c;
    return put_locked(f, &ch, 1) ? EOF : (unsigned char)c;
}
int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }
int puts(const char *s) {
    LOCK();
    int r = put_bytes(stdout, s, strlen(s)) || put_bytes(stdout, "\n", 1);
    UNLOCK();
    return r ? EOF : 1;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *f) {
    if (size == 0 || n == 0) return 0;
    return put_locked(f, p, size * n) ? 0 : n;
}

void perror(const char *s) {
    int e = errno;
    if (s && *s) fprintf(stderr, "%s: %s\n", s, strerror(e));
    else fprintf(stderr, "%s\n", strerror(e));
}

FILE *fopen(const char *path, const char *mode) {
    int flags = O_RDONLY;
    if (mode[0] == 'w') flags = O_WRONLY | O_CREAT | O_TRUNC;
    else if (mode[0] == 'a') flags = O_WRONLY | O_CREAT | O_APPEND;
    if (strchr(mode, '+')) flags = (flags & ~3) | O_RDWR;
    int fd = open(path, flags);
    if (fd < 0) return NULL;
    FILE *f = calloc(1, sizeof *f + BUFSIZ);
    if (!f) {
        close(fd);
        errno = ENOMEM;
        return NULL;
    }
    f->buf = (char *)(f + 1);
    f->fd = fd;
    f->mode = 0;
    f->unget = -1;
    return f;
}

int fclose(FILE *f) {
    int r = f->mode ? fflush(f) : 0;
    if (f == stdin || f == stdout || f == stderr) return r;
    if (close(f->fd)) r = EOF;
    free(f);
    return r;
}

static int fill(FILE *f) {
    if (f->mode != 0) {
        f->err = 1;
        errno = EBADF;
        return -1;
    }
    ssize_t n = read(f->fd, f->buf, BUFSIZ);
    if (n < 0) {
        f->err = 1;
        return -1;
    }
    if (n == 0) {
        f->eof = 1;
        return -1;
    }
    f->rpos = 0;
    f->rlen = (size_t)n;
    return 0;
}

int fgetc(FILE *f) {
    if (f->unget >= 0) {
        int c = f->unget;
        f->unget = -1;
        return c;
    }
    if (f->rpos == f->rlen && fill(f)) return EOF;
    return (unsigned char)f->buf[f->rpos++];
}
int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }
int ungetc(int c, FILE *f) {
    if (c == EOF || f->unget >= 0) return EOF;
    f->unget = c & 0xff;
    f->eof = 0;
    return f->unget;
}

char *fgets(char *s, int n, FILE *f) {
    if (n <= 0) return NULL;
    int i = 0;
    while (i < n - 1) {
        int c = fgetc(f);
        if (c == EOF) break;
        s[i++] = (char)c;
        if (c == '\n') break;
    }
    if (i == 0) return NULL;
    s[i] = 0;
    return s;
}

size_t fread(void *p, size_t size, size_t n, FILE *f) {
    if (size == 0 || n == 0) return 0;
    size_t want = size * n, got = 0;
    char *out = p;
    if (f->unget >= 0 && want > 0) {
        out[got++] = (char)f->unget;
        f->unget = -1;
    }
    while (got < want) {
        if (f->rpos == f->rlen && fill(f)) break;
        size_t k = f->rlen - f->rpos;
        if (k > want - got) k = want - got;
        memcpy(out + got, f->buf + f->rpos, k);
        f->rpos += k;
        got += k;
    }
    return got / size;
}

int feof(FILE *f) { return f->eof; }
int ferror(FILE *f) { return f->err; }
void clearerr(FILE *f) { f->eof = f->err = 0; }
int fileno(FILE *f) { return f->fd; }

int fseek(FILE *f, long off, int whence) {
    if (f->mode && fflush(f)) return -1;
    if (whence == SEEK_CUR) off -= (long)(f->rlen - f->rpos) + (f->unget >= 0);
    if (lseek(f->fd, off, whence) < 0) return -1;
    f->rpos = f->rlen = 0;
    f->unget = -1;
    f->eof = 0;
    return 0;
}

long ftell(FILE *f) {
    long pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return -1;
    return pos - (long)(f->rlen - f->rpos) - (f->unget >= 0) + (long)f->wlen;
}

void rewind(FILE *f) {
    fseek(f, 0, SEEK_SET);
    f->err = 0;
}
