import java.util.ArrayDeque;
import java.util.Deque;

public class WaitNotify {
    static final Deque<Integer> queue = new ArrayDeque<>();
    static final int N = 200;

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                synchronized (queue) {
                    while (queue.size() >= 5) {
                        try {
                            queue.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    queue.addLast(i);
                    queue.notifyAll();
                }
            }
        });
        long[] sum = {0};
        Thread consumer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                synchronized (queue) {
                    while (queue.isEmpty()) {
                        try {
                            queue.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    sum[0] += queue.pollFirst();
                    queue.notifyAll();
                }
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("sum " + sum[0]);
        Object o = new Object();
        long t0 = System.currentTimeMillis();
        synchronized (o) {
            o.wait(50);
        }
        long waited = System.currentTimeMillis() - t0;
        System.out.println("timed wait returned, >= 40ms: " + (waited >= 40));
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(10000);
                System.out.println("not interrupted?");
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted: " + e.getMessage());
            }
        });
        sleeper.start();
        Thread.sleep(20);
        sleeper.interrupt();
        sleeper.join();
        Thread waiter = new Thread(() -> {
            synchronized (o) {
                try {
                    o.wait();
                } catch (InterruptedException e) {
                    System.out.println("waiter interrupted, flag now " + Thread.currentThread().isInterrupted());
                }
            }
        });
        waiter.start();
        Thread.sleep(20);
        waiter.interrupt();
        waiter.join();
        Thread.currentThread().interrupt();
        System.out.println(Thread.interrupted() + " " + Thread.interrupted());
        Thread.yield();
        System.out.println("done");
    }
}
