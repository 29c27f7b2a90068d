package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Prints text (encoded, UTF-8 by default) to an OutputStream; never throws IOException (see checkError). */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final Charset charset;
    private boolean trouble;
    private boolean closing;
    /** A high surrogate printed last, not encoded yet (0 if none). */
    private char pendingHigh;
    /** Not a subclass (so no write method is overridden). */
    private final boolean plain = getClass() == PrintStream.class;
    /** '\n' encodes as the single byte 10. */
    private final boolean asciiCompatible;

    private static OutputStream requireNonNull(OutputStream out) {
        if (out == null) throw new NullPointerException("Null output stream");
        return out;
    }

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, StandardCharsets.UTF_8);
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(requireNonNull(out), autoFlush, mote.charset.Codec.forEncoding(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(requireNonNull(out));
        this.autoFlush = autoFlush;
        this.charset = Objects.requireNonNull(charset, "charset");
        this.asciiCompatible = mote.charset.Codec.idOf(charset) >= 0 && mote.charset.Codec.idOf(charset) <= mote.charset.Codec.US_ASCII;
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(new FileOutputStream(fileName), false);
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new FileOutputStream(fileName), false, mote.charset.Codec.forEncoding(csn));
    }

    public PrintStream(String fileName, Charset charset) throws IOException {
        this(new FileOutputStream(fileName), false, charset);
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false);
    }

    public PrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new FileOutputStream(file), false, mote.charset.Codec.forEncoding(csn));
    }

    public PrintStream(File file, Charset charset) throws IOException {
        this(new FileOutputStream(file), false, charset);
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    if (pendingHigh != 0 && out != null) {
                        byte[] q = "?".getBytes(charset);
                        pendingHigh = 0;
                        out.write(q, 0, q.length);
                    }
                    if (out != null) out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) flush();
        if (out instanceof PrintStream) return ((PrintStream) out).checkError();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    private void failed(IOException x) {
        if (x instanceof InterruptedIOException) {
            Thread.currentThread().interrupt();
        } else {
            trouble = true;
        }
    }

    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if (b == '\n' && autoFlush) out.flush();
            }
        } catch (IOException x) {
            failed(x);
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) out.flush();
            }
        } catch (IOException x) {
            failed(x);
        }
    }

    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    /**
     * Encodes and writes text. With autoflush the stream is flushed once for the bytes written (as a
     * write of a byte array is) and once more when the text holds or ends with a line break. println
     * of a subclass is print then newLine, so overridden print methods see the text.
     */
    private void text(Object text, boolean newLine) {
        try {
            synchronized (this) {
                ensureOpen();
                String s = text instanceof char[] ? new String((char[]) text) : (String) text;
                // A high surrogate at the end waits for its low half (the next text), as in HotSpot's encoder.
                if (pendingHigh != 0) {
                    s = pendingHigh + s;
                    pendingHigh = 0;
                }
                if (!newLine && !s.isEmpty()) {
                    char last = s.charAt(s.length() - 1);
                    if (last >= 0xd800 && last <= 0xdbff) {
                        pendingHigh = last;
                        s = s.substring(0, s.length() - 1);
                        if (s.isEmpty()) return;
                    }
                }
                byte[] b;
                if (newLine && asciiCompatible) {
                    // The encoded text plus '\n' in one array, without building text + "\n".
                    byte[] t = s.getBytes(charset);
                    b = java.util.Arrays.copyOf(t, t.length + 1);
                    b[t.length] = '\n';
                } else {
                    b = (newLine ? s + "\n" : s).getBytes(charset);
                }
                // Through this.write, as HotSpot's encoder writes to the stream itself (a subclass sees it).
                if (b.length > 0) {
                    if (plain) {
                        out.write(b, 0, b.length);
                        if (autoFlush) out.flush();
                    } else {
                        write(b, 0, b.length);
                    }
                }
                if (autoFlush && (newLine || s.indexOf('\n') >= 0)) out.flush();
            }
        } catch (IOException x) {
            failed(x);
        }
    }

    public void print(boolean b) { text(String.valueOf(b), false); }
    public void print(char c) { text(String.valueOf(c), false); }
    public void print(int i) { text(String.valueOf(i), false); }
    public void print(long l) { text(String.valueOf(l), false); }
    public void print(float f) { text(String.valueOf(f), false); }
    public void print(double d) { text(String.valueOf(d), false); }
    public void print(char[] s) { text(s, false); }
    public void print(String s) { text(String.valueOf(s), false); }
    public void print(Object obj) { text(String.valueOf(obj), false); }

    public void println() {
        newLine();
    }

    private void newLine() {
        text("", true);
    }

    public void println(boolean x) {
        if (getClass() == PrintStream.class) {
            text(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char x) {
        if (getClass() == PrintStream.class) {
            text(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(int x) {
        if (getClass() == PrintStream.class) {
            text(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(long x) {
        if (getClass() == PrintStream.class) {
            text(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(float x) {
        if (getClass() == PrintStream.class) {
            text(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(double x) {
        if (getClass() == PrintStream.class) {
            text(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char[] x) {
        if (getClass() == PrintStream.class) {
            text(x, true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        if (getClass() == PrintStream.class) {
            text(String.valueOf(x), true);
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(Object x) {
        String s = String.valueOf(x);
        if (getClass() == PrintStream.class) {
            text(s, true);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        return format(java.util.Locale.getDefault(), format, args);
    }

    /** Formats into a buffer and writes it once; what was formatted before an exception is still written. */
    public PrintStream format(java.util.Locale l, String format, Object... args) {
        StringBuilder sb = new StringBuilder();
        try {
            new java.util.Formatter(sb, l).format(l, format, args);
        } finally {
            text(sb.toString(), false);
        }
        return this;
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }

    public Charset charset() {
        return charset;
    }
}
