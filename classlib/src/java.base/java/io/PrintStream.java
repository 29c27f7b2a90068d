package java.io;

public class PrintStream extends OutputStream implements Appendable, Closeable {
    private final OutputStream out;
    private boolean error;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        if (out == null) throw new NullPointerException("Null output stream");
        this.out = out;
    }

    private void emit(String s) {
        try {
            byte[] b = s.getBytes();
            out.write(b, 0, b.length);
        } catch (IOException e) {
            error = true;
        }
    }

    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            error = true;
        }
    }

    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            error = true;
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            error = true;
        }
    }

    public void close() {
        flush();
    }

    public boolean checkError() {
        return error;
    }

    public void print(String s) {
        emit(s == null ? "null" : s);
    }

    public void print(Object o) {
        emit(String.valueOf(o));
    }

    public void print(char[] s) {
        emit(new String(s));
    }

    public void print(boolean b) {
        emit(String.valueOf(b));
    }

    public void print(char c) {
        emit(String.valueOf(c));
    }

    public void print(int i) {
        emit(String.valueOf(i));
    }

    public void print(long l) {
        emit(String.valueOf(l));
    }

    public void print(float f) {
        emit(String.valueOf(f));
    }

    public void print(double d) {
        emit(String.valueOf(d));
    }

    public void println() {
        emit("\n");
    }

    public void println(String s) {
        emit((s == null ? "null" : s) + "\n");
    }

    public void println(Object o) {
        emit(String.valueOf(o) + "\n");
    }

    public void println(char[] s) {
        emit(new String(s) + "\n");
    }

    public void println(boolean b) {
        emit(String.valueOf(b) + "\n");
    }

    public void println(char c) {
        emit(String.valueOf(c) + "\n");
    }

    public void println(int i) {
        emit(String.valueOf(i) + "\n");
    }

    public void println(long l) {
        emit(String.valueOf(l) + "\n");
    }

    public void println(float f) {
        emit(String.valueOf(f) + "\n");
    }

    public void println(double d) {
        emit(String.valueOf(d) + "\n");
    }

    // ---- printf/format (area: stream helper, Formatter) ----

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
            emit(sb.toString());
        }
        return this;
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
