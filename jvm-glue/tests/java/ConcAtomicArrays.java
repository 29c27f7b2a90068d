import java.util.concurrent.atomic.*;

public class ConcAtomicArrays {
    public static void main(String[] args) throws Exception {
        AtomicIntegerArray ia = new AtomicIntegerArray(new int[] {1, 2, 3});
        System.out.println(ia + " len=" + ia.length() + " " + ia.getAndIncrement(0) + " " + ia.incrementAndGet(1) + " " + ia.addAndGet(2, 10) + " " + ia);
        System.out.println(ia.compareAndSet(0, 2, 20) + " " + ia.compareAndSet(0, 2, 30) + " " + ia.getAndUpdate(1, x -> -x) + " " + ia.accumulateAndGet(2, 4, Math::min) + " " + ia);
        try {
            ia.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.println(new AtomicIntegerArray(0) + " " + new AtomicLongArray(2) + " " + new AtomicReferenceArray<String>(2));
        AtomicLongArray la = new AtomicLongArray(new long[] {Long.MAX_VALUE, 0});
        System.out.println(la.incrementAndGet(0) + " " + la.getAndAdd(1, 5) + " " + la.updateAndGet(1, x -> x * x) + " " + la);
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] {"a", null, "c"});
        System.out.println(ra + " " + ra.compareAndSet(1, null, "b") + " " + ra.getAndSet(2, "C") + " " + ra.accumulateAndGet(0, "!", String::concat) + " " + ra);
        LongAdder adder = new LongAdder();
        DoubleAdder dadder = new DoubleAdder();
        LongAccumulator maxAcc = new LongAccumulator(Long::max, Long.MIN_VALUE);
        DoubleAccumulator prod = new DoubleAccumulator((x, y) -> x * y, 1.0);
        AtomicIntegerArray buckets = new AtomicIntegerArray(10);
        Thread[] ts = new Thread[8];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 2500; i++) {
                    adder.increment();
                    dadder.add(0.5);
                    maxAcc.accumulate(id * 10000L + i);
                    buckets.incrementAndGet((i + id) % 10);
                }
                prod.accumulate(2.0);
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("adder " + adder + " " + adder.sum() + " " + adder.intValue() + " double " + dadder + " max " + maxAcc + " prod " + prod.get());
        System.out.println("buckets " + buckets);
        System.out.println(adder.sumThenReset() + " " + adder + " " + maxAcc.getThenReset() + " " + maxAcc.get() + " " + dadder.sumThenReset() + " " + dadder.sum());
        adder.add(-7);
        adder.decrement();
        System.out.println(adder.longValue() + " " + adder.doubleValue() + " " + adder.floatValue());
    }
}
