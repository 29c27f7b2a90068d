/* Mote POSIX layer: fcntl.h. The filesystem is read-only: write intents fail with EROFS. */
#ifndef _FCNTL_H
#define _FCNTL_H
#include <sys/types.h>
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_CREAT 0100
#define O_EXCL 0200
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_DIRECTORY 0200000
#define O_CLOEXEC 02000000
#define F_GETFL 3
#define F_SETFL 4
int open(const char *path, int flags, ...);
int fcntl(int fd, int cmd, ...);
#endif
