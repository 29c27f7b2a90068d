package java.io;

import java.util.Objects;
import mote.io.Fs;

/** Writes a file through the platform's file handles, or the console (fd 1 and 2). */
public class FileOutputStream extends OutputStream {
    private final int fd;
    /** Platform file handle, or -1 for the console. */
    private final int handle;
    private final FileDescriptor fdObj;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) throw new NullPointerException();
        if (file.isInvalid()) throw new FileNotFoundException("Invalid file path");
        int h = Fs.open0(name, append ? Fs.APPEND : Fs.WRITE);
        if (h < 0) throw new FileNotFoundException(name + " (" + Fs.strerror(-h) + ")");
        handle = h;
        fd = -1;
        fdObj = new FileDescriptor(h);
    }

    public FileOutputStream(FileDescriptor fdObj) {
        Objects.requireNonNull(fdObj);
        this.fd = fdObj.fd;
        this.handle = -1;
        this.fdObj = fdObj;
    }

    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (handle < 0) {
            writeBytes(fd, b, off, len);
            return;
        }
        if (closed) throw new IOException("Stream Closed");
        while (len > 0) {
            int n = Fs.write0(handle, b, off, len);
            if (n < 0) throw Fs.ioError(n);
            off += n;
            len -= n;
        }
    }

    /** The console is buffered by the platform: flush pushes it out (files are written through). */
    public void flush() throws IOException {
        if (handle < 0) Fs.flushConsole0();
    }

    public final FileDescriptor getFD() throws IOException {
        return fdObj;
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (handle >= 0) Fs.close0(handle);
    }

    private static native void writeBytes(int fd, byte[] b, int off, int len);
}
