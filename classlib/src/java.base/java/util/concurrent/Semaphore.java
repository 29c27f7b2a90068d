package java.util.concurrent;

/**
 * Counting permits on a private monitor. Waiting threads are served in
 * arrival order (a ticket queue), as HotSpot's queue serves them when nobody
 * barges; a non-fair semaphore lets an arriving thread take free permits
 * even while others wait, a fair one does not (tryAcquire() always may).
 */
public class Semaphore implements java.io.Serializable {
    private final Object lock = new Object();
    private final boolean fair;
    private int permits;
    private int waiting;
    private long nextTicket, serving;

    public Semaphore(int permits) {
        this(permits, false);
    }

    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    /** nanos < 0: no timeout. */
    private boolean doAcquire(int n, boolean interruptible, long nanos) throws InterruptedException {
        if (n < 0) throw new IllegalArgumentException();
        synchronized (lock) {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            if (permits >= n && (!fair || waiting == 0)) {
                permits -= n;
                return true;
            }
            if (nanos == 0) return false;
            long ticket = nextTicket++;
            waiting++;
            boolean interrupted = false;
            try {
                while (permits < n || ticket != serving) {
                    try {
                        if (nanos < 0) lock.wait();
                        else if ((nanos = CU.awaitNanos(lock, nanos)) <= 0) {
                            if (permits >= n && ticket == serving) break;
                            return false;
                        }
                    } catch (InterruptedException e) {
                        if (interruptible) throw e;
                        interrupted = true;
                    }
                }
                permits -= n;
                return true;
            } finally {
                waiting--;
                // Skip past tickets whose owners left (timeout/interrupt) or this one.
                if (ticket == serving) serving++;
                else abandoned(ticket);
                lock.notifyAll();
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
    }

    private long[] left = new long[0];

    /** Remembers an abandoned fair ticket so `serving` can pass it. */
    private void abandoned(long ticket) {
        long[] a = new long[left.length + 1];
        System.arraycopy(left, 0, a, 0, left.length);
        a[left.length] = ticket;
        left = a;
        advance();
    }

    private void advance() {
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 0; i < left.length; i++) {
                if (left[i] == serving) {
                    serving++;
                    long[] a = new long[left.length - 1];
                    System.arraycopy(left, 0, a, 0, i);
                    System.arraycopy(left, i + 1, a, i, left.length - i - 1);
                    left = a;
                    again = true;
                    break;
                }
            }
        }
    }

    public void acquire() throws InterruptedException {
        doAcquire(1, true, -1L);
    }

    public void acquireUninterruptibly() {
        try {
            doAcquire(1, false, -1L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean tryAcquire() {
        synchronized (lock) {
            if (permits >= 1) {
                permits--;
                return true;
            }
            return false;
        }
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return doAcquire(1, true, Math.max(0L, unit.toNanos(timeout)));
    }

    public void release() {
        release(1);
    }

    public void acquire(int permits) throws InterruptedException {
        doAcquire(permits, true, -1L);
    }

    public void acquireUninterruptibly(int permits) {
        if (permits < 0) throw new IllegalArgumentException();
        try {
            doAcquire(permits, false, -1L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean tryAcquire(int permits) {
        if (permits < 0) throw new IllegalArgumentException();
        synchronized (lock) {
            if (this.permits >= permits) {
                this.permits -= permits;
                return true;
            }
            return false;
        }
    }

    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {
        return doAcquire(permits, true, Math.max(0L, unit.toNanos(timeout)));
    }

    public void release(int permits) {
        if (permits < 0) throw new IllegalArgumentException();
        synchronized (lock) {
            int next = this.permits + permits;
            if (next < this.permits) throw new Error("Maximum permit count exceeded");
            this.permits = next;
            lock.notifyAll();
        }
    }

    public int availablePermits() {
        synchronized (lock) {
            return permits;
        }
    }

    public int drainPermits() {
        synchronized (lock) {
            int n = permits;
            if (n > 0) permits = 0;
            return n;
        }
    }

    protected void reducePermits(int reduction) {
        if (reduction < 0) throw new IllegalArgumentException();
        synchronized (lock) {
            permits -= reduction;
        }
    }

    public boolean isFair() {
        return fair;
    }

    public final boolean hasQueuedThreads() {
        synchronized (lock) {
            return waiting > 0;
        }
    }

    public final int getQueueLength() {
        synchronized (lock) {
            return waiting;
        }
    }

    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
