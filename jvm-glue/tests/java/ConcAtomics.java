import java.util.concurrent.atomic.*;

public class ConcAtomics {
    public static void main(String[] args) throws Exception {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.getAndIncrement() + " " + ai.incrementAndGet() + " " + ai.getAndDecrement() + " " + ai.decrementAndGet() + " " + ai);
        System.out.println(ai.getAndAdd(10) + " " + ai.addAndGet(-3) + " " + ai.getAndSet(100) + " " + ai.get());
        System.out.println(ai.compareAndSet(99, 1) + " " + ai.compareAndSet(100, 1) + " " + ai.weakCompareAndSetPlain(1, 2) + " " + ai.compareAndExchange(2, 3) + " " + ai.compareAndExchange(9, 4) + " " + ai);
        System.out.println(ai.getAndUpdate(x -> x * 7) + " " + ai.updateAndGet(x -> x - 1) + " " + ai.getAndAccumulate(5, Math::max) + " " + ai.accumulateAndGet(3, (a, b) -> a * b));
        ai.lazySet(-8);
        ai.setPlain(ai.getPlain() + 1);
        ai.setRelease(ai.getAcquire() * 2);
        ai.setOpaque(ai.getOpaque() - 1);
        System.out.println(ai + " " + ai.intValue() + " " + ai.longValue() + " " + ai.doubleValue() + " " + ai.floatValue() + " " + ai.byteValue());
        AtomicInteger ov = new AtomicInteger(Integer.MAX_VALUE);
        System.out.println(ov.incrementAndGet() + " " + new AtomicInteger());
        AtomicLong al = new AtomicLong(Long.MAX_VALUE - 1);
        System.out.println(al.incrementAndGet() + " " + al.incrementAndGet() + " " + al.addAndGet(5) + " " + al.getAndUpdate(x -> x / 2) + " " + al.accumulateAndGet(10, Long::sum) + " " + al);
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab + " " + ab.compareAndSet(false, true) + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab.get() + " " + ab.compareAndExchange(false, true) + " " + ab);
        AtomicReference<String> ar = new AtomicReference<>("a");
        String a = ar.get();
        System.out.println(ar.compareAndSet(new String("a"), "b") + " " + ar.compareAndSet(a, "b") + " " + ar.getAndSet("c") + " " + ar.updateAndGet(s -> s + "d") + " " + ar.getAndAccumulate("e", String::concat) + " " + ar);
        System.out.println(new AtomicReference<Object>() + " " + new AtomicReference<>(java.util.List.of(1, 2)));
        AtomicStampedReference<String> sr = new AtomicStampedReference<>("x", 0);
        int[] h = new int[1];
        System.out.println(sr.compareAndSet("x", "y", 0, 1) + " " + sr.compareAndSet("y", "z", 0, 2) + " " + sr.get(h) + " " + h[0] + " " + sr.attemptStamp("y", 7) + " " + sr.getStamp());
        AtomicMarkableReference<String> mr = new AtomicMarkableReference<>("m", false);
        boolean[] mh = new boolean[1];
        System.out.println(mr.compareAndSet("m", "n", false, true) + " " + mr.get(mh) + " " + mh[0] + " " + mr.isMarked() + " " + mr.attemptMark("n", false) + " " + mr.isMarked());
        // 8 threads hammering shared atomics
        AtomicInteger counter = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        AtomicInteger maxSeen = new AtomicInteger(Integer.MIN_VALUE);
        AtomicReference<String> longest = new AtomicReference<>("");
        Thread[] ts = new Thread[8];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 3000; i++) {
                    int v = counter.incrementAndGet();
                    sum.addAndGet(i);
                    maxSeen.accumulateAndGet(id * 1000 + i % 1000, Math::max);
                    if (i % 500 == 0) {
                        String mine = "t" + id + "-" + i;
                        longest.accumulateAndGet(mine, (x, y) -> y.length() > x.length() || (y.length() == x.length() && y.compareTo(x) > 0) ? y : x);
                    }
                    while (true) {
                        int cur = counter.get();
                        if (cur >= v || counter.compareAndSet(cur, cur)) break;
                    }
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("counter " + counter + " sum " + sum + " max " + maxSeen + " longest " + longest);
    }
}
