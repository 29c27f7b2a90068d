import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class ConcStampedLock {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    static final class Point {
        final StampedLock sl = new StampedLock();
        double x, y;

        void move(double dx, double dy) {
            long stamp = sl.writeLock();
            try {
                x += dx;
                Thread.yield();
                y += dy;
            } finally {
                sl.unlockWrite(stamp);
            }
        }

        double[] read() {
            long stamp = sl.tryOptimisticRead();
            double cx = x, cy = y;
            if (!sl.validate(stamp)) {
                stamp = sl.readLock();
                try {
                    cx = x;
                    cy = y;
                } finally {
                    sl.unlockRead(stamp);
                }
            }
            return new double[] {cx, cy};
        }
    }

    public static void main(String[] args) throws Exception {
        StampedLock sl = new StampedLock();
        System.out.println(s(sl));
        long w = sl.writeLock();
        System.out.println(w + " " + sl.isWriteLocked() + " " + s(sl) + " opt " + sl.tryOptimisticRead() + " valid " + sl.validate(w) + " tryRead " + sl.tryReadLock() + " tryWrite " + sl.tryWriteLock());
        sl.unlockWrite(w);
        long o = sl.tryOptimisticRead();
        long r1 = sl.readLock(), r2 = sl.tryReadLock();
        System.out.println(o + " " + r1 + " " + r2 + " count " + sl.getReadLockCount() + " " + s(sl) + " valid " + sl.validate(o));
        sl.unlockRead(r1);
        sl.unlock(r2);
        try {
            sl.unlockRead(r1);
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlockRead again: " + e);
        }
        try {
            sl.unlockWrite(w);
        } catch (IllegalMonitorStateException e) {
            System.out.println("stale unlockWrite: " + e);
        }
        long w2 = sl.writeLock();
        System.out.println("old optimistic valid " + sl.validate(o) + " w2 " + w2);
        long rd = sl.tryConvertToReadLock(w2);
        System.out.println("write->read " + rd + " " + sl.isReadLocked() + " " + sl.isWriteLocked());
        long back = sl.tryConvertToWriteLock(rd);
        System.out.println("read->write " + back + " " + sl.isWriteLocked());
        long opt = sl.tryConvertToOptimisticRead(back);
        System.out.println("write->optimistic " + opt + " " + s(sl) + " " + sl.validate(opt));
        long fromOpt = sl.tryConvertToWriteLock(opt);
        System.out.println("optimistic->write " + fromOpt + " then unlock");
        sl.unlock(fromOpt);
        System.out.println(StampedLock.isWriteLockStamp(fromOpt) + " " + StampedLock.isReadLockStamp(rd) + " " + StampedLock.isOptimisticReadStamp(opt) + " " + StampedLock.isLockStamp(opt) + " " + sl.tryUnlockWrite() + " " + sl.tryUnlockRead());
        Lock rl = sl.asReadLock(), wl = sl.asWriteLock();
        rl.lock();
        System.out.println("view read " + sl.getReadLockCount() + " write try " + wl.tryLock());
        rl.unlock();
        wl.lock();
        System.out.println("view write " + sl.isWriteLocked() + " timed read " + sl.asReadWriteLock().readLock().tryLock(5, TimeUnit.MILLISECONDS));
        wl.unlock();
        try {
            rl.newCondition();
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        Point p = new Point();
        Thread[] ts = new Thread[6];
        int[] torn = {0};
        for (int i = 0; i < ts.length; i++) {
            final boolean writer = i < 2;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 2000; k++) {
                    if (writer) p.move(1, 1);
                    else {
                        double[] xy = p.read();
                        if (xy[0] != xy[1]) {
                            synchronized (torn) {
                                torn[0]++;
                            }
                        }
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        double[] end = p.read();
        System.out.println("point " + end[0] + "," + end[1] + " torn reads " + torn[0] + " " + s(p.sl));
    }
}
