import java.util.concurrent.*;

public class ConcStackTraces {
    public static void main(String[] args) throws Exception {
        java.util.List<Thread> workers = new CopyOnWriteArrayList<>();
        ThreadFactory dflt = Executors.defaultThreadFactory();
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread w = dflt.newThread(r);
            workers.add(w);
            return w;
        });
        Future<?> f = ex.submit(() -> {
            if (args.length == 0) throw new IllegalStateException("from callable");
            return 1;
        });
        try {
            f.get();
        } catch (ExecutionException e) {
            e.printStackTrace();
        }
        Future<?> r = ex.submit(() -> {
            if (args.length == 0) throw new IllegalArgumentException("from runnable");
        });
        try {
            r.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            e.printStackTrace();
        }
        FutureTask<String> ft = new FutureTask<>(() -> "x");
        ft.cancel(false);
        try {
            ft.get();
        } catch (CancellationException e) {
            e.printStackTrace();
        }
        try {
            new FutureTask<String>(() -> "y").get(1, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            e.printStackTrace();
        }
        ex.execute(() -> {
            throw new UnsupportedOperationException("uncaught in pool");
        });
        ex.shutdown();
        ex.awaitTermination(5, TimeUnit.SECONDS);
        // the dying worker prints its trace after the pool already counts it gone
        for (Thread w : workers) w.join();
        ScheduledExecutorService s = Executors.newScheduledThreadPool(1);
        ScheduledFuture<?> sf = s.schedule(() -> {
            throw new ArithmeticException("scheduled");
        }, 1, TimeUnit.MILLISECONDS);
        try {
            sf.get();
        } catch (ExecutionException e) {
            e.getCause().printStackTrace();
        }
        s.shutdown();
        s.awaitTermination(5, TimeUnit.SECONDS);
        Thread t = new Thread(() -> {
            throw new RuntimeException("plain thread");
        });
        t.start();
        t.join();
        System.out.println("done");
    }
}
