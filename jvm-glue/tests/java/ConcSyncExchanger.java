import java.util.*;
import java.util.concurrent.*;

public class ConcSyncExchanger {
    public static void main(String[] args) throws Exception {
        SynchronousQueue<String> sq = new SynchronousQueue<>();
        System.out.println("offer without taker " + sq.offer("x") + " poll " + sq.poll() + " size " + sq.size() + " " + sq + " empty " + sq.isEmpty() + " cap " + sq.remainingCapacity());
        System.out.println("timed offer " + sq.offer("y", 5, TimeUnit.MILLISECONDS) + " timed poll " + sq.poll(5, TimeUnit.MILLISECONDS));
        List<String> got = new CopyOnWriteArrayList<>();
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) got.add(sq.take());
            } catch (InterruptedException e) {
            }
        });
        consumer.start();
        for (int i = 0; i < 5; i++) sq.put("m" + i);
        consumer.join();
        System.out.println("handed off " + got);
        Thread waitingTaker = new Thread(() -> {
            try {
                got.add("late:" + sq.take());
            } catch (InterruptedException e) {
            }
        });
        waitingTaker.start();
        while (waitingTaker.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("offer with taker waiting " + sq.offer("direct"));
        waitingTaker.join();
        System.out.println(got.get(got.size() - 1));
        Exchanger<String> ex = new Exchanger<>();
        String[] seen = new String[2];
        Thread left = new Thread(() -> {
            try {
                seen[0] = ex.exchange("from-left");
            } catch (InterruptedException e) {
            }
        });
        left.start();
        seen[1] = ex.exchange("from-main");
        left.join();
        System.out.println(seen[0] + " " + seen[1]);
        try {
            ex.exchange("alone", 10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("exchange timeout " + e);
        }
        // pairs of threads swapping buffers repeatedly
        Exchanger<int[]> swap = new Exchanger<>();
        long[] sums = new long[2];
        Thread filler = new Thread(() -> {
            int[] buf = new int[10];
            try {
                for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < buf.length; i++) buf[i] = round * 10 + i;
                    buf = swap.exchange(buf);
                }
            } catch (InterruptedException e) {
            }
        });
        filler.start();
        int[] empty = new int[10];
        for (int round = 0; round < 20; round++) {
            empty = swap.exchange(empty);
            for (int v : empty) sums[0] += v;
        }
        filler.join();
        System.out.println("swapped sum " + sums[0]);
        // waiting partners are matched LIFO by default, FIFO when fair
        for (boolean fair : new boolean[] {false, true}) {
            SynchronousQueue<String> q = new SynchronousQueue<>(fair);
            String[] byConsumer = new String[3];
            int[] done = {0};
            Thread[] cs = new Thread[3];
            for (int i = 0; i < 3; i++) {
                final int id = i;
                cs[i] = new Thread(() -> {
                    try {
                        String v = q.take();
                        synchronized (done) {
                            byConsumer[id] = v;
                            done[0]++;
                            done.notifyAll();
                        }
                    } catch (InterruptedException e) {
                    }
                });
                cs[i].start();
                while (cs[i].getState() != Thread.State.WAITING) Thread.sleep(1);
            }
            for (int i = 0; i < 3; i++) {
                q.put("item" + i);
                synchronized (done) {
                    while (done[0] != i + 1) done.wait();
                }
            }
            for (Thread t : cs) t.join();
            List<String> order = new ArrayList<>();
            Thread[] ps = new Thread[3];
            for (int i = 0; i < 3; i++) {
                final int id = i;
                ps[i] = new Thread(() -> {
                    try {
                        q.put("p" + id);
                    } catch (InterruptedException e) {
                    }
                });
                ps[i].start();
                while (ps[i].getState() != Thread.State.WAITING) Thread.sleep(1);
            }
            for (int i = 0; i < 3; i++) order.add(q.take());
            for (Thread t : ps) t.join();
            System.out.println("fair=" + fair + " consumers " + Arrays.toString(byConsumer) + " producers " + order);
        }
        try {
            sq.put(null);
        } catch (NullPointerException e) {
            System.out.println("null " + e);
        }
    }
}
