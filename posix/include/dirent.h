/* Mote POSIX layer: dirent.h over the sealed filesystem */
#ifndef _DIRENT_H
#define _DIRENT_H
#include <sys/types.h>
struct dirent {
    ino_t d_ino;
    off_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[256];
};
#define DT_DIR 4
#define DT_REG 8
typedef struct __mote_dir DIR;
DIR *opendir(const char *path);
struct dirent *readdir(DIR *d);
int closedir(DIR *d);
#endif
