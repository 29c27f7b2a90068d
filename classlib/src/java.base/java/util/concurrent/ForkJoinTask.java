package java.util.concurrent;

import java.util.Collection;

/**
 * A task run by a ForkJoinPool. fork() queues it (in the current worker's
 * pool, else the common pool); join() runs it in the caller if no worker has
 * claimed it yet, otherwise waits for it on this task's monitor.
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final int NEW = 0, RUNNING = 1, NORMAL = 2, EXCEPTIONAL = 3, CANCELLED = 4;

    private volatile int status;
    private Throwable exception;
    private transient ForkJoinPool pool;

    public ForkJoinTask() {}

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    protected abstract boolean exec();

    /** Claims and runs the task once; returns whether this call ran it. */
    final boolean doExec() {
        synchronized (this) {
            if (status != NEW) return false;
            status = RUNNING;
        }
        boolean completed;
        try {
            completed = exec();
        } catch (Throwable ex) {
            setDone(EXCEPTIONAL, ex);
            return true;
        }
        if (completed) setDone(NORMAL, null);
        else {
            synchronized (this) {
                if (status == RUNNING) status = NEW;
            }
        }
        return true;
    }

    private synchronized boolean setDone(int s, Throwable ex) {
        if (status >= NORMAL) return false;
        status = s;
        exception = ex;
        notifyAll();
        return true;
    }

    public final ForkJoinTask<V> fork() {
        ForkJoinPool p = ForkJoinPool.poolOf(Thread.currentThread());
        if (p != null) p.push(this, true);
        else ForkJoinPool.commonPool().push(this, false);
        return this;
    }

    /** Where the task was queued (set by fork and by pool submission). */
    final void queuedIn(ForkJoinPool p) {
        pool = p;
    }

    /**
     * Runs the task here if it is still queued and the caller may help: a
     * worker of its pool, or any thread for the common pool (as HotSpot's
     * external helping does); a task never queued is run directly.
     */
    private void awaitDone() {
        if (status == NEW) {
            ForkJoinPool p = pool;
            if (p == null) {
                doExec();
            } else if ((ForkJoinPool.poolOf(Thread.currentThread()) == p || p == ForkJoinPool.commonPool())
                    && p.tryUnfork(this)) {
                doExec();
            }
        }
        boolean interrupted = false;
        synchronized (this) {
            while (status < NORMAL) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private V reportJoin() {
        int s = status;
        if (s == CANCELLED) throw new CancellationException();
        if (s == EXCEPTIONAL) {
            Throwable ex = exception;
            if (ex instanceof RuntimeException) throw (RuntimeException) ex;
            if (ex instanceof Error) throw (Error) ex;
            throw new RuntimeException(ex);
        }
        return getRawResult();
    }

    public final V join() {
        awaitDone();
        return reportJoin();
    }

    public final V invoke() {
        doExec();
        awaitDone();
        return reportJoin();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        t2.fork();
        t1.invoke();
        t2.join();
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        for (int i = tasks.length - 1; i >= 1; i--) tasks[i].fork();
        if (tasks.length > 0) tasks[0].invoke();
        for (int i = 1; i < tasks.length; i++) tasks[i].join();
    }

    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        Object[] ts = tasks.toArray();
        ForkJoinTask<?>[] a = new ForkJoinTask<?>[ts.length];
        for (int i = 0; i < ts.length; i++) a[i] = (ForkJoinTask<?>) ts[i];
        invokeAll(a);
        return tasks;
    }

    public boolean cancel(boolean mayInterruptIfRunning) {
        synchronized (this) {
            if (status != NEW) return status == CANCELLED;
            status = CANCELLED;
            notifyAll();
            return true;
        }
    }

    public final boolean isDone() {
        return status >= NORMAL;
    }

    public final boolean isCancelled() {
        return status == CANCELLED;
    }

    public final boolean isCompletedAbnormally() {
        return status >= EXCEPTIONAL;
    }

    public final boolean isCompletedNormally() {
        return status == NORMAL;
    }

    public final Throwable getException() {
        int s = status;
        return s == CANCELLED ? new CancellationException() : s == EXCEPTIONAL ? exception : null;
    }

    public void completeExceptionally(Throwable ex) {
        setDone(EXCEPTIONAL, ex instanceof RuntimeException || ex instanceof Error ? ex : new RuntimeException(ex));
    }

    public void complete(V value) {
        setRawResult(value);
        setDone(NORMAL, null);
    }

    public final void quietlyComplete() {
        setDone(NORMAL, null);
    }

    public final V get() throws InterruptedException, ExecutionException {
        if (Thread.interrupted()) throw new InterruptedException();
        awaitDone();
        int s = status;
        if (s == CANCELLED) throw new CancellationException();
        if (s == EXCEPTIONAL) throw new ExecutionException(exception);
        return getRawResult();
    }

    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) throw new InterruptedException();
        synchronized (this) {
            while (status < NORMAL) {
                if (nanos <= 0) throw new TimeoutException();
                nanos = CU.awaitNanos(this, nanos);
            }
        }
        int s = status;
        if (s == CANCELLED) throw new CancellationException();
        if (s == EXCEPTIONAL) throw new ExecutionException(exception);
        return getRawResult();
    }

    public final void quietlyJoin() {
        awaitDone();
    }

    public final void quietlyInvoke() {
        doExec();
        awaitDone();
    }

    public void reinitialize() {
        synchronized (this) {
            status = NEW;
            exception = null;
        }
    }

    public static ForkJoinPool getPool() {
        return ForkJoinPool.poolOf(Thread.currentThread());
    }

    public static boolean inForkJoinPool() {
        return ForkJoinPool.poolOf(Thread.currentThread()) != null;
    }

    public boolean tryUnfork() {
        ForkJoinPool p = pool;
        return p != null && p.tryUnfork(this);
    }

    public static void helpQuiesce() {}


    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return adapt(runnable, null);
    }

    public static <T> ForkJoinTask<T> adapt(Runnable runnable, T result) {
        if (runnable == null) throw new NullPointerException();
        return new AdaptedTask<T>(() -> {
            runnable.run();
            return result;
        }, false);
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        if (callable == null) throw new NullPointerException();
        return new AdaptedTask<T>(callable, true);
    }

    static final class AdaptedTask<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private final Callable<? extends T> callable;
        private final boolean wrapChecked;
        private T result;

        AdaptedTask(Callable<? extends T> callable, boolean wrapChecked) {
            this.callable = callable;
            this.wrapChecked = wrapChecked;
        }

        public T getRawResult() {
            return result;
        }

        protected void setRawResult(T v) {
            result = v;
        }

        protected boolean exec() {
            try {
                result = callable.call();
                return true;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }

        public void run() {
            invoke();
        }
    }
}
