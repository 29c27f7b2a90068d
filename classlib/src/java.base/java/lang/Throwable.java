package java.lang;

import java.io.PrintStream;
import java.util.ArrayList;

public class Throwable {
    private String detailMessage;
    private Throwable cause = this;
    /** VM-internal frames captured by fillInStackTrace; turned into elements lazily. */
    private transient Object backtrace;
    private StackTraceElement[] stackTrace;
    private ArrayList<Throwable> suppressed;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return cause == this ? null : cause;
    }

    public synchronized Throwable initCause(Throwable c) {
        if (cause != this) throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(c), this);
        if (c == this) throw new IllegalArgumentException("Self-causation not permitted", this);
        cause = c;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String m = getLocalizedMessage();
        return m != null ? s + ": " + m : s;
    }

    public synchronized Throwable fillInStackTrace() {
        stackTrace = null;
        fillInStackTrace0();
        return this;
    }

    private native void fillInStackTrace0();

    private native StackTraceElement[] buildStackTrace();

    public StackTraceElement[] getStackTrace() {
        return ourStackTrace().clone();
    }

    private synchronized StackTraceElement[] ourStackTrace() {
        if (stackTrace == null) {
            stackTrace = backtrace == null ? new StackTraceElement[0] : buildStackTrace();
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] st) {
        stackTrace = st.clone();
    }

    public final synchronized void addSuppressed(Throwable t) {
        if (t == this) throw new IllegalArgumentException("Self-suppression not permitted", t);
        if (t == null) throw new NullPointerException("Cannot suppress a null exception.");
        if (suppressed == null) suppressed = new ArrayList<>();
        suppressed.add(t);
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressed == null) return new Throwable[0];
        Throwable[] r = new Throwable[suppressed.size()];
        for (int i = 0; i < r.length; i++) r[i] = suppressed.get(i);
        return r;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        StringBuilder sb = new StringBuilder();
        sb.append(this).append('\n');
        StackTraceElement[] trace = ourStackTrace();
        for (StackTraceElement e : trace) sb.append("\tat ").append(e).append('\n');
        for (Throwable se : getSuppressed()) se.printEnclosed(sb, trace, "Suppressed: ", "\t");
        Throwable c = getCause();
        if (c != null) c.printEnclosed(sb, trace, "Caused by: ", "");
        s.print(sb.toString());
    }

    private void printEnclosed(StringBuilder sb, StackTraceElement[] enclosing, String caption, String prefix) {
        StackTraceElement[] trace = ourStackTrace();
        int m = trace.length - 1, n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && same(trace[m], enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        sb.append(prefix).append(caption).append(this).append('\n');
        for (int i = 0; i <= m; i++) sb.append(prefix).append("\tat ").append(trace[i]).append('\n');
        if (inCommon != 0) sb.append(prefix).append("\t... ").append(inCommon).append(" more").append('\n');
        for (Throwable se : getSuppressed()) se.printEnclosed(sb, trace, "Suppressed: ", prefix + "\t");
        Throwable c = getCause();
        if (c != null) c.printEnclosed(sb, trace, "Caused by: ", prefix);
    }

    private static boolean same(StackTraceElement a, StackTraceElement b) {
        return a.toString().equals(b.toString());
    }
}
