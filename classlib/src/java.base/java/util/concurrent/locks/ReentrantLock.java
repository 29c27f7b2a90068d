package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A reentrant mutual-exclusion lock built on a private Java monitor (see
 * MonitorCondition). Waiting threads queue FIFO and unlock hands the lock to
 * the first of them (so, as on HotSpot when nobody barges in, they acquire it
 * in arrival order); signalled condition waiters join the end of that queue.
 * The fairness flag is recorded; arrivals never barge past queued threads.
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
            release();
            return h;
        }

        public boolean tryReacquire(int h) {
            Thread me = Thread.currentThread();
            if (owner == me || (owner == null && queued == 0)) {
                dequeue(me);
                owner = me;
                holds = h;
                return true;
            }
            if (!isQueued(me)) enqueue(me);
            return false;
        }

        public void transfer(Thread t) {
            if (!isQueued(t)) enqueue(t);
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

    private boolean isQueued(Thread t) {
        for (int i = 0; i < queued; i++) {
            if (queuedThreads[i] == t) return true;
        }
        return false;
    }

    /** Frees the lock (sync held): the first queued thread, if any, becomes the owner. */
    private void release() {
        if (queued > 0) {
            owner = queuedThreads[0];
            holds = 1;
            dequeue(owner);
        } else {
            owner = null;
            holds = 0;
        }
        sync.notifyAll();
    }

    /** Waits for the lock; nanos < 0: no timeout, 0: don't wait. Returns false on timeout. */
    private boolean acquire(boolean interruptible, long nanos) throws InterruptedException {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            if (owner == me) {
                if (holds == Integer.MAX_VALUE) throw new Error("Maximum lock count exceeded");
                holds++;
                return true;
            }
            if (owner == null && queued == 0) {
                owner = me;
                holds = 1;
                return true;
            }
            if (nanos == 0) return false;
            long deadline = nanos > 0 ? System.nanoTime() + nanos : 0L;
            boolean interrupted = false;
            enqueue(me);
            while (owner != me) {
                try {
                    if (nanos > 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) break;
                        sync.wait(Math.max(1L, (left + 999_999L) / 1_000_000L));
                    } else {
                        sync.wait();
                    }
                } catch (InterruptedException e) {
                    if (owner == me) {
                        interrupted = true;
                        break;
                    }
                    if (interruptible) {
                        dequeue(me);
                        throw new InterruptedException();
                    }
                    interrupted = true;
                }
            }
            if (owner != me) {
                dequeue(me);
                return false;
            }
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
            if (owner == null && queued == 0) {
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
            if (--holds == 0) release();
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
