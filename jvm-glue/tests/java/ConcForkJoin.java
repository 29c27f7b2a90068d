import java.util.*;
import java.util.concurrent.*;

public class ConcForkJoin {
    static final class Sum extends RecursiveTask<Long> {
        final int[] a;
        final int lo, hi;

        Sum(int[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        protected Long compute() {
            if (hi - lo <= 500) {
                long s = 0;
                for (int i = lo; i < hi; i++) s += a[i];
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(a, lo, mid), right = new Sum(a, mid, hi);
            left.fork();
            long r = right.compute();
            return left.join() + r;
        }
    }

    static final class Fib extends RecursiveTask<Integer> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        protected Integer compute() {
            if (n <= 10) return slow(n);
            Fib f1 = new Fib(n - 1), f2 = new Fib(n - 2);
            invokeAll(f1, f2);
            return f1.join() + f2.join();
        }

        static int slow(int n) {
            return n < 2 ? n : slow(n - 1) + slow(n - 2);
        }
    }

    static final class Square extends RecursiveAction {
        final long[] a;
        final int lo, hi;

        Square(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        protected void compute() {
            if (hi - lo <= 100) {
                for (int i = lo; i < hi; i++) a[i] = a[i] * a[i];
            } else {
                int mid = (lo + hi) >>> 1;
                invokeAll(new Square(a, lo, mid), new Square(a, mid, hi));
            }
        }
    }

    /** HotSpot rethrows a copy wrapping the original when another thread threw it; compare the original. */
    static Throwable root(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e;
    }

    public static void main(String[] args) throws Exception {
        int[] data = new int[20000];
        for (int i = 0; i < data.length; i++) data[i] = (i * 31) % 1000;
        long expected = 0;
        for (int v : data) expected += v;
        ForkJoinPool pool = new ForkJoinPool(3);
        System.out.println("pool sum " + pool.invoke(new Sum(data, 0, data.length)) + " expected " + expected + " parallelism " + pool.getParallelism());
        System.out.println("common sum " + ForkJoinPool.commonPool().invoke(new Sum(data, 0, data.length)));
        System.out.println("direct invoke " + new Sum(data, 0, 1000).invoke());
        System.out.println("fib " + pool.invoke(new Fib(20)));
        long[] sq = new long[1000];
        for (int i = 0; i < sq.length; i++) sq[i] = i;
        pool.invoke(new Square(sq, 0, sq.length));
        long s = 0;
        for (long v : sq) s += v;
        System.out.println("squares " + s);
        ForkJoinTask<Integer> submitted = pool.submit(() -> 7 * 6);
        System.out.println("submit " + submitted.get() + " " + submitted.isDone() + " " + submitted.isCompletedNormally());
        ForkJoinTask<?> failing = pool.submit(() -> {
            throw new IllegalStateException("fj failure");
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + root(e).getMessage() + " " + e.getCause().getClass().getName());
        }
        System.out.println("abnormal " + failing.isCompletedAbnormally() + " " + root(failing.getException()).getMessage());
        try {
            failing.join();
        } catch (IllegalStateException e) {
            System.out.println("join rethrows " + root(e).getMessage());
        }
        ForkJoinTask<String> adapted = ForkJoinTask.adapt(() -> "adapted");
        System.out.println(pool.invoke(adapted) + " " + ForkJoinTask.adapt(() -> {}, "r").invoke());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final int k = i;
            calls.add(() -> k + 100);
        }
        int tot = 0;
        for (Future<Integer> f : pool.invokeAll(calls)) tot += f.get();
        System.out.println("invokeAll " + tot);
        System.out.println("in pool? " + ForkJoinTask.inForkJoinPool() + " " + pool.submit(() -> ForkJoinTask.inForkJoinPool()).get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS) + " " + pool.isShutdown());
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }
        System.out.println("common parallelism >= 1: " + (ForkJoinPool.getCommonPoolParallelism() >= 1));
    }
}
