package java.io;

import java.util.Arrays;
import java.util.Objects;

/** A source of bytes. Subclasses implement {@link #read()}; the bulk methods build on it. */
public abstract class InputStream implements Closeable {
    private static final int TRANSFER_CHUNK = 8192;

    public InputStream() {}

    /** An open stream with no bytes (reading after close throws IOException("Stream closed")). */
    public static InputStream nullInputStream() {
        return new InputStream() {
            private boolean closed;

            private void ensureOpen() throws IOException {
                if (closed) throw new IOException("Stream closed");
            }

            @Override
            public int read() throws IOException {
                ensureOpen();
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                ensureOpen();
                return len == 0 ? 0 : -1;
            }

            @Override
            public int available() throws IOException {
                ensureOpen();
                return 0;
            }

            @Override
            public long transferTo(OutputStream out) throws IOException {
                Objects.requireNonNull(out);
                ensureOpen();
                return 0L;
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    public abstract int read() throws IOException;

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    /** Reads at least one byte (blocking) unless at end of stream, then as many as are ready. */
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        int c = read();
        if (c == -1) return -1;
        b[off] = (byte) c;
        int n = 1;
        try {
            while (n < len) {
                c = read();
                if (c == -1) break;
                b[off + n] = (byte) c;
                n++;
            }
        } catch (IOException e) {
            // The first byte was delivered; the error surfaces on the next call.
        }
        return n;
    }

    public byte[] readAllBytes() throws IOException {
        return readNBytes(Integer.MAX_VALUE);
    }

    public byte[] readNBytes(int len) throws IOException {
        if (len < 0) throw new IllegalArgumentException("len < 0");
        byte[] buf = new byte[Math.min(len, TRANSFER_CHUNK)];
        int total = 0;
        while (total < len) {
            if (total == buf.length) {
                int grown = (int) Math.min((long) len, Math.max(buf.length * 2L, TRANSFER_CHUNK));
                if (grown == buf.length) throw new OutOfMemoryError("Required array size too large");
                buf = Arrays.copyOf(buf, grown);
            }
            int n = read(buf, total, buf.length - total);
            if (n < 0) break;
            total += n;
        }
        return total == buf.length ? buf : Arrays.copyOf(buf, total);
    }

    public int readNBytes(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int total = 0;
        while (total < len) {
            int n = read(b, off + total, len - total);
            if (n < 0) break;
            total += n;
        }
        return total;
    }

    public long skip(long n) throws IOException {
        long remaining = n;
        if (n <= 0) return 0;
        byte[] scratch = new byte[(int) Math.min(2048, remaining)];
        while (remaining > 0) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, remaining));
            if (r < 0) break;
            remaining -= r;
        }
        return n - remaining;
    }

    public void skipNBytes(long n) throws IOException {
        while (n > 0) {
            long skipped = skip(n);
            if (skipped > 0 && skipped <= n) {
                n -= skipped;
            } else if (skipped == 0) {
                if (read() == -1) throw new EOFException();
                n--;
            } else {
                throw new IOException("Unable to skip exactly");
            }
        }
    }

    public int available() throws IOException {
        return 0;
    }

    public void close() throws IOException {}

    public void mark(int readlimit) {}

    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    public boolean markSupported() {
        return false;
    }

    public long transferTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        byte[] buf = new byte[TRANSFER_CHUNK];
        long total = 0;
        int n;
        while ((n = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
    }
}
