package java.io;

/** A BufferedReader that counts line terminators (\n, \r or \r\n, and the end of a last unterminated line). */
public class LineNumberReader extends BufferedReader {
    private int lineNumber = 0;
    private int markedLineNumber;
    private boolean skipLF;
    private boolean markedSkipLF;
    /** The last char read ended a line or nothing was read yet: reaching the end then adds no line. */
    private boolean atLineStart = true;
    private boolean markedAtLineStart;
    private boolean eofCounted;

    public LineNumberReader(Reader in) {
        super(in);
    }

    public LineNumberReader(Reader in, int sz) {
        super(in, sz);
    }

    public void setLineNumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    private void atEof() {
        if (!atLineStart && !eofCounted) {
            lineNumber++;
            eofCounted = true;
        }
    }

    public int read() throws IOException {
        synchronized (lock) {
            int c = super.read();
            if (skipLF) {
                if (c == '\n') c = super.read();
                skipLF = false;
            }
            switch (c) {
                case -1:
                    atEof();
                    return -1;
                case '\r':
                    skipLF = true;
                    lineNumber++;
                    atLineStart = true;
                    return '\n';
                case '\n':
                    lineNumber++;
                    atLineStart = true;
                    return '\n';
                default:
                    atLineStart = false;
                    return c;
            }
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            int n = super.read(cbuf, off, len);
            if (n == -1) {
                atEof();
                return -1;
            }
            for (int i = off; i < off + n; i++) {
                int c = cbuf[i];
                if (skipLF) {
                    skipLF = false;
                    if (c == '\n') continue;
                }
                switch (c) {
                    case '\r':
                        skipLF = true;
                        lineNumber++;
                        atLineStart = true;
                        break;
                    case '\n':
                        lineNumber++;
                        atLineStart = true;
                        break;
                    default:
                        atLineStart = false;
                }
            }
            return n;
        }
    }

    public String readLine() throws IOException {
        synchronized (lock) {
            String l = readLineNoCount();
            if (l != null) {
                lineNumber++;
                atLineStart = true;
            } else {
                atEof();
            }
            skipLF = false;
            return l;
        }
    }

    private String readLineNoCount() throws IOException {
        if (skipLF) {
            skipLF = false;
            // The '\n' of a "\r\n" already counted by read().
            mark(1);
            if (super.read() != '\n') reset();
        }
        return super.readLine();
    }

    public long skip(long n) throws IOException {
        if (n < 0) throw new IllegalArgumentException("skip() value is negative");
        synchronized (lock) {
            long r = n;
            while (r > 0) {
                if (read() == -1) break;
                r--;
            }
            return n - r;
        }
    }

    public void mark(int readAheadLimit) throws IOException {
        synchronized (lock) {
            super.mark(readAheadLimit);
            markedLineNumber = lineNumber;
            markedSkipLF = skipLF;
            markedAtLineStart = atLineStart;
        }
    }

    public void reset() throws IOException {
        synchronized (lock) {
            super.reset();
            lineNumber = markedLineNumber;
            skipLF = markedSkipLF;
            atLineStart = markedAtLineStart;
        }
    }
}
