import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcSemaphore {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    public static void main(String[] args) throws Exception {
        Semaphore sem = new Semaphore(2);
        System.out.println(s(sem) + " fair=" + sem.isFair());
        AtomicInteger inside = new AtomicInteger(), maxInside = new AtomicInteger(), done = new AtomicInteger();
        Thread[] ts = new Thread[8];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 20; j++) {
                    try {
                        sem.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                        done.incrementAndGet();
                    } finally {
                        sem.release();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("done " + done + " max inside <= 2: " + (maxInside.get() <= 2) + " permits " + sem.availablePermits());
        System.out.println(sem.tryAcquire() + " " + sem.tryAcquire(2) + " " + sem.tryAcquire() + " " + sem.tryAcquire() + " " + sem.availablePermits());
        System.out.println("timed " + sem.tryAcquire(10, TimeUnit.MILLISECONDS) + " " + sem.tryAcquire(1, 5, TimeUnit.MILLISECONDS));
        sem.release(5);
        System.out.println(s(sem) + " drained " + sem.drainPermits() + " " + sem.availablePermits());
        Semaphore negative = new Semaphore(-2);
        negative.release(3);
        System.out.println("negative start " + negative.availablePermits() + " " + negative.tryAcquire());
        try {
            sem.release(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            sem.acquire(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        // a waiter needing 3 permits gets them once they are released
        Semaphore multi = new Semaphore(0, true);
        Thread w = new Thread(() -> {
            try {
                multi.acquire(3);
                System.out.println("got 3, left " + multi.availablePermits());
            } catch (InterruptedException e) {
            }
        });
        w.start();
        while (!multi.hasQueuedThreads()) Thread.sleep(1);
        System.out.println("queue " + multi.getQueueLength() + " fair " + multi.isFair());
        multi.release();
        multi.release(3);
        w.join();
        // waiters are served in arrival order, one permit at a time
        for (boolean fairness : new boolean[] {false, true}) {
            Semaphore gate = new Semaphore(0, fairness);
            StringBuilder served = new StringBuilder();
            Thread[] ws = new Thread[4];
            for (int i = 0; i < ws.length; i++) {
                final int id = i;
                ws[i] = new Thread(() -> {
                    gate.acquireUninterruptibly();
                    synchronized (served) {
                        served.append(id);
                        served.notifyAll();
                    }
                });
                ws[i].start();
                while (gate.getQueueLength() != i + 1) Thread.sleep(1);
            }
            for (int i = 0; i < ws.length; i++) {
                gate.release();
                synchronized (served) {
                    while (served.length() != i + 1) served.wait();
                }
            }
            for (Thread t : ws) t.join();
            System.out.println("fair=" + fairness + " served " + served);
        }
        // semaphore as a mutex between 4 threads
        Semaphore mutex = new Semaphore(1);
        int[] counter = {0};
        Thread[] ms = new Thread[4];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = new Thread(() -> {
                for (int j = 0; j < 1000; j++) {
                    mutex.acquireUninterruptibly();
                    int v = counter[0];
                    Thread.yield();
                    counter[0] = v + 1;
                    mutex.release();
                }
            });
            ms[i].start();
        }
        for (Thread t : ms) t.join();
        System.out.println("mutex counter " + counter[0]);
    }
}
