package java.util.concurrent;

/**
 * A cancellable computation whose result is waited for with get(). Waiters
 * block on a private monitor that is notified when the task completes.
 * Lines marked `// @line` match HotSpot 17's stack traces (classlib/pad-lines.py).
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int COMPLETING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTING = 5;
    private static final int INTERRUPTED = 6;

    private final Object lock = new Object();
    private volatile int state;
    private Callable<V> callable;
    private Object outcome;
    private volatile Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null) throw new NullPointerException();
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
    }

    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    public boolean isDone() {
        return state != NEW;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread toInterrupt;
        synchronized (lock) {
            if (state != NEW) return false;
            state = mayInterruptIfRunning ? INTERRUPTING : CANCELLED;
            toInterrupt = mayInterruptIfRunning ? runner : null;
        }
        try {
            if (toInterrupt != null) toInterrupt.interrupt();
        } finally {
            synchronized (lock) {
                if (state == INTERRUPTING) state = INTERRUPTED;
            }
        }
        finishCompletion();
        return true;
    }

    private void finishCompletion() {
        synchronized (lock) {
            lock.notifyAll();
        }
        done();
        callable = null;
    }

    /** Waits until completed; returns the final state, or NEW after a timeout. */
    private int awaitDone(boolean timed, long nanos) throws InterruptedException {
        synchronized (lock) {
            long deadline = timed ? System.nanoTime() + nanos : 0L;
            for (;;) {
                int s = state;
                if (s > COMPLETING) return s;
                if (Thread.interrupted()) throw new InterruptedException();
                if (timed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) return s;
                    lock.wait(Math.max(1L, (left + 999_999L) / 1_000_000L));
                } else {
                    lock.wait();
                }
            }
        }
    }

    // @pad































    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        Object x = outcome;
        if (s == NORMAL) return (V) x;
        if (s >= CANCELLED) throw new CancellationException(); // @line 121
        throw new ExecutionException((Throwable) x); // @line 122
    }

    // @pad






























































    public V get() throws InterruptedException, ExecutionException {
        int s = state;
        if (s <= COMPLETING) s = awaitDone(false, 0L);
        return report(s); // @line 191
    }

    // @pad





    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) throw new NullPointerException();
        int s = state;
        if (s <= COMPLETING && (s = awaitDone(true, unit.toNanos(timeout))) <= COMPLETING)
            throw new TimeoutException(); // @line 204
        return report(s); // @line 205
    }

    protected void done() {}

    protected void set(V v) {
        synchronized (lock) {
            if (state != NEW) return;
            outcome = v;
            state = NORMAL;
        }
        finishCompletion();
    }

    protected void setException(Throwable t) {
        synchronized (lock) {
            if (state != NEW) return;
            outcome = t;
            state = EXCEPTIONAL;
        }
        finishCompletion();
    }

    // @pad
























    public void run() {
        synchronized (lock) {
            if (state != NEW || runner != null) return;
            runner = Thread.currentThread();
        }
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                boolean ran;
                try {
                    result = c.call(); // @line 264
                    ran = true;
                } catch (Throwable ex) {
                    result = null;
                    ran = false;
                    setException(ex);
                }
                if (ran) set(result);
            }
        } finally {
            runner = null;
            waitForCancelInterrupt();
        }
    }

    /** Runs without setting a result (periodic tasks); true if it ran and is still NEW. */
    protected boolean runAndReset() {
        synchronized (lock) {
            if (state != NEW || runner != null) return false;
            runner = Thread.currentThread();
        }
        boolean ran = false;
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
            waitForCancelInterrupt();
        }
        return ran && state == NEW;
    }

    /** A cancel(true) racing with the end of run() must not leak its interrupt. */
    private void waitForCancelInterrupt() {
        while (state == INTERRUPTING) Thread.yield();
    }

    public String toString() {
        String status;
        int s = state;
        if (s == NORMAL) status = "[Completed normally]";
        else if (s == EXCEPTIONAL) status = "[Completed exceptionally: " + outcome + "]";
        else if (s >= CANCELLED) status = "[Cancelled]";
        else {
            Callable<?> c = callable;
            status = c == null ? "[Incomplete]" : "[Not completed, task = " + c + "]";
        }
        return super.toString() + status;
    }
}
