package java.lang;

import java.io.PrintStream;

public final class System {
    // io: the standard streams; not final here so that setIn/setOut/setErr are plain Java (javac
    // never inlines them either way). stdin is the platform's handle 0, buffered as on HotSpot.
    public static PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    public static PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err));
    public static java.io.InputStream in =
            new java.io.BufferedInputStream(new java.io.FileInputStream(java.io.FileDescriptor.in));

    public static void setIn(java.io.InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }
    // --- end io ---

    private System() {}

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static void exit(int status) {
        out.flush();
        err.flush();
        exit0(status);
    }

    private static native void exit0(int status);

    public static void gc() {
        gc0();
    }

    private static native void gc0();

    public static String lineSeparator() {
        return "\n";
    }

    public static String getProperty(String key) {
        return getProperty0(key);
    }

    public static String getProperty(String key, String def) {
        String v = getProperty0(key);
        return v == null ? def : v;
    }

    private static native String getProperty0(String key);

    public static String getenv(String name) {
        return null;
    }
}
