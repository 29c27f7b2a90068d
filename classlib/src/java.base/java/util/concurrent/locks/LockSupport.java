package java.util.concurrent.locks;

/**
 * Thread parking with a one-shot permit per thread, implemented by the VM
 * (`park0`/`unpark0` in natives.rs). Like the JDK, park may return for no
 * reason the caller can see, so callers re-check their condition.
 */
public class LockSupport {
    private LockSupport() {}

    /** Blockers of parked threads (identity keys; entries exist only while parked). */
    private static final java.util.HashMap<Thread, Object> blockers = new java.util.HashMap<>();

    private static void setBlocker(Object blocker) {
        if (blocker == null) return;
        synchronized (blockers) {
            blockers.put(Thread.currentThread(), blocker);
        }
    }

    private static void clearBlocker(Object blocker) {
        if (blocker == null) return;
        synchronized (blockers) {
            blockers.remove(Thread.currentThread());
        }
    }

    public static void park() {
        park0(-1L, false);
    }

    public static void park(Object blocker) {
        setBlocker(blocker);
        park0(-1L, false);
        clearBlocker(blocker);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0) park0(nanos, false);
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            setBlocker(blocker);
            park0(nanos, false);
            clearBlocker(blocker);
        }
    }

    public static void parkUntil(long deadline) {
        park0(deadline, true);
    }

    public static void parkUntil(Object blocker, long deadline) {
        setBlocker(blocker);
        park0(deadline, true);
        clearBlocker(blocker);
    }

    public static void unpark(Thread thread) {
        if (thread != null) unpark0(thread);
    }

    public static Object getBlocker(Thread t) {
        if (t == null) throw new NullPointerException();
        synchronized (blockers) {
            return blockers.get(t);
        }
    }

    private static native void park0(long time, boolean absolute);

    private static native void unpark0(Thread thread);
}
