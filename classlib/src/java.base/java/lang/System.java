package java.lang;

import java.io.PrintStream;

public final class System {
    public static final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    public static final PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err));
    // io: standard input (the platform's handle 0), buffered as on HotSpot
    public static final java.io.InputStream in =
            new java.io.BufferedInputStream(new java.io.FileInputStream(java.io.FileDescriptor.in));

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
