import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class ConcInterrupts {
    static void report(String what, Throwable e) {
        System.out.println(what + ": " + e.getClass().getName() + " msg=" + e.getMessage() + " flag=" + Thread.currentThread().isInterrupted());
    }

    public static void main(String[] args) throws Exception {
        Thread me = Thread.currentThread();
        me.interrupt();
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
        me.interrupt();
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            report("sleep", e);
        }
        Object o = new Object();
        me.interrupt();
        synchronized (o) {
            try {
                o.wait();
            } catch (InterruptedException e) {
                report("wait", e);
            }
        }
        Thread forever = new Thread(() -> {
            try {
                Thread.sleep(100000);
            } catch (InterruptedException e) {
                report("worker sleep", e);
            }
        });
        forever.start();
        me.interrupt();
        try {
            forever.join();
        } catch (InterruptedException e) {
            report("join", e);
        }
        me.interrupt();
        try {
            forever.join(50);
        } catch (InterruptedException e) {
            report("join(50)", e);
        }
        forever.interrupt();
        forever.join();
        // interrupt a thread blocked in wait()
        Thread w = new Thread(() -> {
            synchronized (o) {
                try {
                    o.wait();
                    System.out.println("woke normally?");
                } catch (InterruptedException e) {
                    report("worker wait", e);
                }
            }
        });
        w.start();
        while (w.getState() != Thread.State.WAITING) Thread.sleep(1);
        w.interrupt();
        w.join();
        // LockSupport.park returns on interrupt, flag stays set
        Thread p = new Thread(() -> {
            LockSupport.park();
            System.out.println("park returned, flag=" + Thread.currentThread().isInterrupted());
            LockSupport.park(); // returns at once: still interrupted
            System.out.println("second park returned, flag=" + Thread.interrupted());
        });
        p.start();
        while (p.getState() != Thread.State.WAITING) Thread.sleep(1);
        p.interrupt();
        p.join();
        // blocking queue take, latch await, lockInterruptibly, condition await
        BlockingQueue<Integer> q = new LinkedBlockingQueue<>();
        me.interrupt();
        try {
            q.take();
        } catch (InterruptedException e) {
            report("take", e);
        }
        CountDownLatch latch = new CountDownLatch(1);
        Thread lw = new Thread(() -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                report("latch await", e);
            }
        });
        lw.start();
        while (lw.getState() != Thread.State.WAITING) Thread.sleep(1);
        lw.interrupt();
        lw.join();
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        Thread li = new Thread(() -> {
            try {
                lock.lockInterruptibly();
                System.out.println("got lock?");
            } catch (InterruptedException e) {
                report("lockInterruptibly", e);
            }
        });
        li.start();
        while (!lock.hasQueuedThreads()) Thread.sleep(1);
        li.interrupt();
        li.join();
        Condition c = lock.newCondition();
        me.interrupt();
        try {
            c.await();
        } catch (InterruptedException e) {
            report("await", e);
            System.out.println("still holds lock: " + lock.isHeldByCurrentThread());
        }
        // lock() is not interruptible: the flag survives
        Thread un = new Thread(() -> {
            lock.lock();
            System.out.println("lock() acquired, flag=" + Thread.currentThread().isInterrupted());
            lock.unlock();
        });
        un.start();
        while (!lock.hasQueuedThreads()) Thread.sleep(1);
        un.interrupt();
        Thread.sleep(5);
        lock.unlock();
        un.join();
        Semaphore s = new Semaphore(0);
        me.interrupt();
        try {
            s.acquire();
        } catch (InterruptedException e) {
            report("acquire", e);
        }
        me.interrupt();
        s.acquireUninterruptibly(0);
        System.out.println("acquireUninterruptibly flag=" + Thread.interrupted());
        FutureTask<String> ft = new FutureTask<>(() -> "x");
        me.interrupt();
        try {
            ft.get();
        } catch (InterruptedException e) {
            report("future get", e);
        }
        CompletableFuture<String> cf = new CompletableFuture<>();
        me.interrupt();
        try {
            cf.get();
        } catch (InterruptedException e) {
            report("cf get", e);
        }
        cf.complete("done");
        me.interrupt();
        System.out.println("join on done cf: " + cf.join() + " flag=" + Thread.interrupted());
        System.out.println("end");
    }
}
