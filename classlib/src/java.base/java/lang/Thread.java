package java.lang;

/** A Java thread; the VM schedules it and keeps `vmId` (>= 0 while alive). */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static int threadInitNumber;
    private static long threadSeqNumber = 1;

    private volatile String name;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    private Runnable target;
    private long tid;
    private volatile boolean interrupted;
    private int vmId = -1;
    private boolean started;
    private UncaughtExceptionHandler uncaughtExceptionHandler;

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
        this(null, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target) {
        this(target, "Thread-" + nextThreadNum());
    }

    public Thread(String name) {
        this(null, name);
    }

    public Thread(Runnable target, String name) {
        if (name == null) throw new NullPointerException("'name' is null");
        this.target = target;
        this.name = name;
        this.tid = nextThreadId();
        Thread parent = currentThread();
        if (parent != null) {
            this.daemon = parent.daemon;
            this.priority = parent.priority;
        }
    }

    public static native Thread currentThread();

    public static native void yield();

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        sleep0(millis);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        sleep(millis);
    }

    private static native void sleep0(long millis) throws InterruptedException;

    public static void onSpinWait() {}

    public synchronized void start() {
        if (started) throw new IllegalThreadStateException();
        started = true;
        start0();
    }

    private native void start0();

    public void run() {
        if (target != null) target.run();
    }

    public void interrupt() {
        interrupted = true;
        interrupt0();
    }

    private native void interrupt0();

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
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
            long deadline = System.currentTimeMillis() + millis;
            while (isAlive()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) break;
                wait(left);
            }
        }
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

    public final void setPriority(int p) {
        if (p < MIN_PRIORITY || p > MAX_PRIORITY) throw new IllegalArgumentException();
        priority = p;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setName(String name) {
        if (name == null) throw new NullPointerException("'name' is null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public long getId() {
        return tid;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler h) {
        uncaughtExceptionHandler = h;
    }

    public String toString() {
        return "Thread[" + name + "," + priority + ",main]";
    }

    /** Called by the VM when run() ends with an exception. */
    private void dispatchUncaughtException(Throwable e) {
        if (uncaughtExceptionHandler != null) {
            uncaughtExceptionHandler.uncaughtException(this, e);
            return;
        }
        if (e instanceof ThreadDeath) return;
        System.err.print("Exception in thread \"" + name + "\" ");
        e.printStackTrace(System.err);
    }
}
