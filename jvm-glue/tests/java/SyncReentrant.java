public class SyncReentrant {
    private int n;

    synchronized void outer(int depth) {
        n++;
        if (depth > 0) inner(depth - 1);
    }

    synchronized void inner(int depth) {
        n += 10;
        outer(depth);
    }

    static synchronized String stat() {
        return "static sync ok";
    }

    public static void main(String[] args) throws Exception {
        SyncReentrant s = new SyncReentrant();
        s.outer(5);
        System.out.println(s.n);
        System.out.println(stat());
        Object lock = new Object();
        synchronized (lock) {
            synchronized (lock) {
                lock.notify();
                System.out.println("nested monitor ok");
            }
        }
        try {
            synchronized (lock) {
                throw new RuntimeException("inside sync");
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        Thread t = new Thread(() -> {
            synchronized (lock) {
                System.out.println("other thread got the lock after release");
            }
        });
        t.start();
        t.join();
        final int[] shared = {0};
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 3000; k++) s.bump(shared);
            });
            ts[i].start();
        }
        for (Thread x : ts) x.join(1000);
        System.out.println(shared[0]);
    }

    synchronized void bump(int[] a) {
        a[0]++;
    }
}
