package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A Condition of a lock whose state is guarded by the Java monitor `owner.sync`
 * (Mote's locks are monitor-based: one Java thread runs at a time, so a plain
 * monitor plus wait/notifyAll is both simple and correct). Waiters queue FIFO;
 * signal() hands the first one a "signalled" mark and wakes everybody on the
 * monitor, who then re-check their own state.
 */
final class MonitorCondition implements Condition {
    /** What a condition needs from its lock; all called with `sync` held. */
    interface Owner {
        Object sync();

        boolean heldByCurrentThread();

        /** Releases every hold of the current thread; returns the hold count. */
        int releaseAll();

        /** Takes `holds` holds if the lock is free; false if it must wait. */
        boolean tryReacquire(int holds);

        /** A signalled waiter joins the lock's queue now, in signal order (if the lock queues). */
        default void transfer(Thread t) {}
    }

    static final class Node {
        final Thread thread;
        boolean signalled;
        Node next;

        Node(Thread t) {
            thread = t;
        }
    }

    final Owner owner;
    private Node head, tail;

    MonitorCondition(Owner owner) {
        this.owner = owner;
    }

    private void enqueue(Node n) {
        if (tail == null) head = tail = n;
        else tail = tail.next = n;
    }

    private void unlink(Node n) {
        Node prev = null;
        for (Node p = head; p != null; prev = p, p = p.next) {
            if (p == n) {
                if (prev == null) head = p.next;
                else prev.next = p.next;
                if (tail == p) tail = prev;
                p.next = null;
                return;
            }
        }
    }

    int waitQueueLength() {
        int n = 0;
        for (Node p = head; p != null; p = p.next) n++;
        return n;
    }

    boolean hasWaiters() {
        return head != null;
    }

    /**
     * The common wait: release, wait for a signal (or the deadline, 0 = none),
     * reacquire. Returns nanos left (or 1 if untimed and signalled); throws if
     * interrupted before the signal when `interruptible`.
     */
    private long doWait(boolean interruptible, boolean timed, long nanos) throws InterruptedException {
        Object sync = owner.sync();
        synchronized (sync) {
            if (!owner.heldByCurrentThread()) throw new IllegalMonitorStateException();
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            Node n = new Node(Thread.currentThread());
            enqueue(n);
            int holds = owner.releaseAll();
            sync.notifyAll();
            boolean interruptedBeforeSignal = false;
            boolean interruptedLater = false;
            long deadline = timed ? System.nanoTime() + nanos : 0L;
            long left = nanos;
            while (!n.signalled) {
                if (timed) {
                    left = deadline - System.nanoTime();
                    if (left <= 0) break;
                }
                try {
                    if (timed) sync.wait(Math.max(1L, (left + 999_999L) / 1_000_000L));
                    else sync.wait();
                } catch (InterruptedException e) {
                    if (n.signalled) {
                        interruptedLater = true;
                    } else if (interruptible) {
                        interruptedBeforeSignal = true;
                        break;
                    } else {
                        interruptedLater = true;
                    }
                }
            }
            if (!n.signalled) unlink(n);
            while (!owner.tryReacquire(holds)) {
                try {
                    sync.wait();
                } catch (InterruptedException e) {
                    interruptedLater = true;
                }
            }
            if (interruptedBeforeSignal) throw new InterruptedException();
            if (interruptedLater) Thread.currentThread().interrupt();
            if (!timed) return 1L;
            return n.signalled ? Math.max(1L, deadline - System.nanoTime()) : deadline - System.nanoTime();
        }
    }

    public void await() throws InterruptedException {
        doWait(true, false, 0L);
    }

    public void awaitUninterruptibly() {
        try {
            doWait(false, false, 0L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        return doWait(true, true, nanosTimeout);
    }

    public boolean await(long time, TimeUnit unit) throws InterruptedException {
        return doWait(true, true, unit.toNanos(time)) > 0;
    }

    public void signal() {
        Object sync = owner.sync();
        synchronized (sync) {
            if (!owner.heldByCurrentThread()) throw new IllegalMonitorStateException();
            Node n = head;
            if (n != null) {
                head = n.next;
                if (head == null) tail = null;
                n.next = null;
                n.signalled = true;
                owner.transfer(n.thread);
                sync.notifyAll();
            }
        }
    }

    public void signalAll() {
        Object sync = owner.sync();
        synchronized (sync) {
            if (!owner.heldByCurrentThread()) throw new IllegalMonitorStateException();
            for (Node n = head; n != null; ) {
                Node next = n.next;
                n.signalled = true;
                owner.transfer(n.thread);
                n.next = null;
                n = next;
            }
            head = tail = null;
            sync.notifyAll();
        }
    }
}
