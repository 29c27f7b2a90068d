import java.util.LinkedList;

public class ProducersConsumers {
    static final class Buffer {
        private final LinkedList<Integer> items = new LinkedList<>();
        private final int cap;
        private int produced, consumed;

        Buffer(int cap) {
            this.cap = cap;
        }

        synchronized void put(int v) throws InterruptedException {
            while (items.size() == cap) wait();
            items.addLast(v);
            produced++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (items.isEmpty()) wait();
            int v = items.removeFirst();
            consumed++;
            notifyAll();
            return v;
        }
    }

    public static void main(String[] args) throws Exception {
        Buffer buf = new Buffer(3);
        int producers = 3, perProducer = 400, consumers = 2;
        Thread[] ps = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int base = p * 100000;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 0; i < perProducer; i++) buf.put(base + i);
                } catch (InterruptedException e) {
                }
            });
        }
        long[] sums = new long[consumers];
        Thread[] cs = new Thread[consumers];
        for (int c = 0; c < consumers; c++) {
            final int idx = c;
            cs[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < producers * perProducer / consumers; i++) sums[idx] += buf.take();
                } catch (InterruptedException e) {
                }
            });
        }
        for (Thread t : ps) t.start();
        for (Thread t : cs) t.start();
        for (Thread t : ps) t.join();
        for (Thread t : cs) t.join();
        System.out.println("produced " + buf.produced + " consumed " + buf.consumed + " total " + (sums[0] + sums[1]));
    }
}
