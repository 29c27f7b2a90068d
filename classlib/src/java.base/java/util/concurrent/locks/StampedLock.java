package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A capability-based lock with write, read and optimistic-read modes. Stamps
 * have the JDK's numeric layout (bit 7 = write lock, bits 0-6 = reader count,
 * the rest a version that starts at 256), so stamp values match HotSpot's.
 * Mote guards the state with a private monitor; waiting is wait/notifyAll.
 * Not yet: more than 126 simultaneous readers (the JDK's overflow counter).
 */
public class StampedLock implements java.io.Serializable {
    private static final long RUNIT = 1L;
    private static final long WBIT = 1L << 7;
    private static final long RBITS = WBIT - 1L;
    private static final long RFULL = RBITS - 1L;
    private static final long ABITS = RBITS | WBIT;
    private static final long SBITS = ~RBITS;
    private static final long ORIGIN = WBIT << 1;

    private final Object lock = new Object();
    private long state = ORIGIN;

    public StampedLock() {}

    private static long unlockWriteState(long s) {
        return ((s += WBIT) == 0L) ? ORIGIN : s;
    }

    /** Waits (lock held) until `canWrite`/`canRead`; nanos < 0: forever. Returns false on timeout. */
    private boolean await(boolean write, boolean interruptible, long nanos) throws InterruptedException {
        long deadline = nanos > 0 ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        while (write ? (state & ABITS) != 0L : (state & ABITS) >= RFULL) {
            try {
                if (nanos < 0) {
                    lock.wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (nanos == 0 || left <= 0) return false;
                    lock.wait(Math.max(1L, (left + 999_999L) / 1_000_000L));
                }
            } catch (InterruptedException e) {
                if (interruptible) throw e;
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return true;
    }

    private long acquireWrite(boolean interruptible, long nanos) throws InterruptedException {
        synchronized (lock) {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            if (!await(true, interruptible, nanos)) return 0L;
            return state += WBIT;
        }
    }

    private long acquireRead(boolean interruptible, long nanos) throws InterruptedException {
        synchronized (lock) {
            if (interruptible && Thread.interrupted()) throw new InterruptedException();
            if (!await(false, interruptible, nanos)) return 0L;
            return state += RUNIT;
        }
    }

    public long writeLock() {
        try {
            return acquireWrite(false, -1L);
        } catch (InterruptedException e) {
            throw new InternalError(e);
        }
    }

    public long tryWriteLock() {
        synchronized (lock) {
            return (state & ABITS) == 0L ? (state += WBIT) : 0L;
        }
    }

    public long tryWriteLock(long time, TimeUnit unit) throws InterruptedException {
        long n = unit.toNanos(time);
        return acquireWrite(true, n <= 0 ? 0L : n);
    }

    public long writeLockInterruptibly() throws InterruptedException {
        return acquireWrite(true, -1L);
    }

    public long readLock() {
        try {
            return acquireRead(false, -1L);
        } catch (InterruptedException e) {
            throw new InternalError(e);
        }
    }

    public long tryReadLock() {
        synchronized (lock) {
            return (state & ABITS) < RFULL ? (state += RUNIT) : 0L;
        }
    }

    public long tryReadLock(long time, TimeUnit unit) throws InterruptedException {
        long n = unit.toNanos(time);
        return acquireRead(true, n <= 0 ? 0L : n);
    }

    public long readLockInterruptibly() throws InterruptedException {
        return acquireRead(true, -1L);
    }

    public long tryOptimisticRead() {
        synchronized (lock) {
            long s = state;
            return (s & WBIT) == 0L ? (s & SBITS) : 0L;
        }
    }

    public boolean validate(long stamp) {
        synchronized (lock) {
            return (stamp & SBITS) == (state & SBITS);
        }
    }

    public void unlockWrite(long stamp) {
        synchronized (lock) {
            if (state != stamp || (stamp & WBIT) == 0L) throw new IllegalMonitorStateException();
            state = unlockWriteState(stamp);
            lock.notifyAll();
        }
    }

    public void unlockRead(long stamp) {
        synchronized (lock) {
            long s = state, m = s & ABITS;
            if ((stamp & RBITS) == 0L || (s & SBITS) != (stamp & SBITS) || m == 0L || m >= WBIT) {
                throw new IllegalMonitorStateException();
            }
            state = s - RUNIT;
            lock.notifyAll();
        }
    }

    public void unlock(long stamp) {
        if ((stamp & WBIT) != 0L) unlockWrite(stamp);
        else unlockRead(stamp);
    }

    public long tryConvertToWriteLock(long stamp) {
        synchronized (lock) {
            long a = stamp & ABITS, s = state, m;
            if ((s & SBITS) != (stamp & SBITS)) return 0L;
            if ((m = s & ABITS) == 0L) {
                if (a != 0L) return 0L;
                return state = s + WBIT;
            } else if (m == WBIT) {
                return a == m ? stamp : 0L;
            } else if (m == RUNIT && a != 0L) {
                return state = s - RUNIT + WBIT;
            }
            return 0L;
        }
    }

    public long tryConvertToReadLock(long stamp) {
        synchronized (lock) {
            long s = state, a = stamp & ABITS;
            if ((s & SBITS) != (stamp & SBITS)) return 0L;
            if (a >= WBIT) {
                if (s != stamp) return 0L;
                state = unlockWriteState(s) + RUNIT;
                lock.notifyAll();
                return state;
            } else if (a == 0L) {
                return (s & ABITS) < RFULL ? (state = s + RUNIT) : 0L;
            } else {
                return (s & ABITS) == 0L ? 0L : stamp;
            }
        }
    }

    public long tryConvertToOptimisticRead(long stamp) {
        synchronized (lock) {
            long s = state, m = s & ABITS, a = stamp & ABITS;
            if ((s & SBITS) != (stamp & SBITS)) return 0L;
            if (m == 0L) return a != 0L ? 0L : s;
            if (m == WBIT) {
                if (a != m) return 0L;
                state = unlockWriteState(s);
                lock.notifyAll();
                return state;
            }
            if (a == 0L || a >= WBIT) return 0L;
            state = s - RUNIT;
            lock.notifyAll();
            return state & SBITS;
        }
    }

    public boolean tryUnlockWrite() {
        synchronized (lock) {
            long s = state;
            if ((s & WBIT) == 0L) return false;
            state = unlockWriteState(s);
            lock.notifyAll();
            return true;
        }
    }

    public boolean tryUnlockRead() {
        synchronized (lock) {
            long s = state, m = s & ABITS;
            if (m == 0L || m >= WBIT) return false;
            state = s - RUNIT;
            lock.notifyAll();
            return true;
        }
    }

    public boolean isWriteLocked() {
        synchronized (lock) {
            return (state & WBIT) != 0L;
        }
    }

    public boolean isReadLocked() {
        synchronized (lock) {
            return (state & RBITS) != 0L;
        }
    }

    public int getReadLockCount() {
        synchronized (lock) {
            return (int) (state & RBITS);
        }
    }

    public static boolean isWriteLockStamp(long stamp) {
        return (stamp & ABITS) == WBIT;
    }

    public static boolean isReadLockStamp(long stamp) {
        return (stamp & RBITS) != 0L;
    }

    public static boolean isLockStamp(long stamp) {
        return (stamp & ABITS) != 0L;
    }

    public static boolean isOptimisticReadStamp(long stamp) {
        return (stamp & ABITS) == 0L && stamp != 0L;
    }

    public String toString() {
        long s;
        synchronized (lock) {
            s = state;
        }
        return super.toString()
                + ((s & ABITS) == 0L ? "[Unlocked]" : (s & WBIT) != 0L ? "[Write-locked]" : "[Read-locks:" + (s & RBITS) + "]");
    }

    public Lock asReadLock() {
        return new ModeLock(false);
    }

    public Lock asWriteLock() {
        return new ModeLock(true);
    }

    public ReadWriteLock asReadWriteLock() {
        return new ReadWriteLock() {
            public Lock readLock() {
                return asReadLock();
            }

            public Lock writeLock() {
                return asWriteLock();
            }
        };
    }

    final class ModeLock implements Lock {
        private final boolean write;

        ModeLock(boolean write) {
            this.write = write;
        }

        public void lock() {
            if (write) writeLock();
            else readLock();
        }

        public void lockInterruptibly() throws InterruptedException {
            if (write) writeLockInterruptibly();
            else readLockInterruptibly();
        }

        public boolean tryLock() {
            return (write ? tryWriteLock() : tryReadLock()) != 0L;
        }

        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return (write ? tryWriteLock(time, unit) : tryReadLock(time, unit)) != 0L;
        }

        public void unlock() {
            if (write ? !tryUnlockWrite() : !tryUnlockRead()) throw new IllegalMonitorStateException();
        }

        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }
}
