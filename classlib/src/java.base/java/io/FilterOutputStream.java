package java.io;

public class FilterOutputStream extends OutputStream {
    protected OutputStream out;
    private boolean closed;

    public FilterOutputStream(OutputStream out) {
        this.out = out;
    }

    public void write(int b) throws IOException {
        out.write(b);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) write(b[off + i]);
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes, then closes the underlying stream (once); a flush failure is reported after closing. */
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        Throwable flushFailure = null;
        try {
            flush();
        } catch (Throwable t) {
            flushFailure = t;
            throw t;
        } finally {
            if (flushFailure == null) {
                out.close();
            } else {
                try {
                    out.close();
                } catch (Throwable t) {
                    if (flushFailure != t) flushFailure.addSuppressed(t);
                }
            }
        }
    }
}
