package java.lang;

/**
 * Minimal thread groups: a name, a parent, a maximum priority, and the default
 * uncaught-exception handling. Every thread belongs to "main" (child of
 * "system") unless created in another group.
 */
public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    private static ThreadGroup system;
    private static ThreadGroup main;

    private final ThreadGroup parent;
    private final String name;
    private int maxPriority = Thread.MAX_PRIORITY;
    private boolean daemon;

    private ThreadGroup(String name, ThreadGroup parent, boolean root) {
        this.name = name;
        this.parent = parent;
    }

    static synchronized ThreadGroup mainGroup() {
        if (main == null) {
            system = new ThreadGroup("system", null, true);
            main = new ThreadGroup("main", system, true);
        }
        return main;
    }

    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    public ThreadGroup(ThreadGroup parent, String name) {
        if (parent == null) throw new NullPointerException();
        this.name = name;
        this.parent = parent;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public final int getMaxPriority() {
        return maxPriority;
    }

    public final void setMaxPriority(int pri) {
        if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY) return;
        maxPriority = parent != null ? Math.min(pri, parent.maxPriority) : pri;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    /** Live threads in this group and its subgroups (an estimate in the JDK too). */
    public int activeCount() {
        int n = 0;
        for (Thread t : Thread.liveThreads()) {
            if (parentOf(t.getThreadGroup())) n++;
        }
        return n;
    }

    public int enumerate(Thread[] list) {
        return enumerate(list, true);
    }

    public int enumerate(Thread[] list, boolean recurse) {
        int n = 0;
        for (Thread t : Thread.liveThreads()) {
            if (n == list.length) break;
            ThreadGroup g = t.getThreadGroup();
            if (recurse ? parentOf(g) : g == this) list[n++] = t;
        }
        return n;
    }

    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) {
            if (g == this) return true;
        }
        return false;
    }

    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler h = Thread.getDefaultUncaughtExceptionHandler();
        if (h != null) {
            h.uncaughtException(t, e);
        } else if (!(e instanceof ThreadDeath)) {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    public String toString() {
        return getClass().getName() + "[name=" + name + ",maxpri=" + maxPriority + "]";
    }
}
