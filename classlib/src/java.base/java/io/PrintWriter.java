package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

/** Prints text to a Writer; never throws IOException (see checkError). Autoflush on println/printf/format. */
public class PrintWriter extends Writer {
    protected Writer out;
    private final boolean autoFlush;
    private boolean trouble;
    private PrintStream psOut;

    public PrintWriter(Writer out) {
        this(out, false);
    }

    public PrintWriter(Writer out, boolean autoFlush) {
        super(out);
        this.out = out;
        this.autoFlush = autoFlush;
    }

    public PrintWriter(OutputStream out) {
        this(out, false);
    }

    public PrintWriter(OutputStream out, boolean autoFlush) {
        this(new BufferedWriter(new OutputStreamWriter(out)), autoFlush);
        if (out instanceof PrintStream) psOut = (PrintStream) out;
    }

    public PrintWriter(OutputStream out, boolean autoFlush, Charset charset) {
        this(new BufferedWriter(new OutputStreamWriter(out, Objects.requireNonNull(charset, "charset"))), autoFlush);
        if (out instanceof PrintStream) psOut = (PrintStream) out;
    }

    public PrintWriter(String fileName) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fileName))), false);
    }

    public PrintWriter(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(fileName, mote.charset.Codec.forEncoding(csn), 0);
    }

    private PrintWriter(String fileName, Charset cs, int unused) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fileName), cs)), false);
    }

    public PrintWriter(String fileName, Charset charset) throws IOException {
        this(fileName, Objects.requireNonNull(charset, "charset"), 0);
    }

    public PrintWriter(File file) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file))), false);
    }

    public PrintWriter(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(file.getPath(), mote.charset.Codec.forEncoding(csn), 0);
    }

    public PrintWriter(File file, Charset charset) throws IOException {
        this(file.getPath(), Objects.requireNonNull(charset, "charset"), 0);
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    private void failed(IOException x) {
        if (x instanceof InterruptedIOException) {
            Thread.currentThread().interrupt();
        } else {
            trouble = true;
        }
    }

    public void flush() {
        try {
            synchronized (lock) {
                ensureOpen();
                out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void close() {
        try {
            synchronized (lock) {
                if (out == null) return;
                out.close();
                out = null;
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public boolean checkError() {
        if (out != null) flush();
        if (out instanceof PrintWriter) return ((PrintWriter) out).checkError();
        if (psOut != null) return psOut.checkError();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    public void write(int c) {
        try {
            synchronized (lock) {
                ensureOpen();
                out.write(c);
            }
        } catch (IOException x) {
            failed(x);
        }
    }

    public void write(char[] buf, int off, int len) {
        try {
            synchronized (lock) {
                ensureOpen();
                out.write(buf, off, len);
            }
        } catch (IOException x) {
            failed(x);
        }
    }

    public void write(char[] buf) {
        write(buf, 0, buf.length);
    }

    public void write(String s, int off, int len) {
        try {
            synchronized (lock) {
                ensureOpen();
                out.write(s, off, len);
            }
        } catch (IOException x) {
            failed(x);
        }
    }

    public void write(String s) {
        write(s, 0, s.length());
    }

    private void newLine() {
        try {
            synchronized (lock) {
                ensureOpen();
                out.write(System.lineSeparator());
                if (autoFlush) out.flush();
            }
        } catch (IOException x) {
            failed(x);
        }
    }

    public void print(boolean b) { write(String.valueOf(b)); }
    public void print(char c) { write(c); }
    public void print(int i) { write(String.valueOf(i)); }
    public void print(long l) { write(String.valueOf(l)); }
    public void print(float f) { write(String.valueOf(f)); }
    public void print(double d) { write(String.valueOf(d)); }
    public void print(char[] s) { write(s); }
    public void print(String s) { write(String.valueOf(s)); }
    public void print(Object obj) { write(String.valueOf(obj)); }

    public void println() { newLine(); }
    public void println(boolean x) { synchronized (lock) { print(x); println(); } }
    public void println(char x) { synchronized (lock) { print(x); println(); } }
    public void println(int x) { synchronized (lock) { print(x); println(); } }
    public void println(long x) { synchronized (lock) { print(x); println(); } }
    public void println(float x) { synchronized (lock) { print(x); println(); } }
    public void println(double x) { synchronized (lock) { print(x); println(); } }
    public void println(char[] x) { synchronized (lock) { print(x); println(); } }
    public void println(String x) { synchronized (lock) { print(x); println(); } }
    public void println(Object x) { String s = String.valueOf(x); synchronized (lock) { print(s); println(); } }

    public PrintWriter printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintWriter format(String format, Object... args) {
        try {
            synchronized (lock) {
                ensureOpen();
                out.write(String.format(format, args));
                if (autoFlush) out.flush();
            }
        } catch (IOException x) {
            failed(x);
        }
        return this;
    }

    public PrintWriter append(CharSequence csq) {
        write(String.valueOf(csq));
        return this;
    }

    public PrintWriter append(CharSequence csq, int start, int end) {
        if (csq == null) csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintWriter append(char c) {
        write(c);
        return this;
    }
}
