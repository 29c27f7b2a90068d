package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A reentrant read-write lock on a private Java monitor. Threads that must
 * wait queue FIFO and are served in that order, consecutive readers together
 * (as HotSpot's queue serves them); a new reader does not pass a writer at
 * the head of the queue, reentrant reads never wait, and the writer may also
 * take read locks (downgrading). Read holds are counted per thread.
 */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private final Object sync = new Object();
    private final boolean fair;
    private final ReadLock readerLock;
    private final WriteLock writerLock;

    private Thread writer;
    private int writeHolds;
    private int readHolds;
    private int waitingWriters;
    private int waitingReaders;
    // Per-thread read hold counts: a small open list (readers are few).
    private Thread[] readers = new Thread[4];
    private int[] readerCounts = new int[4];
    private int nReaders;

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
        readerLock = new ReadLock(this);
        writerLock = new WriteLock(this);
    }

    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    private int readerIndex(Thread t) {
        for (int i = 0; i < nReaders; i++) if (readers[i] == t) return i;
        return -1;
    }

    private int myReadHolds() {
        int i = readerIndex(Thread.currentThread());
        return i < 0 ? 0 : readerCounts[i];
    }

    private void addRead(Thread t) {
        int i = readerIndex(t);
        if (i < 0) {
            if (nReaders == readers.length) {
                Thread[] nt = new Thread[nReaders * 2];
                int[] nc = new int[nReaders * 2];
                System.arraycopy(readers, 0, nt, 0, nReaders);
                System.arraycopy(readerCounts, 0, nc, 0, nReaders);
                readers = nt;
                readerCounts = nc;
            }
            i = nReaders++;
            readers[i] = t;
            readerCounts[i] = 0;
        }
        readerCounts[i]++;
        readHolds++;
    }

    /** A queued acquirer; served in FIFO order (consecutive readers together). */
    private static final class Waiter {
        final Thread thread;
        final boolean writer;
        Waiter next;

        Waiter(Thread thread, boolean writer) {
            this.thread = thread;
            this.writer = writer;
        }
    }

    private Waiter head, tail;

    private void enqueue(Waiter w) {
        if (tail == null) head = tail = w;
        else tail = tail.next = w;
    }

    private void unlink(Waiter w) {
        Waiter prev = null;
        for (Waiter p = head; p != null; prev = p, p = p.next) {
            if (p == w) {
                if (prev == null) head = p.next;
                else prev.next = p.next;
                if (tail == p) tail = prev;
                return;
            }
        }
    }

    /** May queued waiter w go now? Writers: at the head of a free lock; readers: no writer ahead or holding. */
    private boolean grantable(Waiter w) {
        if (w.writer) return head == w && writer == null && readHolds == 0;
        if (writer != null) return false;
        for (Waiter p = head; p != w; p = p.next) {
            if (p.writer) return false;
        }
        return true;
    }

    private static long waitSome(Object sync, boolean timed, long deadline) throws InterruptedException {
        if (!timed) {
            sync.wait();
            return 1L;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) return 0L;
        sync.wait(Math.max(1L, (left + 999_999L) / 1_000_000L));
        return 1L;
    }

    /** Queues the caller and waits until it may go; false on timeout (nanos < 0: none). */
    private boolean queueAndWait(boolean isWriter, boolean interruptible, long nanos) throws InterruptedException {
        boolean timed = nanos > 0;
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        Waiter w = new Waiter(Thread.currentThread(), isWriter);
        enqueue(w);
        if (isWriter) waitingWriters++;
        else waitingReaders++;
        try {
            while (!grantable(w)) {
                try {
                    if (waitSome(sync, timed, deadline) == 0L) return false;
                } catch (InterruptedException e) {
                    if (interruptible) throw new InterruptedException();
                    interrupted = true;
                }
            }
            return true;
        } finally {
            unlink(w);
            if (isWriter) waitingWriters--;
            else waitingReaders--;
            sync.notifyAll();
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** nanos < 0: no timeout; 0: try once. */
    private boolean acquireRead(boolean interruptible, long nanos) throws InterruptedException {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            // Reentrant reads and the writer's own reads never wait; others may
            // go at once unless a writer holds the lock or (fair: anybody,
            // non-fair: a writer) is first in the queue.
            boolean now = writer == me || myReadHolds() > 0
                    || (writer == null && (head == null || (!fair && !head.writer)));
            if (!now) {
                if (nanos == 0) return false;
                if (!queueAndWait(false, interruptible, nanos)) return false;
            }
            if (readHolds == 65535) throw new Error("Maximum lock count exceeded");
            addRead(me);
            return true;
        }
    }
    private void releaseRead() {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            int i = readerIndex(me);
            if (i < 0) {
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            }
            if (--readerCounts[i] == 0) {
                nReaders--;
                readers[i] = readers[nReaders];
                readerCounts[i] = readerCounts[nReaders];
                readers[nReaders] = null;
            }
            readHolds--;
            if (readHolds == 0) sync.notifyAll();
        }
    }

    private boolean acquireWrite(boolean interruptible, long nanos) throws InterruptedException {
        Thread me = Thread.currentThread();
        synchronized (sync) {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            boolean now = writer == me || (writer == null && readHolds == 0 && (head == null || !fair));
            if (!now) {
                if (nanos == 0) return false;
                if (!queueAndWait(true, interruptible, nanos)) return false;
            }
            if (writeHolds == 65535) throw new Error("Maximum lock count exceeded");
            writer = me;
            writeHolds++;
            return true;
        }
    }

    private void releaseWrite() {
        synchronized (sync) {
            if (writer != Thread.currentThread()) throw new IllegalMonitorStateException();
            if (--writeHolds == 0) {
                writer = null;
                sync.notifyAll();
            }
        }
    }

    private final MonitorCondition.Owner writeCondOwner = new MonitorCondition.Owner() {
        public Object sync() {
            return sync;
        }

        public boolean heldByCurrentThread() {
            return writer == Thread.currentThread();
        }

        public int releaseAll() {
            int h = writeHolds;
            writeHolds = 0;
            writer = null;
            return h;
        }

        public boolean tryReacquire(int h) {
            if (writer != null || readHolds != 0) return false;
            writer = Thread.currentThread();
            writeHolds = h;
            return true;
        }
    };

    public static class ReadLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock rw;

        protected ReadLock(ReentrantReadWriteLock lock) {
            rw = lock;
        }

        public void lock() {
            try {
                rw.acquireRead(false, -1L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            rw.acquireRead(true, -1L);
        }

        public boolean tryLock() {
            try {
                return rw.acquireRead(false, 0L);
            } catch (InterruptedException e) {
                return false;
            }
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            long n = unit.toNanos(timeout);
            return rw.acquireRead(true, n <= 0 ? 0L : n);
        }

        public void unlock() {
            rw.releaseRead();
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        public String toString() {
            return super.toString() + "[Read locks = " + rw.getReadLockCount() + "]";
        }
    }

    public static class WriteLock implements Lock, java.io.Serializable {
        private final ReentrantReadWriteLock rw;

        protected WriteLock(ReentrantReadWriteLock lock) {
            rw = lock;
        }

        public void lock() {
            try {
                rw.acquireWrite(false, -1L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            rw.acquireWrite(true, -1L);
        }

        public boolean tryLock() {
            try {
                return rw.acquireWrite(false, 0L);
            } catch (InterruptedException e) {
                return false;
            }
        }

        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            long n = unit.toNanos(timeout);
            return rw.acquireWrite(true, n <= 0 ? 0L : n);
        }

        public void unlock() {
            rw.releaseWrite();
        }

        public Condition newCondition() {
            return new MonitorCondition(rw.writeCondOwner);
        }

        public boolean isHeldByCurrentThread() {
            return rw.isWriteLockedByCurrentThread();
        }

        public int getHoldCount() {
            return rw.getWriteHoldCount();
        }

        public String toString() {
            Thread o = rw.writer;
            return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }

    public final boolean isFair() {
        return fair;
    }

    protected Thread getOwner() {
        return writer;
    }

    public int getReadLockCount() {
        return readHolds;
    }

    public boolean isWriteLocked() {
        return writer != null;
    }

    public boolean isWriteLockedByCurrentThread() {
        return writer == Thread.currentThread();
    }

    public int getWriteHoldCount() {
        return writer == Thread.currentThread() ? writeHolds : 0;
    }

    public int getReadHoldCount() {
        synchronized (sync) {
            return myReadHolds();
        }
    }

    public final boolean hasQueuedThreads() {
        return waitingReaders + waitingWriters > 0;
    }

    public final int getQueueLength() {
        return waitingReaders + waitingWriters;
    }

    public final boolean hasQueuedThread(Thread thread) {
        if (thread == null) throw new NullPointerException();
        synchronized (sync) {
            for (Waiter p = head; p != null; p = p.next) {
                if (p.thread == thread) return true;
            }
            return false;
        }
    }

    public String toString() {
        return super.toString() + "[Write locks = " + writeHolds + ", Read locks = " + readHolds + "]";
    }
}
