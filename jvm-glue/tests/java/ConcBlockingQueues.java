import java.util.*;
import java.util.concurrent.*;

public class ConcBlockingQueues {
    static long produceConsume(BlockingQueue<Integer> q, int producers, int consumers, int per) throws Exception {
        Thread[] ps = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int base = p * per;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= per; i++) q.put(base + i);
                } catch (InterruptedException e) {
                }
            });
            ps[p].start();
        }
        long[] sums = new long[consumers];
        Thread[] cs = new Thread[consumers];
        int each = producers * per / consumers;
        for (int c = 0; c < consumers; c++) {
            final int id = c;
            cs[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) sums[id] += q.take();
                } catch (InterruptedException e) {
                }
            });
            cs[c].start();
        }
        for (Thread t : ps) t.join();
        for (Thread t : cs) t.join();
        long s = 0;
        for (long x : sums) s += x;
        return s;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("LBQ " + produceConsume(new LinkedBlockingQueue<>(5), 3, 2, 400));
        System.out.println("ABQ " + produceConsume(new ArrayBlockingQueue<>(3), 2, 4, 400));
        System.out.println("LBD " + produceConsume(new LinkedBlockingDeque<>(2), 4, 1, 100));
        System.out.println("PBQ " + produceConsume(new PriorityBlockingQueue<>(), 2, 2, 300));
        System.out.println("SQ " + produceConsume(new SynchronousQueue<>(), 2, 2, 200));
        LinkedBlockingQueue<String> q = new LinkedBlockingQueue<>(3);
        System.out.println(q.offer("a") + " " + q.offer("b") + " " + q.add("c") + " " + q.offer("d") + " " + q + " rem=" + q.remainingCapacity() + " size=" + q.size());
        try {
            q.add("e");
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
        System.out.println("offer timeout " + q.offer("e", 10, TimeUnit.MILLISECONDS));
        System.out.println(q.peek() + " " + q.poll() + " " + q.element() + " " + q.remove() + " " + q.contains("c") + " " + q.remove("zz") + " " + q);
        List<String> sink = new ArrayList<>();
        q.addAll(Arrays.asList("x", "y"));
        System.out.println("drained " + q.drainTo(sink, 2) + " " + sink + " left " + q + " all " + q.drainTo(sink) + " " + sink);
        System.out.println("poll empty " + q.poll() + " timed " + q.poll(10, TimeUnit.MILLISECONDS) + " peek " + q.peek());
        try {
            q.remove();
        } catch (NoSuchElementException e) {
            System.out.println("remove empty: " + e);
        }
        try {
            q.element();
        } catch (NoSuchElementException e) {
            System.out.println("element empty: " + e);
        }
        try {
            q.put(null);
        } catch (NullPointerException e) {
            System.out.println("put null: " + e);
        }
        try {
            q.drainTo(q);
        } catch (IllegalArgumentException e) {
            System.out.println("drainTo self: " + e);
        }
        try {
            new ArrayBlockingQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("ABQ(0): " + e);
        }
        ArrayBlockingQueue<Integer> abq = new ArrayBlockingQueue<>(4, true, Arrays.asList(1, 2, 3));
        Iterator<Integer> it = abq.iterator();
        it.next();
        it.remove();
        abq.add(9);
        StringBuilder sb = new StringBuilder();
        for (Integer x : abq) sb.append(x).append(',');
        System.out.println(abq + " " + sb + " " + Arrays.toString(abq.toArray()) + " " + Arrays.toString(abq.toArray(new Integer[0])) + " " + abq.remainingCapacity());
        abq.removeIf(x -> x % 3 == 0);
        System.out.println(abq + " " + abq.containsAll(Arrays.asList(2)) + " " + abq.isEmpty());
        abq.clear();
        System.out.println(abq + " " + abq.size());
        // a consumer blocked in take() is released by a later put
        LinkedBlockingQueue<String> handoff = new LinkedBlockingQueue<>();
        String[] got = new String[1];
        Thread taker = new Thread(() -> {
            try {
                got[0] = handoff.take();
            } catch (InterruptedException e) {
            }
        });
        taker.start();
        while (taker.getState() != Thread.State.WAITING) Thread.sleep(1);
        handoff.put("hello");
        taker.join();
        System.out.println("taker got " + got[0]);
        // a producer blocked in put() on a full queue
        ArrayBlockingQueue<Integer> full = new ArrayBlockingQueue<>(1);
        full.put(1);
        Thread putter = new Thread(() -> {
            try {
                full.put(2);
            } catch (InterruptedException e) {
            }
        });
        putter.start();
        while (putter.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("took " + full.take() + " then " + full.take());
        putter.join();
        // blocked consumers are served in the order they started waiting
        for (BlockingQueue<String> bq : Arrays.<BlockingQueue<String>>asList(new LinkedBlockingQueue<>(), new ArrayBlockingQueue<>(2), new LinkedBlockingDeque<>())) {
            String[] byConsumer = new String[3];
            int[] done = {0};
            Thread[] cs = new Thread[3];
            for (int i = 0; i < cs.length; i++) {
                final int id = i;
                cs[i] = new Thread(() -> {
                    try {
                        String v = bq.take();
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
            for (int i = 0; i < cs.length; i++) {
                bq.put("item" + i);
                synchronized (done) {
                    while (done[0] != i + 1) done.wait();
                }
            }
            for (Thread t : cs) t.join();
            System.out.println(bq.getClass().getSimpleName() + " consumers got " + Arrays.toString(byConsumer));
        }
        LinkedBlockingDeque<Integer> d = new LinkedBlockingDeque<>();
        d.putFirst(2);
        d.putLast(3);
        d.offerFirst(1);
        d.push(0);
        System.out.println(d + " " + d.takeLast() + " " + d.pollFirst(1, TimeUnit.MILLISECONDS) + " " + d.peekLast() + " " + d.pop() + " " + d);
        Iterator<Integer> desc = new LinkedBlockingDeque<>(Arrays.asList(1, 2, 3, 4)).descendingIterator();
        sb.setLength(0);
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println("descending " + sb);
    }
}
