package java.lang;

public class Runtime {
    private static final Runtime current = new Runtime();

    private Runtime() {}

    public static Runtime getRuntime() {
        return current;
    }

    public native long totalMemory();

    public native long freeMemory();

    public native long maxMemory();

    public int availableProcessors() {
        return 1;
    }

    public void gc() {
        System.gc();
    }

    public void exit(int status) {
        System.exit(status);
    }
}
