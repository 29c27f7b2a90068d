import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class ConcReadWriteLock {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    public static void main(String[] args) throws Exception {
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        System.out.println(s(rw) + " " + s(rw.readLock()) + " " + s(rw.writeLock()));
        try {
            rw.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println(e);
        }
        try {
            rw.writeLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println(e);
        }
        try {
            rw.readLock().newCondition();
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println(s(rw) + " readHolds=" + rw.getReadHoldCount() + " count=" + rw.getReadLockCount());
        Thread writer = new Thread(() -> System.out.println("writer tryLock while read-locked: " + rw.writeLock().tryLock()));
        writer.start();
        writer.join();
        Thread reader = new Thread(() -> {
            boolean ok = rw.readLock().tryLock();
            System.out.println("second reader tryLock: " + ok + " total=" + rw.getReadLockCount());
            if (ok) rw.readLock().unlock();
        });
        reader.start();
        reader.join();
        rw.readLock().unlock();
        rw.readLock().unlock();
        rw.writeLock().lock();
        rw.writeLock().lock();
        System.out.println(s(rw) + " " + s(rw.writeLock()) + " writeHolds=" + rw.getWriteHoldCount() + " byMe=" + rw.isWriteLockedByCurrentThread());
        Thread r2 = new Thread(() -> {
            try {
                System.out.println("reader timed tryLock while write-locked: " + rw.readLock().tryLock(20, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
            }
        });
        r2.start();
        r2.join();
        // downgrade: take the read lock while writing, then release the write lock
        rw.readLock().lock();
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        System.out.println("downgraded: " + s(rw) + " writeLocked=" + rw.isWriteLocked());
        rw.readLock().unlock();
        // shared counter: writers increment, readers check consistency
        int[] pair = {0, 0};
        int[] bad = {0};
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            final boolean isWriter = i % 2 == 0;
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 1500; j++) {
                    if (isWriter) {
                        rw.writeLock().lock();
                        try {
                            pair[0]++;
                            Thread.yield();
                            pair[1]++;
                        } finally {
                            rw.writeLock().unlock();
                        }
                    } else {
                        rw.readLock().lock();
                        try {
                            if (pair[0] != pair[1]) bad[0]++;
                        } finally {
                            rw.readLock().unlock();
                        }
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("pair " + pair[0] + "," + pair[1] + " inconsistent reads " + bad[0]);
        // queued readers and writers are served in order, consecutive readers together
        for (boolean fair : new boolean[] {false, true}) {
            ReentrantReadWriteLock q = new ReentrantReadWriteLock(fair);
            StringBuilder log = new StringBuilder();
            q.writeLock().lock();
            String[] kinds = {"R", "W", "R", "R", "W", "R"};
            Thread[] qs = new Thread[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                final boolean w = kinds[i].equals("W");
                qs[i] = new Thread(() -> {
                    Lock l = w ? q.writeLock() : q.readLock();
                    l.lock();
                    try {
                        synchronized (log) {
                            log.append(w ? 'W' : 'R');
                        }
                        Thread.yield();
                    } finally {
                        l.unlock();
                    }
                });
                qs[i].start();
                while (!q.hasQueuedThread(qs[i])) Thread.sleep(1);
            }
            System.out.println("queued " + q.getQueueLength() + " fair=" + fair);
            q.writeLock().unlock();
            for (Thread t : qs) t.join();
            System.out.println("served " + log);
        }
        Condition c = rw.writeLock().newCondition();
        rw.writeLock().lock();
        System.out.println("write condition awaitNanos timed out: " + (c.awaitNanos(5_000_000L) <= 0) + " holds=" + rw.getWriteHoldCount());
        rw.writeLock().unlock();
        System.out.println(s(rw) + " queued=" + rw.hasQueuedThreads() + " fair=" + new ReentrantReadWriteLock(true).isFair());
    }
}
