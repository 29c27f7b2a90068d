package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A small fork/join pool: one shared deque of tasks (forks from workers go to
 * the front, outside submissions to the back) and up to `parallelism` daemon
 * workers started on demand. No work stealing: ForkJoinTask.join() runs a
 * forked task itself if no worker has started it yet, so joins never
 * deadlock. Worker names follow the JDK ("ForkJoinPool.commonPool-worker-N",
 * "ForkJoinPool-P-worker-N").
 */
public class ForkJoinPool extends AbstractExecutorService {
    private static final Object poolIdLock = new Object();
    private static int poolIds;
    private static ForkJoinPool common;

    final LinkedBlockingDeque<ForkJoinTask<?>> queue = new LinkedBlockingDeque<>();
    private final Object lock = new Object();
    private final int parallelism;
    private final String workerPrefix;
    private final boolean isCommon;
    private int workers;
    private int idle;
    private int nextWorker = 1;
    private boolean shutdown;
    private boolean terminated;

    public ForkJoinPool() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public ForkJoinPool(int parallelism) {
        if (parallelism <= 0 || parallelism > 0x7fff) throw new IllegalArgumentException();
        this.parallelism = parallelism;
        int id;
        synchronized (poolIdLock) {
            id = ++poolIds;
        }
        this.workerPrefix = "ForkJoinPool-" + id + "-worker-";
        this.isCommon = false;
    }

    private ForkJoinPool(int parallelism, boolean common) {
        this.parallelism = parallelism;
        this.workerPrefix = "ForkJoinPool.commonPool-worker-";
        this.isCommon = true;
    }

    public static ForkJoinPool commonPool() {
        synchronized (poolIdLock) {
            if (common == null) common = new ForkJoinPool(getCommonPoolParallelism(), true);
            return common;
        }
    }

    public static int getCommonPoolParallelism() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    public int getParallelism() {
        return parallelism;
    }

    public int getPoolSize() {
        synchronized (lock) {
            return workers;
        }
    }

    final class Worker extends Thread {
        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        ForkJoinPool pool() {
            return ForkJoinPool.this;
        }

        public void run() {
            for (;;) {
                ForkJoinTask<?> t;
                synchronized (lock) {
                    if (shutdown && queue.isEmpty()) {
                        exitWorker();
                        return;
                    }
                    idle++;
                }
                try {
                    t = queue.takeFirst();
                } catch (InterruptedException e) {
                    t = null;
                } finally {
                    synchronized (lock) {
                        idle--;
                    }
                }
                if (t == POISON) {
                    synchronized (lock) {
                        exitWorker();
                    }
                    return;
                }
                if (t != null) t.doExec();
            }
        }
    }

    /** Queued once per worker by shutdown(): a worker that takes it leaves. */
    private static final ForkJoinTask<?> POISON = ForkJoinTask.adapt(() -> {});

    /** A worker leaves (lock held). */
    private void exitWorker() {
        workers--;
        if (workers == 0) {
            terminated = true;
            queue.clear();
            lock.notifyAll();
        }
    }

    final void push(ForkJoinTask<?> task, boolean front) {
        synchronized (lock) {
            if (shutdown) throw new RejectedExecutionException();
            task.queuedIn(this);
            if (front) queue.offerFirst(task);
            else queue.offerLast(task);
            if (idle < queue.size() && workers < parallelism) {
                workers++;
                new Worker(workerPrefix + nextWorker++).start();
            }
        }
    }

    final boolean tryUnfork(ForkJoinTask<?> task) {
        return queue.removeFirstOccurrence(task);
    }

    static ForkJoinPool poolOf(Thread t) {
        return t instanceof Worker ? ((Worker) t).pool() : null;
    }

    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null) throw new NullPointerException();
        push(task, false);
        return task.join();
    }

    public void execute(ForkJoinTask<?> task) {
        if (task == null) throw new NullPointerException();
        push(task, false);
    }

    public void execute(Runnable task) {
        if (task == null) throw new NullPointerException();
        ForkJoinTask<?> job = task instanceof ForkJoinTask ? (ForkJoinTask<?>) task : ForkJoinTask.adapt(task);
        push(job, false);
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        if (task == null) throw new NullPointerException();
        push(task, false);
        return task;
    }

    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> job = ForkJoinTask.adapt(task);
        push(job, false);
        return job;
    }

    public <T> ForkJoinTask<T> submit(Runnable task, T result) {
        ForkJoinTask<T> job = ForkJoinTask.adapt(task, result);
        push(job, false);
        return job;
    }

    public ForkJoinTask<?> submit(Runnable task) {
        if (task == null) throw new NullPointerException();
        ForkJoinTask<?> job = task instanceof ForkJoinTask ? (ForkJoinTask<?>) task : ForkJoinTask.adapt(task);
        push(job, false);
        return job;
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        ArrayList<Future<T>> fs = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) {
            ForkJoinTask<T> f = ForkJoinTask.adapt(t);
            fs.add(f);
            push(f, false);
        }
        for (Future<T> f : fs) ((ForkJoinTask<?>) f).quietlyJoin();
        return fs;
    }

    public void shutdown() {
        if (isCommon) return;
        synchronized (lock) {
            shutdown = true;
            if (workers == 0) {
                terminated = true;
                lock.notifyAll();
            } else {
                // Wake blocked workers so they notice the shutdown.
                for (int i = 0; i < workers; i++) queue.offerLast(POISON);
            }
        }
    }

    public List<Runnable> shutdownNow() {
        shutdown();
        return new ArrayList<>();
    }

    public boolean isShutdown() {
        synchronized (lock) {
            return shutdown;
        }
    }

    public boolean isTerminated() {
        synchronized (lock) {
            return terminated;
        }
    }

    public boolean isTerminating() {
        synchronized (lock) {
            return shutdown && !terminated;
        }
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (isCommon) return awaitQuiescence(timeout, unit);
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            while (!terminated) {
                if (nanos <= 0) return false;
                nanos = CU.awaitNanos(lock, nanos);
            }
            return true;
        }
    }

    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (;;) {
            synchronized (lock) {
                if (queue.isEmpty() && idle == workers) return true;
            }
            if (System.nanoTime() - deadline > 0) return false;
            Thread.yield();
        }
    }

    public boolean isQuiescent() {
        synchronized (lock) {
            return queue.isEmpty() && idle == workers;
        }
    }

    public long getQueuedTaskCount() {
        return queue.size();
    }

    public int getQueuedSubmissionCount() {
        return queue.size();
    }

    public boolean hasQueuedSubmissions() {
        return !queue.isEmpty();
    }
}
