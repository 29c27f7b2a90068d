import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcLatchBarrier {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H");
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(6);
        AtomicLong sum = new AtomicLong();
        for (int i = 0; i < 6; i++) {
            final int k = i;
            new Thread(() -> {
                try {
                    start.await();
                    sum.addAndGet(k * 111);
                } catch (InterruptedException e) {
                }
                done.countDown();
            }).start();
        }
        System.out.println(s(done) + " " + done.getCount());
        start.countDown();
        done.await();
        System.out.println("sum " + sum + " " + s(done) + " await again " + done.await(1, TimeUnit.MILLISECONDS));
        done.countDown();
        System.out.println("count stays " + done.getCount());
        CountDownLatch never = new CountDownLatch(1);
        System.out.println("timed await " + never.await(10, TimeUnit.MILLISECONDS));
        try {
            new CountDownLatch(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        // barrier with action, three phases
        int parties = 4;
        StringBuilder phases = new StringBuilder();
        int[] phase = {0};
        long[] partial = new long[parties];
        CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
            long t = 0;
            for (long p : partial) t += p;
            phases.append("phase").append(phase[0]++).append('=').append(t).append(' ');
        });
        Thread[] ts = new Thread[parties];
        int[] arrivalZero = {0};
        for (int i = 0; i < parties; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                try {
                    for (int round = 1; round <= 3; round++) {
                        partial[id] = (long) (id + 1) * round;
                        int idx = barrier.await();
                        if (idx == 0) {
                            synchronized (arrivalZero) {
                                arrivalZero[0]++;
                            }
                        }
                    }
                } catch (Exception e) {
                    System.out.println("unexpected " + e);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(phases.toString().trim() + " lastArrivals " + arrivalZero[0] + " parties " + barrier.getParties() + " waiting " + barrier.getNumberWaiting() + " broken " + barrier.isBroken());
        // timeout breaks the barrier for everybody
        CyclicBarrier two = new CyclicBarrier(2);
        try {
            two.await(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timeout " + e + " broken " + two.isBroken());
        }
        try {
            two.await();
        } catch (BrokenBarrierException e) {
            System.out.println("broken: " + e);
        }
        two.reset();
        System.out.println("after reset broken " + two.isBroken());
        // reset while someone waits
        Thread waiter = new Thread(() -> {
            try {
                two.await();
            } catch (BrokenBarrierException e) {
                System.out.println("waiter saw " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                System.out.println("?");
            }
        });
        waiter.start();
        while (two.getNumberWaiting() == 0) Thread.sleep(1);
        two.reset();
        waiter.join();
        // interrupting a waiter breaks the barrier
        Thread iw = new Thread(() -> {
            try {
                two.await();
            } catch (InterruptedException e) {
                System.out.println("interrupted waiter: " + e);
            } catch (BrokenBarrierException e) {
                System.out.println("?");
            }
        });
        iw.start();
        while (two.getNumberWaiting() == 0) Thread.sleep(1);
        iw.interrupt();
        iw.join();
        System.out.println("broken after interrupt " + two.isBroken());
        CyclicBarrier failing = new CyclicBarrier(1, () -> {
            throw new IllegalStateException("action failed");
        });
        try {
            failing.await();
        } catch (IllegalStateException e) {
            System.out.println("action exception " + e.getMessage() + " broken " + failing.isBroken());
        }
        try {
            new CyclicBarrier(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        System.out.println(new CyclicBarrier(1).await());
    }
}
