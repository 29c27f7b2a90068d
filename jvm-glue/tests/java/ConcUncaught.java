import java.util.concurrent.*;

public class ConcUncaught {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            throw new IllegalStateException("from lambda thread");
        });
        t.start();
        t.join();
        Thread named = new Thread(() -> {
            Object o = null;
            o.hashCode();
        }, "npe-thread");
        named.start();
        named.join();
        Thread handled = new Thread(() -> {
            throw new RuntimeException("own handler");
        });
        handled.setUncaughtExceptionHandler((th, e) -> System.out.println("handler: " + th.getName() + " " + e));
        handled.start();
        handled.join();
        ThreadGroup g = new ThreadGroup("grp") {
            @Override
            public void uncaughtException(Thread th, Throwable e) {
                System.out.println("group " + getName() + " got " + e.getMessage() + " from " + th.getName());
            }
        };
        Thread inGroup = new Thread(g, () -> {
            throw new Error("group error");
        }, "g-thread");
        inGroup.start();
        inGroup.join();
        System.out.println("handler after death: " + inGroup.getUncaughtExceptionHandler());
        Thread.setDefaultUncaughtExceptionHandler((th, e) -> System.out.println("default handler: " + th.getName() + " " + e.getMessage()));
        Thread d = new Thread(() -> {
            throw new ArithmeticException("via default");
        }, "dflt");
        d.start();
        d.join();
        Thread.setDefaultUncaughtExceptionHandler(null);
        // a task that throws from execute() kills its worker; a new one replaces it
        java.util.List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        ThreadFactory dflt = Executors.defaultThreadFactory();
        ExecutorService ex = Executors.newFixedThreadPool(1, r -> {
            Thread w = dflt.newThread(r);
            workers.add(w);
            return w;
        });
        ex.execute(() -> {
            throw new UnsupportedOperationException("task failed");
        });
        Future<String> f = ex.submit(() -> Thread.currentThread().getName());
        System.out.println("next task ran on " + f.get());
        ex.shutdown();
        ex.awaitTermination(5, TimeUnit.SECONDS);
        // the dying worker prints its trace after the pool already counts it gone
        for (Thread w : workers) w.join();
        System.out.println("terminated " + ex.isTerminated());
        Thread last = new Thread(() -> {
            throw new RuntimeException("last words");
        });
        last.start();
    }
}
