package mote.io;

import java.io.IOException;

/** File access for java.io and java.nio.file: natives over the VM's Platform (results are -errno on failure). */
public final class Fs {
    public static final int READ = 0, WRITE = 1, APPEND = 2, READ_WRITE = 3;
    public static final int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    public static final int ENOENT = 2, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, ENOTEMPTY = 39;
    public static final int KIND_FILE = 1, KIND_DIR = 2, KIND_OTHER = 3;

    private Fs() {}

    public static native int open0(String path, int mode);

    /** Bytes read, 0 at end of file (for len > 0), or -errno. */
    public static native int read0(int handle, byte[] b, int off, int len);

    public static native int write0(int handle, byte[] b, int off, int len);

    public static native int close0(int handle);

    /** The new position, or -errno. */
    public static native long seek0(int handle, long offset, int whence);

    public static native int setLength0(int handle, long length);

    /** Bytes readable without waiting (0 when unknown), or -errno. */
    public static native long available0(int handle);

    private static native int stat0(String path, long[] out);

    private static native String list0(String path, int[] err);

    public static native int delete0(String path);

    public static native int mkdir0(String path);

    public static native int rename0(String from, String to);

    private static long tempCounter = System.nanoTime();

    /** A name for a temporary file: prefix, a number not used before in this VM, suffix. */
    public static synchronized String tempName(String prefix, String suffix) {
        tempCounter = tempCounter * 6364136223846793005L + 1442695040888963407L;
        return prefix + (tempCounter >>> 1) + suffix;
    }

    private static native String cwd0();

    /** Pushes buffered console output out (System.out.flush()). */
    public static native void flushConsole0();

    private static String cwd;

    /** The working directory (user.dir), fixed at first use. */
    public static String cwd() {
        if (cwd == null) cwd = cwd0();
        return cwd;
    }

    /** {kind, size, mtime} or null when the path cannot be examined. */
    public static long[] stat(String path) {
        long[] out = new long[3];
        return stat0(path, out) == 0 ? out : null;
    }

    /** -errno of stat, or the kind. */
    public static int kind(String path) {
        long[] out = new long[3];
        int r = stat0(path, out);
        return r < 0 ? r : (int) out[0];
    }

    /** The names in a directory, or null with err[0] = errno. */
    public static String[] list(String path, int[] err) {
        String s = list0(path, err);
        if (s == null) return null;
        if (s.isEmpty()) return new String[0];
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\0') n++;
        String[] r = new String[n];
        int start = 0, k = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\0') {
                r[k++] = s.substring(start, i);
                start = i + 1;
            }
        }
        return r;
    }

    /** The C library's text for an errno, as HotSpot puts it in exception messages. */
    public static String strerror(int errno) {
        switch (errno) {
            case 1: return "Operation not permitted";
            case 2: return "No such file or directory";
            case 5: return "Input/output error";
            case 9: return "Bad file descriptor";
            case 13: return "Permission denied";
            case 16: return "Device or resource busy";
            case 17: return "File exists";
            case 20: return "Not a directory";
            case 21: return "Is a directory";
            case 22: return "Invalid argument";
            case 24: return "Too many open files";
            case 27: return "File too large";
            case 28: return "No space left on device";
            case 30: return "Read-only file system";
            case 36: return "File name too long";
            case 38: return "Function not implemented";
            case 39: return "Directory not empty";
            case 40: return "Too many levels of symbolic links";
            default: return "Unknown error " + errno;
        }
    }

    public static IOException ioError(int negErrno) {
        return new IOException(strerror(-negErrno));
    }
}
