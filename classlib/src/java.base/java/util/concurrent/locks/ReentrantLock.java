package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A reentrant mutual-exclusion lock built on a private Java monitor (see
 * MonitorCondition). The fairness flag is recorded; waiting threads are woken
 * together and the first to run wins, so "fair" is not strictly FIFO.
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    private final Object sync = new Object();
    private final boolean fair;
    private Thread owner;
    private int holds;
    private int queued;
    private Thread[] queuedThreads = new Thread[4];

    private final MonitorCondition.Owner condOwner = new MonitorCondition.Owner() {
        public Object sync() {
            return sync;
        }

        public boolean heldByCurrentThread() {
            return owner == Thread.currentThread();
        }

        public int releaseAll() {
            int h = holds;
            holds = 0;
            owner = null;
            return h;
        }

        public boolean tryReacquire(int h) {
            if (owner != null) return false;
            owner = Thread.currentThread();
            holds = h;
            return true;
        }
    };

    public ReentrantLock() {
        this(false);
    }

    public ReentrantLock(boolean fair) {
        this.fair = fair;
    }

    private void enqueue(Thread t) {
        if (queued == queuedThreads.length) {
            Thread[] n = new Thread[queued * 2];
            System.arraycopy(queuedThreads, 0, n, 0, queued);
            queuedThreads = n;
        }
        queuedThreads[queued++] = t;
    }

    private void dequeue(Thread t) {
        for (int i = 0; i < queued; i++) {
            if (queuedThreads[i] == t) {
                System.arraycopy(queuedThreads, i + 1, queuedThreads, i, queued - i - 1);
                queuedThreads[--queued] = null;
                return;
            }
        }
    }

    /** Waits for the lock; timeout < 0: none. Returns false on timeout. */
    private boolean acquire(boolean interruptible, long nanos) throws InterruptedException {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            if (owner == me) {
                if (holds == Integer.MAX_VALUE) throw new Error("Maximum lock count exceeded");
                holds++;
                return true;
            }
            if (owner == null && (!fair || queued == 0)) {
                owner = me;
                holds = 1;
                return true;
            }
            if (nanos == 0) return false;
            long deadline = nanos > 0 ? System.nanoTime() + nanos : 0L;
            boolean interrupted = false;
            enqueue(me);
            try {
                while (owner != null) {
                    long left = 0;
                    if (nanos > 0) {
                        left = deadline - System.nanoTime();
                        if (left <= 0) return false;
                    }
                    try {
                        if (nanos > 0) sync.wait(Math.max(1L, (left + 999_999L) / 1_000_000L));
                        else sync.wait();
                    } catch (InterruptedException e) {
                        if (interruptible) throw new InterruptedException();
                        interrupted = true;
                    }
                }
            } finally {
                dequeue(me);
                if (owner == null) sync.notifyAll();
            }
            owner = me;
            holds = 1;
            if (interrupted) me.interrupt();
            return true;
        }
    }

    public void lock() {
        try {
            acquire(false, -1L);
        } catch (InterruptedException e) {
            throw new InternalError(e);
        }
    }

    public void lockInterruptibly() throws InterruptedException {
        acquire(true, -1L);
    }

    public boolean tryLock() {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (owner == me) {
                holds++;
                return true;
            }
            if (owner == null) {
                owner = me;
                holds = 1;
                return true;
            }
            return false;
        }
    }

    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        long n = unit.toNanos(timeout);
        return acquire(true, n <= 0 ? 0L : n);
    }

    public void unlock() {
        synchronized (sync) {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            if (--holds == 0) {
                owner = null;
                sync.notifyAll();
            }
        }
    }

    public Condition newCondition() {
        return new MonitorCondition(condOwner);
    }

    public int getHoldCount() {
        synchronized (sync) {
            return owner == Thread.currentThread() ? holds : 0;
        }
    }

    public boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    public boolean isLocked() {
        return owner != null;
    }

    public final boolean isFair() {
        return fair;
    }

    protected Thread getOwner() {
        return owner;
    }

    public final boolean hasQueuedThreads() {
        return queued > 0;
    }

    public final boolean hasQueuedThread(Thread thread) {
        synchronized (sync) {
            for (int i = 0; i < queued; i++) {
                if (queuedThreads[i] == thread) return true;
            }
            return false;
        }
    }

    public final int getQueueLength() {
        return queued;
    }

    private MonitorCondition check(Condition c) {
        if (c == null) throw new NullPointerException();
        if (!(c instanceof MonitorCondition) || ((MonitorCondition) c).owner != condOwner) {
            throw new IllegalArgumentException("Not owner");
        }
        if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
        return (MonitorCondition) c;
    }

    public boolean hasWaiters(Condition condition) {
        synchronized (sync) {
            return check(condition).hasWaiters();
        }
    }

    public int getWaitQueueLength(Condition condition) {
        synchronized (sync) {
            return check(condition).waitQueueLength();
        }
    }

    public String toString() {
        Thread o = owner;
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
}
