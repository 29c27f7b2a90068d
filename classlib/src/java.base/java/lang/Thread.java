package java.lang;

/**
 * A Java thread; the VM schedules it and keeps `vmId` (>= 0 while alive).
 *
 * The main Thread object is made by the VM without running a constructor, so
 * fields must not rely on initializers (see `group()`).
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static int threadInitNumber;
    /*
     * Thread ids: main is 1; HotSpot 17's own system threads (Reference Handler,
     * Finalizer, Signal Dispatcher, compiler and service threads, Common-Cleaner)
     * take the next ids, so the first application thread gets 12 on the 2-core
     * reference machine. We start there too.
     */
    private static long threadSeqNumber = 11;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    private volatile String name;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    private Runnable target;
    private long tid;
    private volatile boolean interrupted;
    private int vmId = -1;
    private boolean started;
    private ThreadGroup group;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;

    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    public State getState() {
        if (!started) return State.NEW;
        if (vmId < 0) return State.TERMINATED;
        return State.values()[state0()];
    }

    /** Index into State for a live thread, from the VM's scheduler state. */
    private native int state0();

    public static native boolean holdsLock(Object obj);

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadId() {
        return ++threadSeqNumber;
    }

    public Thread() {
        this(null, null, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target) {
        this(null, target, "Thread-" + nextThreadNum());
    }

    public Thread(String name) {
        this(null, null, name);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, "Thread-" + nextThreadNum());
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        this(group, target, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        if (name == null) throw new NullPointerException("name cannot be null");
        Thread parent = currentThread();
        if (parent != null && parent.tid == 1) register(parent); // the main thread starts without start()
        if (group == null) group = parent != null ? parent.group() : ThreadGroup.mainGroup();
        this.group = group;
        this.target = target;
        this.name = name;
        this.tid = nextThreadId();
        if (parent != null) {
            this.daemon = parent.daemon;
            this.priority = Math.min(parent.priority, group.getMaxPriority());
        }
    }

    private ThreadGroup group() {
        ThreadGroup g = group;
        if (g == null) group = g = ThreadGroup.mainGroup();
        return g;
    }

    public static native Thread currentThread();

    public static native void yield();

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        sleep0(millis);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        if (nanos > 0 && millis < Long.MAX_VALUE) millis++;
        sleep0(millis);
    }

    private static native void sleep0(long millis) throws InterruptedException;

    public static void onSpinWait() {}

    public synchronized void start() {
        if (started) throw new IllegalThreadStateException();
        started = true;
        register(this);
        start0();
    }

    /** Started threads (pruned of dead ones when listed), for activeCount/enumerate. */
    private static Thread[] registry = new Thread[8];
    private static int registered;

    private static synchronized void register(Thread t) {
        for (int i = 0; i < registered; i++) {
            if (registry[i] == t) return;
        }
        if (registered == registry.length) {
            Thread[] n = new Thread[registered * 2];
            System.arraycopy(registry, 0, n, 0, registered);
            registry = n;
        }
        registry[registered++] = t;
    }

    /** The live started threads (and main, once seen), oldest first. */
    static synchronized Thread[] liveThreads() {
        int n = 0;
        for (int i = 0; i < registered; i++) {
            if (registry[i].isAlive()) registry[n++] = registry[i];
        }
        for (int i = n; i < registered; i++) registry[i] = null;
        registered = n;
        Thread[] r = new Thread[n];
        System.arraycopy(registry, 0, r, 0, n);
        return r;
    }

    private native void start0();

    public void interrupt() {
        interrupted = true;
        interrupt0();
    }

    private native void interrupt0();

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        if (was) t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final boolean isAlive() {
        return vmId >= 0;
    }

    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (millis == 0) {
            while (isAlive()) wait(0);
        } else {
            long deadline = System.nanoTime() + millis * 1000000L;
            while (isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                wait((left + 999999L) / 1000000L);
            }
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        if (nanos > 0 && millis < Long.MAX_VALUE) millis++;
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public final void setDaemon(boolean on) {
        if (isAlive()) throw new IllegalThreadStateException();
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void checkAccess() {}

    public final void setPriority(int p) {
        if (p < MIN_PRIORITY || p > MAX_PRIORITY) throw new IllegalArgumentException();
        ThreadGroup g = getThreadGroup();
        if (g != null) {
            if (p > g.getMaxPriority()) p = g.getMaxPriority();
            priority = p;
        }
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null) throw new NullPointerException("name cannot be null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    /** The thread's group; null once it has terminated. */
    public final ThreadGroup getThreadGroup() {
        if (started && vmId < 0) return null;
        return group();
    }

    public static int activeCount() {
        Thread me = currentThread();
        if (me.tid == 1) register(me);
        return me.getThreadGroup().activeCount();
    }

    public static int enumerate(Thread[] tarray) {
        Thread me = currentThread();
        if (me.tid == 1) register(me);
        return me.getThreadGroup().enumerate(tarray);
    }

    public long getId() {
        return tid;
    }

    public StackTraceElement[] getStackTrace() {
        if (this != currentThread()) return new StackTraceElement[0];
        // Like HotSpot, the trace starts with this method's own frame.
        return new Throwable().getStackTrace();
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        uncaughtExceptionHandler = h;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        if (started && vmId < 0) return null;
        UncaughtExceptionHandler h = uncaughtExceptionHandler;
        return h != null ? h : group();
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        defaultUncaughtExceptionHandler = h;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public String toString() {
        ThreadGroup g = getThreadGroup();
        return "Thread[" + name + "," + priority + "," + (g != null ? g.getName() : "") + "]";
    }

    /** Called by the VM when run() ends with an exception. */
    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler h = uncaughtExceptionHandler;
        if (h == null) h = group();
        h.uncaughtException(this, e);
    }

    /*
     * run() sits at the end of this file so that the call to the target lies on
     * line 840 (classlib/pad-lines.py), as in HotSpot 17's Thread.java: stack traces of uncaught
     * exceptions print "at java.base/java.lang.Thread.run(Thread.java:840)".
     */
    // @pad



































































































































































































































































































































































































































































































































    public void run() {
        if (target != null) {
            target.run(); // @line 840
        }
    }
}
