import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class ConcReentrantLock {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        System.out.println(s(lock) + " fair=" + lock.isFair() + " locked=" + lock.isLocked());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock unowned: " + e);
        }
        lock.lock();
        lock.lock();
        System.out.println(s(lock) + " holds=" + lock.getHoldCount() + " mine=" + lock.isHeldByCurrentThread());
        System.out.println("tryLock reentrant " + lock.tryLock() + " holds=" + lock.getHoldCount());
        lock.unlock();
        lock.unlock();
        Thread other = new Thread(() -> {
            System.out.println("other tryLock " + lock.tryLock() + " holds=" + lock.getHoldCount() + " mine=" + lock.isHeldByCurrentThread());
            try {
                System.out.println("other timed tryLock " + lock.tryLock(30, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                System.out.println("?");
            }
            try {
                lock.unlock();
            } catch (IllegalMonitorStateException e) {
                System.out.println("other unlock: " + e);
            }
        }, "other");
        other.start();
        other.join();
        lock.unlock();
        System.out.println(s(lock) + " holds=" + lock.getHoldCount());
        ReentrantLock fair = new ReentrantLock(true);
        System.out.println("fair=" + fair.isFair());
        // counter protected by the lock, 8 threads
        int[] counter = {0};
        Thread[] ts = new Thread[8];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 2000; j++) {
                    fair.lock();
                    try {
                        int v = counter[0];
                        Thread.yield();
                        counter[0] = v + 1;
                    } finally {
                        fair.unlock();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("counter " + counter[0] + " locked=" + fair.isLocked() + " queued=" + fair.hasQueuedThreads());
        // another thread waits while we hold it
        lock.lock();
        Thread waiter = new Thread(() -> {
            lock.lock();
            System.out.println("waiter got lock " + s(lock).contains("[Locked by thread waiter]"));
            lock.unlock();
        }, "waiter");
        waiter.start();
        while (!lock.hasQueuedThread(waiter)) Thread.sleep(1);
        System.out.println("queue length " + lock.getQueueLength() + " " + s(lock));
        lock.unlock();
        waiter.join();
        // queued threads get the lock in arrival order
        for (ReentrantLock l : new ReentrantLock[] {new ReentrantLock(), new ReentrantLock(true)}) {
            StringBuilder order = new StringBuilder();
            l.lock();
            Thread[] qs = new Thread[4];
            for (int i = 0; i < qs.length; i++) {
                final int id = i;
                qs[i] = new Thread(() -> {
                    l.lock();
                    try {
                        order.append(id);
                    } finally {
                        l.unlock();
                    }
                });
                qs[i].start();
                while (!l.hasQueuedThread(qs[i])) Thread.sleep(1);
            }
            System.out.println("queued " + l.getQueueLength() + " fair=" + l.isFair());
            l.unlock();
            for (Thread t : qs) t.join();
            System.out.println("acquired in order " + order);
        }
        Condition c = lock.newCondition();
        try {
            c.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without lock: " + e);
        }
        try {
            c.await();
        } catch (IllegalMonitorStateException e) {
            System.out.println("await without lock: " + e);
        }
        lock.lock();
        long left = c.awaitNanos(10_000_000L);
        System.out.println("awaitNanos timed out: " + (left <= 0) + " holds=" + lock.getHoldCount());
        System.out.println("await(10ms) " + c.await(10, TimeUnit.MILLISECONDS) + " waiters=" + lock.hasWaiters(c) + " " + lock.getWaitQueueLength(c));
        lock.unlock();
        try {
            lock.hasWaiters(c);
        } catch (IllegalMonitorStateException e) {
            System.out.println("hasWaiters without lock: " + e);
        }
        try {
            lock.hasWaiters(new ReentrantLock().newCondition());
        } catch (IllegalArgumentException e) {
            System.out.println("foreign condition: " + e);
        }
    }
}
