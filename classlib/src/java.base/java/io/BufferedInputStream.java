package java.io;

import java.util.Arrays;
import java.util.Objects;

public class BufferedInputStream extends FilterInputStream {
    protected volatile byte[] buf;
    protected int count;
    protected int pos;
    protected int markpos = -1;
    protected int marklimit;

    public BufferedInputStream(InputStream in) {
        this(in, 8192);
    }

    public BufferedInputStream(InputStream in, int size) {
        super(in);
        if (size <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        buf = new byte[size];
    }

    private InputStream input() throws IOException {
        InputStream i = in;
        if (i == null) throw new IOException("Stream closed");
        return i;
    }

    private byte[] buffer() throws IOException {
        byte[] b = buf;
        if (b == null) throw new IOException("Stream closed");
        return b;
    }

    /** Refills the buffer, keeping the marked region when there is one (growing up to marklimit). */
    private void fill() throws IOException {
        byte[] b = buffer();
        if (markpos < 0) {
            pos = 0;
        } else if (pos >= b.length) {
            if (markpos > 0) {
                int keep = pos - markpos;
                System.arraycopy(b, markpos, b, 0, keep);
                pos = keep;
                markpos = 0;
            } else if (b.length >= marklimit) {
                markpos = -1;
                pos = 0;
            } else {
                int grown = Math.min(Math.max(pos * 2, 1), marklimit);
                if (grown <= pos) grown = pos + 1;
                b = Arrays.copyOf(b, grown);
                buf = b;
            }
        }
        count = pos;
        int n = input().read(b, pos, b.length - pos);
        if (n > 0) count = n + pos;
    }

    public synchronized int read() throws IOException {
        if (pos >= count) {
            fill();
            if (pos >= count) return -1;
        }
        return buffer()[pos++] & 0xff;
    }

    private int read1(byte[] b, int off, int len) throws IOException {
        int avail = count - pos;
        if (avail <= 0) {
            if (len >= buffer().length && markpos < 0) return input().read(b, off, len);
            fill();
            avail = count - pos;
            if (avail <= 0) return -1;
        }
        int cnt = Math.min(avail, len);
        System.arraycopy(buffer(), pos, b, off, cnt);
        pos += cnt;
        return cnt;
    }

    public synchronized int read(byte[] b, int off, int len) throws IOException {
        buffer();
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        int n = 0;
        while (true) {
            int nread = read1(b, off + n, len - n);
            if (nread <= 0) return n == 0 ? nread : n;
            n += nread;
            if (n >= len) return n;
            InputStream i = in;
            if (i != null && i.available() <= 0) return n;
        }
    }

    public synchronized long skip(long n) throws IOException {
        buffer();
        if (n <= 0) return 0;
        long avail = count - pos;
        if (avail <= 0) {
            if (markpos < 0) return input().skip(n);
            fill();
            avail = count - pos;
            if (avail <= 0) return 0;
        }
        long skipped = Math.min(avail, n);
        pos += (int) skipped;
        return skipped;
    }

    public synchronized int available() throws IOException {
        int n = count - pos;
        int avail = input().available();
        return n > Integer.MAX_VALUE - avail ? Integer.MAX_VALUE : n + avail;
    }

    public synchronized void mark(int readlimit) {
        marklimit = readlimit;
        markpos = pos;
    }

    public synchronized void reset() throws IOException {
        buffer();
        if (markpos < 0) throw new IOException("Resetting to invalid mark");
        pos = markpos;
    }

    public boolean markSupported() {
        return true;
    }

    public void close() throws IOException {
        if (buf == null) return;
        buf = null;
        InputStream i = in;
        in = null;
        if (i != null) i.close();
    }
}
