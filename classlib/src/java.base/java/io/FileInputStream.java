package java.io;

import java.util.Objects;
import mote.io.Fs;

/** Reads a file (or standard input) through the platform's file handles. */
public class FileInputStream extends InputStream {
    private final int handle;
    private final String path;
    private final FileDescriptor fd;
    private volatile boolean closed;

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
        return n;
    }

    /** Files move the position (even past the end, or back for n < 0, as lseek does); stdin reads. */
    public long skip(long n) throws IOException {
        ensureOpen();
        long cur = path == null ? -1 : Fs.seek0(handle, 0, Fs.SEEK_CUR);
        if (cur < 0) return super.skip(n);
        long end = Fs.seek0(handle, n, Fs.SEEK_CUR);
        if (end < 0) throw new IOException(Fs.strerror((int) -end));
        return end - cur;
    }

    public int available() throws IOException {
        ensureOpen();
        long n = Fs.available0(handle);
        if (n < 0) return 0;
        return (int) Math.min(n, Integer.MAX_VALUE);
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
