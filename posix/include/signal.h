/* Mote POSIX layer: signal.h. There are no signals in a unikernel: these fail with ENOSYS. */
#ifndef _SIGNAL_H
#define _SIGNAL_H
typedef void (*sighandler_t)(int);
#define SIG_ERR ((sighandler_t)-1)
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIGINT 2
#define SIGABRT 6
#define SIGPIPE 13
#define SIGTERM 15
sighandler_t signal(int sig, sighandler_t handler);
int raise(int sig);
int kill(int pid, int sig);
#endif
