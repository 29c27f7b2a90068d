package java.io;

import java.util.Objects;

/** Buffers a Reader; reads lines ended by \n, \r or \r\n. */
public class BufferedReader extends Reader {
    private static final int NO_MARK = -1, LOST_MARK = -2;

    private Reader in;
    private char[] cb;
    private int nChars, nextChar;
    private int markedChar = NO_MARK;
    private int readAheadLimit;
    /** The last char delivered was '\r': a following '\n' belongs to the same line end. */
    private boolean skipLF;
    private boolean markedSkipLF;

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        this.in = in;
        cb = new char[sz];
    }

    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    private void ensureOpen() throws IOException {
        if (in == null) throw new IOException("Stream closed");
    }

    /** Reads more chars, keeping the marked region (up to readAheadLimit chars). */
    private void fill() throws IOException {
        int dst = 0;
        if (markedChar >= 0) {
            int kept = nextChar - markedChar;
            if (kept >= readAheadLimit) {
                markedChar = LOST_MARK;
                readAheadLimit = 0;
            } else {
                char[] target = readAheadLimit <= cb.length ? cb : new char[readAheadLimit];
                System.arraycopy(cb, markedChar, target, 0, kept);
                cb = target;
                markedChar = 0;
                dst = kept;
                nextChar = nChars = kept;
            }
        }
        int n;
        do {
            n = in.read(cb, dst, cb.length - dst);
        } while (n == 0);
        if (n > 0) {
            nChars = dst + n;
            nextChar = dst;
        }
    }

    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            while (true) {
                if (nextChar >= nChars) {
                    fill();
                    if (nextChar >= nChars) return -1;
                }
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n') {
                        nextChar++;
                        continue;
                    }
                }
                return cb[nextChar++];
            }
        }
    }

    private int read1(char[] cbuf, int off, int len) throws IOException {
        if (nextChar >= nChars) {
            if (len >= cb.length && markedChar < 0 && !skipLF) return in.read(cbuf, off, len);
            fill();
        }
        if (nextChar >= nChars) return -1;
        if (skipLF) {
            skipLF = false;
            if (cb[nextChar] == '\n') {
                nextChar++;
                if (nextChar >= nChars) fill();
                if (nextChar >= nChars) return -1;
            }
        }
        int n = Math.min(len, nChars - nextChar);
        System.arraycopy(cb, nextChar, cbuf, off, n);
        nextChar += n;
        return n;
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) return 0;
            int n = read1(cbuf, off, len);
            if (n <= 0) return n;
            while (n < len && in.ready()) {
                int n1 = read1(cbuf, off + n, len - n);
                if (n1 <= 0) break;
                n += n1;
            }
            return n;
        }
    }

    public String readLine() throws IOException {
        synchronized (lock) {
            ensureOpen();
            StringBuilder partial = null;
            boolean dropLF = skipLF;
            while (true) {
                if (nextChar >= nChars) fill();
                if (nextChar >= nChars) {
                    return partial != null && partial.length() > 0 ? partial.toString() : null;
                }
                if (dropLF && cb[nextChar] == '\n') nextChar++;
                skipLF = false;
                dropLF = false;
                int i = nextChar;
                char c = 0;
                while (i < nChars) {
                    c = cb[i];
                    if (c == '\n' || c == '\r') break;
                    i++;
                }
                String piece = new String(cb, nextChar, i - nextChar);
                if (i < nChars) {
                    nextChar = i + 1;
                    if (c == '\r') skipLF = true;
                    return partial == null ? piece : partial.append(piece).toString();
                }
                nextChar = i;
                if (partial == null) partial = new StringBuilder();
                partial.append(piece);
            }
        }
    }

    public long skip(long n) throws IOException {
        if (n < 0L) throw new IllegalArgumentException("skip value is negative");
        synchronized (lock) {
            ensureOpen();
            long r = n;
            while (r > 0) {
                if (nextChar >= nChars) fill();
                if (nextChar >= nChars) break;
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n') nextChar++;
                }
                long d = nChars - nextChar;
                if (r <= d) {
                    nextChar += (int) r;
                    r = 0;
                    break;
                }
                r -= d;
                nextChar = nChars;
            }
            return n - r;
        }
    }

    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (skipLF) {
                if (nextChar >= nChars && in.ready()) fill();
                if (nextChar < nChars) {
                    if (cb[nextChar] == '\n') nextChar++;
                    skipLF = false;
                }
            }
            return nextChar < nChars || in.ready();
        }
    }

    public boolean markSupported() {
        return true;
    }

    public void mark(int readAheadLimit) throws IOException {
        if (readAheadLimit < 0) throw new IllegalArgumentException("Read-ahead limit < 0");
        synchronized (lock) {
            ensureOpen();
            this.readAheadLimit = readAheadLimit;
            markedChar = nextChar;
            markedSkipLF = skipLF;
        }
    }

    public void reset() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (markedChar < 0) throw new IOException(markedChar == LOST_MARK ? "Mark invalid" : "Stream not marked");
            nextChar = markedChar;
            skipLF = markedSkipLF;
        }
    }

    public void close() throws IOException {
        synchronized (lock) {
            if (in == null) return;
            try {
                in.close();
            } finally {
                in = null;
                cb = null;
            }
        }
    }

    /**
     * The remaining lines as a lazy stream (each read when the stream asks
     * for it); an IOException becomes an UncheckedIOException.
     */
    public java.util.stream.Stream<String> lines() {
        java.util.Iterator<String> it = new java.util.Iterator<String>() {
            private String next;
            private boolean done;

            public boolean hasNext() {
                if (next != null) return true;
                if (done) return false;
                try {
                    next = readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (next == null) done = true;
                return next != null;
            }

            public String next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                String line = next;
                next = null;
                return line;
            }
        };
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(
                        it, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL),
                false);
    }
}
