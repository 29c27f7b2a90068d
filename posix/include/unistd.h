/* Mote POSIX layer: unistd.h */
#ifndef _UNISTD_H
#define _UNISTD_H
#include <sys/types.h>
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t pread(int fd, void *buf, size_t n, off_t off);
off_t lseek(int fd, off_t off, int whence);
int close(int fd);
int isatty(int fd);
unsigned sleep(unsigned secs);
int usleep(unsigned us);
void _exit(int code) __attribute__((noreturn));
pid_t getpid(void);
pid_t fork(void);
#endif
