package java.io;

import java.util.Objects;
import mote.io.Fs;

/** Reads a file (or standard input) through the platform's file handles. */
public class FileInputStream extends InputStream {
    private final int handle;
    private final String path;
    private final FileDescriptor fd;
    private volatile boolean closed;
    /** Bytes left in a regular file, for available(); -1 when unknown (stdin). */
    private long left = -1;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) throw new NullPointerException();
        if (file.isInvalid()) throw new FileNotFoundException("Invalid file path");
        int h = Fs.open0(name, Fs.READ);
        if (h < 0) throw new FileNotFoundException(name + " (" + Fs.strerror(-h) + ")");
        handle = h;
        path = name;
        fd = new FileDescriptor(h);
        long[] st = Fs.stat(name);
        if (st != null && st[0] == Fs.KIND_FILE) left = st[1];
    }

    public FileInputStream(FileDescriptor fdObj) {
        Objects.requireNonNull(fdObj);
        handle = fdObj.fd;
        fd = fdObj;
        path = null;
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream Closed");
    }

    public int read() throws IOException {
        byte[] b = new byte[1];
        return read(b, 0, 1) == 1 ? b[0] & 0xff : -1;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) return 0;
        int n = Fs.read0(handle, b, off, len);
        if (n < 0) throw Fs.ioError(n);
        if (n == 0) return -1;
        if (left > 0) left = Math.max(0, left - n);
        return n;
    }

    public long skip(long n) throws IOException {
        ensureOpen();
        return super.skip(n);
    }

    public int available() throws IOException {
        ensureOpen();
        return left < 0 ? 0 : (int) Math.min(left, Integer.MAX_VALUE);
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (path != null) Fs.close0(handle);
    }
}
