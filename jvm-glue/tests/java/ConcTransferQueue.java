import java.util.*;
import java.util.concurrent.*;

public class ConcTransferQueue {
    public static void main(String[] args) throws Exception {
        LinkedTransferQueue<String> q = new LinkedTransferQueue<>();
        System.out.println(q.tryTransfer("nobody") + " " + q + " " + q.hasWaitingConsumer() + " " + q.getWaitingConsumerCount());
        q.put("a");
        q.offer("b");
        q.add("c");
        System.out.println(q + " " + q.size() + " " + q.peek() + " " + q.poll() + " " + q.take() + " " + q.remainingCapacity());
        System.out.println("timed tryTransfer " + q.tryTransfer("late", 10, TimeUnit.MILLISECONDS) + " " + q + " " + q.poll());
        String[] got = new String[2];
        Thread consumer = new Thread(() -> {
            try {
                got[0] = q.take();
                got[1] = q.take();
            } catch (InterruptedException e) {
            }
        });
        consumer.start();
        q.transfer("x");
        System.out.println("transfer returned, queue " + q);
        while (!q.hasWaitingConsumer()) Thread.sleep(1);
        System.out.println("waiting consumers " + q.getWaitingConsumerCount() + " tryTransfer " + q.tryTransfer("y"));
        consumer.join();
        System.out.println("consumer got " + got[0] + " " + got[1] + ", after " + q + " " + q.isEmpty());
        // producers transferring to consumers
        long[] sums = new long[2];
        Thread[] cs = new Thread[2];
        for (int c = 0; c < 2; c++) {
            final int id = c;
            cs[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < 100; i++) sums[id] += Integer.parseInt(q.take());
                } catch (InterruptedException e) {
                }
            });
            cs[c].start();
        }
        Thread[] ps = new Thread[4];
        for (int p = 0; p < 4; p++) {
            final int base = p * 1000;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) q.transfer(Integer.toString(base + i));
                } catch (InterruptedException e) {
                }
            });
            ps[p].start();
        }
        for (Thread t : ps) t.join();
        for (Thread t : cs) t.join();
        System.out.println("sum " + (sums[0] + sums[1]) + " left " + q.size());
        try {
            q.transfer(null);
        } catch (NullPointerException e) {
            System.out.println("null " + e);
        }
        List<String> sink = new ArrayList<>();
        q.addAll(Arrays.asList("p", "q", "r"));
        System.out.println(q.drainTo(sink, 2) + " " + sink + " " + q + " " + q.contains("r") + " " + q.remove("r") + " " + q);
    }
}
