import java.util.*;
import java.util.concurrent.*;

public class ConcCompletableAsync {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> sup = CompletableFuture.supplyAsync(() -> 6 * 7);
        System.out.println("supplyAsync " + sup.join());
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {});
        System.out.println("runAsync " + run.get() + " " + run.isDone());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Long>> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final long base = i * 1000L;
            parts.add(CompletableFuture.supplyAsync(() -> {
                long s = 0;
                for (long k = base; k < base + 1000; k++) s += k;
                return s;
            }, pool));
        }
        CompletableFuture<Long> total = CompletableFuture.allOf(parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4), parts.get(5), parts.get(6), parts.get(7), parts.get(8), parts.get(9)).thenApply(v -> {
            long t = 0;
            for (CompletableFuture<Long> p : parts) t += p.join();
            return t;
        });
        System.out.println("total " + total.get(5, TimeUnit.SECONDS));
        CompletableFuture<String> chain = CompletableFuture.supplyAsync(() -> "a", pool)
                .thenApplyAsync(s -> s + "b")
                .thenApplyAsync(s -> s + "c", pool)
                .thenComposeAsync(s -> CompletableFuture.supplyAsync(() -> s + "d"))
                .thenCombineAsync(CompletableFuture.supplyAsync(() -> "e", pool), String::concat)
                .whenCompleteAsync((v, e) -> {})
                .handleAsync((v, e) -> v + (e == null ? "" : "!"), pool);
        System.out.println("async chain " + chain.join());
        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("async boom");
        }, pool);
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getMessage() + " / " + e.getCause().getClass().getSimpleName());
        }
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getMessage());
        }
        System.out.println("recovered " + failing.exceptionallyAsync(e -> -1, pool).join() + " " + failing.exceptionally(e -> -2).join());
        StringBuilder order = new StringBuilder();
        CompletableFuture<Void> sequential = CompletableFuture.runAsync(() -> order.append(1), pool)
                .thenRunAsync(() -> order.append(2), pool)
                .thenRun(() -> order.append(3))
                .thenRunAsync(() -> order.append(4));
        sequential.join();
        System.out.println("sequential " + order);
        CompletableFuture<String> never = new CompletableFuture<>();
        CompletableFuture<String> timedOut = never.orTimeout(20, TimeUnit.MILLISECONDS);
        try {
            timedOut.join();
        } catch (CompletionException e) {
            System.out.println("orTimeout: " + e.getCause());
        }
        System.out.println("same future " + (timedOut == never));
        System.out.println("completeOnTimeout " + new CompletableFuture<String>().completeOnTimeout("fallback", 10, TimeUnit.MILLISECONDS).join());
        System.out.println("completed before timeout " + CompletableFuture.completedFuture("early").completeOnTimeout("late", 1, TimeUnit.MILLISECONDS).join());
        Executor delayed = CompletableFuture.delayedExecutor(15, TimeUnit.MILLISECONDS, pool);
        long t0 = System.nanoTime();
        CompletableFuture.runAsync(() -> {}, delayed).join();
        System.out.println("delayed >= 10ms " + ((System.nanoTime() - t0) >= 10_000_000L));
        CompletableFuture<String> viaAsync = new CompletableFuture<String>().completeAsync(() -> "completeAsync", pool);
        System.out.println(viaAsync.join());
        // many independent futures on the default executor
        List<CompletableFuture<Integer>> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            final int k = i;
            many.add(CompletableFuture.supplyAsync(() -> k * k));
        }
        int sum = 0;
        for (CompletableFuture<Integer> f : many) sum += f.join();
        System.out.println("sum of squares " + sum);
        pool.shutdown();
        System.out.println(pool.awaitTermination(5, TimeUnit.SECONDS));
    }
}
