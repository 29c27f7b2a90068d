package java.util.concurrent;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread pool: up to corePoolSize workers are started for new tasks, then
 * tasks queue, then up to maximumPoolSize workers are added, then tasks are
 * rejected. Pool state is guarded by the private monitor `mainLock`. A task
 * that throws from execute() kills its worker (the exception goes to the
 * thread's uncaught-exception handler) and a replacement worker is started,
 * as in the JDK. Lines marked `// @line` match HotSpot 17's stack traces
 * (classlib/pad-lines.py).
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TIDYING = 3;
    private static final int TERMINATED = 4;

    private final Object mainLock = new Object();
    private final BlockingQueue<Runnable> workQueue;
    private final ArrayList<Worker> workers = new ArrayList<>();
    private volatile int runState = RUNNING;
    private int workerCount;
    private int largestPoolSize;
    private long completedTaskCount;
    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveTime;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;

    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null || handler == null) throw new NullPointerException();
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveTime = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    // ------------------------------------------------------------ policies

    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) r.run();
        }
    }

    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {}

        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }

    // ------------------------------------------------------------ submission

    public void execute(Runnable command) {
        if (command == null) throw new NullPointerException();
        synchronized (mainLock) {
            if (runState == RUNNING && workerCount < corePoolSize && addWorkerLocked(command)) return;
        }
        if (runState == RUNNING && workQueue.offer(command)) {
            boolean reject = false;
            synchronized (mainLock) {
                if (runState != RUNNING && workQueue.remove(command)) reject = true;
                else if (workerCount == 0) addWorkerLocked(null);
            }
            if (reject) reject(command);
            return;
        }
        boolean added;
        synchronized (mainLock) {
            added = runState == RUNNING && workerCount < maximumPoolSize && addWorkerLocked(command);
        }
        if (!added) reject(command);
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    /** Starts a worker (mainLock held); the caller checked the pool size. */
    private boolean addWorkerLocked(Runnable firstTask) {
        Worker w = new Worker(firstTask);
        Thread t = w.thread;
        if (t == null) return false;
        workers.add(w);
        workerCount++;
        if (workers.size() > largestPoolSize) largestPoolSize = workers.size();
        w.started = true;
        t.start();
        return true;
    }

    /** May a worker start now (pool running, or shut down with queued work)? */
    private boolean canAddWorker(boolean core) {
        int rs = runState;
        if (rs >= STOP || (rs == SHUTDOWN && workQueue.isEmpty())) return false;
        return workerCount < (core ? corePoolSize : maximumPoolSize);
    }

    final boolean addWorkerIfNeeded(boolean core) {
        synchronized (mainLock) {
            if (!canAddWorker(core)) return false;
            return addWorkerLocked(null);
        }
    }

    /** Starts a core worker (or the first one) if there is room: used by ScheduledThreadPoolExecutor. */
    final void ensurePrestart() {
        synchronized (mainLock) {
            int rs = runState;
            if (rs >= STOP || (rs == SHUTDOWN && workQueue.isEmpty())) return;
            if (workerCount < corePoolSize || workerCount == 0) addWorkerLocked(null);
        }
    }

    /** The next task for a worker, or null when it should exit (workerCount already decremented). */
    private Runnable getTask() {
        boolean timedOut = false;
        for (;;) {
            boolean timed;
            synchronized (mainLock) {
                int rs = runState;
                if (rs >= STOP || (rs >= SHUTDOWN && workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
                timed = allowCoreThreadTimeOut || workerCount > corePoolSize;
                if ((workerCount > maximumPoolSize || (timed && timedOut))
                        && (workerCount > 1 || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveTime, TimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) return r;
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    private void processWorkerExit(Worker w, boolean completedAbruptly) {
        synchronized (mainLock) {
            if (completedAbruptly) workerCount--;
            completedTaskCount += w.completedTasks;
            workers.remove(w);
        }
        tryTerminate();
        synchronized (mainLock) {
            int rs = runState;
            if (rs == RUNNING || (rs == SHUTDOWN && !workQueue.isEmpty())) {
                if (!completedAbruptly) {
                    int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                    if (min == 0 && !workQueue.isEmpty()) min = 1;
                    if (workerCount >= min) return;
                }
                addWorkerLocked(null);
            }
        }
    }

    final void tryTerminate() {
        synchronized (mainLock) {
            int rs = runState;
            if (rs == RUNNING || rs >= TIDYING || (rs == SHUTDOWN && !workQueue.isEmpty())) return;
            if (workerCount != 0) {
                interruptIdleWorkers(true);
                return;
            }
            runState = TIDYING;
        }
        try {
            terminated();
        } finally {
            synchronized (mainLock) {
                runState = TERMINATED;
                mainLock.notifyAll();
            }
        }
    }

    /** Interrupts workers waiting for a task (mainLock may be held). */
    private void interruptIdleWorkers(boolean onlyOne) {
        synchronized (mainLock) {
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                Thread t = w.thread;
                if (!w.busy && !t.isInterrupted()) {
                    t.interrupt();
                }
                if (onlyOne) break;
            }
        }
    }

    // ------------------------------------------------------------ shutdown

    public void shutdown() {
        synchronized (mainLock) {
            if (runState < SHUTDOWN) runState = SHUTDOWN;
            interruptIdleWorkers(false);
        }
        onShutdown();
        tryTerminate();
    }

    void onShutdown() {}

    public List<Runnable> shutdownNow() {
        List<Runnable> tasks = new ArrayList<>();
        synchronized (mainLock) {
            if (runState < STOP) runState = STOP;
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                if (w.started && !w.thread.isInterrupted()) w.thread.interrupt();
            }
            workQueue.drainTo(tasks);
            if (!workQueue.isEmpty()) {
                for (Object r : workQueue.toArray()) {
                    if (workQueue.remove(r)) tasks.add((Runnable) r);
                }
            }
        }
        tryTerminate();
        return tasks;
    }

    public boolean isShutdown() {
        return runState >= SHUTDOWN;
    }

    final boolean isStopped() {
        return runState >= STOP;
    }

    public boolean isTerminating() {
        int rs = runState;
        return rs >= SHUTDOWN && rs < TERMINATED;
    }

    public boolean isTerminated() {
        return runState == TERMINATED;
    }

    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (mainLock) {
            while (runState != TERMINATED) {
                if (nanos <= 0L) return false;
                nanos = CU.awaitNanos(mainLock, nanos);
            }
            return true;
        }
    }

    // ------------------------------------------------------------ configuration

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) throw new NullPointerException();
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) throw new NullPointerException();
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) throw new IllegalArgumentException();
        synchronized (mainLock) {
            int delta = corePoolSize - this.corePoolSize;
            this.corePoolSize = corePoolSize;
            if (workerCount > corePoolSize) {
                interruptIdleWorkers(false);
            } else if (delta > 0) {
                int k = Math.min(delta, workQueue.size());
                while (k-- > 0 && canAddWorker(true)) {
                    addWorkerLocked(null);
                    if (workQueue.isEmpty()) break;
                }
            }
        }
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        return addWorkerIfNeeded(true);
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        while (addWorkerIfNeeded(true)) ++n;
        return n;
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveTime <= 0) throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        if (value != allowCoreThreadTimeOut) {
            allowCoreThreadTimeOut = value;
            if (value) interruptIdleWorkers(false);
        }
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) throw new IllegalArgumentException();
        this.maximumPoolSize = maximumPoolSize;
        synchronized (mainLock) {
            if (workerCount > maximumPoolSize) interruptIdleWorkers(false);
        }
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) throw new IllegalArgumentException();
        if (time == 0 && allowsCoreThreadTimeOut()) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        long keepAliveTime = unit.toNanos(time);
        long delta = keepAliveTime - this.keepAliveTime;
        this.keepAliveTime = keepAliveTime;
        if (delta < 0) interruptIdleWorkers(false);
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveTime, TimeUnit.NANOSECONDS);
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    public void purge() {
        for (Object r : workQueue.toArray()) {
            if (r instanceof Future<?> && ((Future<?>) r).isCancelled()) workQueue.remove(r);
        }
        tryTerminate();
    }

    // ------------------------------------------------------------ statistics

    public int getPoolSize() {
        synchronized (mainLock) {
            return runState >= TIDYING ? 0 : workers.size();
        }
    }

    public int getActiveCount() {
        synchronized (mainLock) {
            int n = 0;
            for (int i = 0; i < workers.size(); i++) if (workers.get(i).busy) ++n;
            return n;
        }
    }

    public int getLargestPoolSize() {
        synchronized (mainLock) {
            return largestPoolSize;
        }
    }

    public long getTaskCount() {
        synchronized (mainLock) {
            long n = completedTaskCount;
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                n += w.completedTasks;
                if (w.busy) ++n;
            }
            return n + workQueue.size();
        }
    }

    public long getCompletedTaskCount() {
        synchronized (mainLock) {
            long n = completedTaskCount;
            for (int i = 0; i < workers.size(); i++) n += workers.get(i).completedTasks;
            return n;
        }
    }

    public String toString() {
        long ncompleted;
        int nworkers, nactive;
        synchronized (mainLock) {
            ncompleted = completedTaskCount;
            nactive = 0;
            nworkers = workers.size();
            for (int i = 0; i < workers.size(); i++) {
                Worker w = workers.get(i);
                ncompleted += w.completedTasks;
                if (w.busy) ++nactive;
            }
        }
        int rs = runState;
        String state = rs == RUNNING ? "Running" : rs == TERMINATED ? "Terminated" : "Shutting down";
        return super.toString() + "[" + state + ", pool size = " + nworkers + ", active threads = " + nactive
                + ", queued tasks = " + workQueue.size() + ", completed tasks = " + ncompleted + "]";
    }

    protected void beforeExecute(Thread t, Runnable r) {}

    protected void afterExecute(Runnable r, Throwable t) {}

    protected void terminated() {}

    // ------------------------------------------------------------ workers

    // @pad








































































































































    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        volatile long completedTasks;
        volatile boolean busy;
        boolean started;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = getThreadFactory().newThread(this);
        }

        public void run() {
            runWorker(this); // @line 635
        }
    }

    // @pad




























































































































































































































































































































































































































































































    final void runWorker(Worker w) {
        Thread wt = Thread.currentThread();
        Runnable task = w.firstTask;
        w.firstTask = null;
        boolean completedAbruptly = true;
        try {
            while (task != null || (task = getTask()) != null) {
                synchronized (mainLock) {
                    w.busy = true;
                }
                // A stopping pool leaves the worker interrupted; otherwise a stale
                // idle-interrupt is cleared before the task runs.
                if (runState >= STOP) {
                    if (!wt.isInterrupted()) wt.interrupt();
                } else if (Thread.interrupted() && runState >= STOP) {
                    wt.interrupt();
                }
                try {
                    beforeExecute(wt, task);
                    try {
                        task.run(); // @line 1136
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    w.completedTasks++;
                    synchronized (mainLock) {
                        w.busy = false;
                    }
                }
            }
            completedAbruptly = false;
        } finally {
            processWorkerExit(w, completedAbruptly);
        }
    }
}
