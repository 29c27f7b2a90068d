package java.util.concurrent.locks;

/**
 * Thread parking with a one-shot permit per thread, implemented by the VM
 * (`park0`/`unpark0` in natives.rs). Like the JDK, park may return for no
 * reason the caller can see, so callers re-check their condition.
 */
public class LockSupport {
    private LockSupport() {}

    public static void park() {
        park0(-1L, false);
    }

    public static void park(Object blocker) {
        park0(-1L, false);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) park0(nanos, false);
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) park0(nanos, false);
    }

    public static void parkUntil(long deadline) {
        park0(deadline, true);
    }

    public static void parkUntil(Object blocker, long deadline) {
        park0(deadline, true);
    }

    public static void unpark(Thread thread) {
        if (thread != null) unpark0(thread);
    }

    public static Object getBlocker(Thread t) {
        if (t == null) throw new NullPointerException();
        return null;
    }

    private static native void park0(long time, boolean absolute);

    private static native void unpark0(Thread thread);
}
