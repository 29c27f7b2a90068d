import java.util.*;
import java.util.concurrent.*;

public class ConcPoolSums {
    static long sumRange(long from, long to) {
        long s = 0;
        for (long i = from; i < to; i++) s += i * i % 1000;
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> parts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            final long from = i * 5000L, to = from + 5000;
            parts.add(pool.submit(() -> sumRange(from, to)));
        }
        long total = 0;
        for (Future<Long> f : parts) total += f.get();
        System.out.println("total " + total + " expected " + sumRange(0, 100000));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            final int k = i;
            calls.add(() -> k * k);
        }
        List<Future<Integer>> all = pool.invokeAll(calls);
        StringBuilder sb = new StringBuilder();
        for (Future<Integer> f : all) sb.append(f.get()).append(f.isDone() ? "" : "?").append(' ');
        System.out.println("invokeAll " + sb.toString().trim());
        List<Callable<String>> mixed = Arrays.asList(() -> {
            throw new IllegalStateException("no");
        }, () -> "yes");
        System.out.println("invokeAny " + pool.invokeAny(mixed));
        try {
            pool.invokeAny(Arrays.<Callable<String>>asList(() -> {
                throw new IllegalStateException("first");
            }));
        } catch (ExecutionException e) {
            System.out.println("invokeAny all failed: " + e.getCause());
        }
        Future<?> r = pool.submit(() -> {});
        System.out.println("runnable result " + r.get());
        Future<String> rr = pool.submit(() -> {}, "fixed");
        System.out.println("runnable with result " + rr.get());
        ExecutionException ee = null;
        try {
            pool.submit(() -> {
                if (calls.size() > 0) throw new ArithmeticException("bad math");
                return 1;
            }).get();
        } catch (ExecutionException e) {
            ee = e;
        }
        System.out.println(ee + " | cause " + ee.getCause().getClass().getName());
        // completion service returns results as they finish; sum is order-independent
        ExecutorCompletionService<Integer> ecs = new ExecutorCompletionService<>(pool);
        for (int i = 0; i < 12; i++) {
            final int k = i;
            ecs.submit(() -> k * 3);
        }
        int s = 0;
        for (int i = 0; i < 12; i++) s += ecs.take().get();
        System.out.println("completion service sum " + s + " poll " + ecs.poll());
        // cached pool grows on demand and reuses idle threads
        ExecutorService cached = Executors.newCachedThreadPool();
        CountDownLatch hold = new CountDownLatch(1);
        List<Future<String>> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            names.add(cached.submit(() -> {
                hold.await();
                return Thread.currentThread().getName();
            }));
        }
        hold.countDown();
        List<String> seen = new ArrayList<>();
        for (Future<String> f : names) seen.add(f.get());
        Collections.sort(seen);
        System.out.println("cached pool threads " + seen);
        System.out.println(((ThreadPoolExecutor) cached).getLargestPoolSize());
        cached.shutdown();
        System.out.println(cached.awaitTermination(5, TimeUnit.SECONDS));
        pool.shutdown();
        System.out.println(pool.awaitTermination(5, TimeUnit.SECONDS) + " " + pool.isShutdown() + " " + pool.isTerminated());
        ExecutorService single = Executors.newSingleThreadExecutor();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            final int k = i;
            single.execute(() -> order.append(k));
        }
        single.shutdown();
        single.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("single executor order " + order);
    }
}
