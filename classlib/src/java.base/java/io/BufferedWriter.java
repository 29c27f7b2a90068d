package java.io;

import java.util.Objects;

public class BufferedWriter extends Writer {
    private Writer out;
    private char[] cb;
    private int nChars, nextChar;

    public BufferedWriter(Writer out) {
        this(out, 8192);
    }

    public BufferedWriter(Writer out, int sz) {
        super(out);
        if (sz <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        this.out = out;
        cb = new char[sz];
        nChars = sz;
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (nextChar == 0) return;
            out.write(cb, 0, nextChar);
            nextChar = 0;
        }
    }

    public void write(int c) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (nextChar >= nChars) flushBuffer();
            cb[nextChar++] = (char) c;
        }
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) return;
            if (len >= nChars) {
                flushBuffer();
                out.write(cbuf, off, len);
                return;
            }
            int end = off + len;
            while (off < end) {
                int d = Math.min(nChars - nextChar, end - off);
                System.arraycopy(cbuf, off, cb, nextChar, d);
                off += d;
                nextChar += d;
                if (nextChar >= nChars) flushBuffer();
            }
        }
    }

    public void write(String s, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            int end = off + len;
            while (off < end) {
                int d = Math.min(nChars - nextChar, end - off);
                IoSupport.getChars(s, off, off + d, cb, nextChar);
                off += d;
                nextChar += d;
                if (nextChar >= nChars) flushBuffer();
            }
        }
    }

    public void newLine() throws IOException {
        write(System.lineSeparator());
    }

    public void flush() throws IOException {
        synchronized (lock) {
            flushBuffer();
            out.flush();
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (out == null) return;
            Writer w = out;
            try {
                flushBuffer();
            } finally {
                out = null;
                cb = null;
                w.close();
            }
        }
    }
}
