import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcPoolLifecycle {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H").replaceAll("\\$\\$Lambda\\$[0-9]+(/0x[0-9a-f]+)?", "\\$\\$Lambda");
    }

    /** Worker threads made so far, so a test can wait until every worker has really exited. */
    static final List<Thread> made = new CopyOnWriteArrayList<>();
    static final ThreadFactory recording = r -> {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        made.add(t);
        return t;
    };

    /** HotSpot may report a terminated pool's size as nonzero until its last workers have left. */
    static void joinWorkers() throws InterruptedException {
        for (Thread t : made) t.join();
    }

    public static void main(String[] args) throws Exception {
        try {
            new ThreadPoolExecutor(2, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        } catch (IllegalArgumentException e) {
            System.out.println("max < core: " + e);
        }
        try {
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, null);
        } catch (NullPointerException e) {
            System.out.println("null queue: " + e);
        }
        ThreadPoolExecutor tpe = new ThreadPoolExecutor(2, 4, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2), recording);
        System.out.println(s(tpe));
        System.out.println(tpe.getCorePoolSize() + " " + tpe.getMaximumPoolSize() + " " + tpe.getKeepAliveTime(TimeUnit.MILLISECONDS) + " " + tpe.getPoolSize());
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(4);
        Runnable blocker = () -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.incrementAndGet();
        };
        for (int i = 0; i < 6; i++) tpe.execute(blocker); // 2 core + 2 queued + 2 extra threads
        running.await();
        while (tpe.getActiveCount() < 4) Thread.sleep(1);
        System.out.println("pool " + tpe.getPoolSize() + " queue " + tpe.getQueue().size() + " largest " + tpe.getLargestPoolSize());
        try {
            tpe.execute(blocker);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected: " + s(e.getMessage()));
        }
        release.countDown();
        tpe.shutdown();
        System.out.println("shut down " + tpe.isShutdown() + " terminated? " + tpe.awaitTermination(5, TimeUnit.SECONDS));
        joinWorkers();
        System.out.println(s(tpe) + " ran " + ran + " tasks " + tpe.getTaskCount() + " completed " + tpe.getCompletedTaskCount());
        try {
            tpe.execute(() -> {});
        } catch (RejectedExecutionException e) {
            System.out.println("after shutdown: " + e.getClass().getSimpleName());
        }
        // shutdownNow returns queued tasks and interrupts running ones
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), recording);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> interruptedBy = new AtomicReference<>("none");
        one.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(10000);
            } catch (InterruptedException e) {
                interruptedBy.set("sleep interrupted: " + e.getMessage());
            }
        });
        for (int i = 0; i < 3; i++) one.execute(() -> {});
        started.await();
        List<Runnable> pending = one.shutdownNow();
        System.out.println("pending " + pending.size() + " terminated " + one.awaitTermination(5, TimeUnit.SECONDS) + " " + interruptedBy);
        joinWorkers();
        System.out.println(s(one));
        // policies
        ThreadPoolExecutor caller = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>(), new ThreadPoolExecutor.CallerRunsPolicy());
        CountDownLatch busy = new CountDownLatch(1);
        caller.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
            }
        });
        String[] where = new String[1];
        caller.execute(() -> where[0] = Thread.currentThread().getName());
        System.out.println("caller runs on " + where[0]);
        busy.countDown();
        caller.shutdown();
        caller.awaitTermination(5, TimeUnit.SECONDS);
        ThreadPoolExecutor discard = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), new ThreadPoolExecutor.DiscardPolicy());
        ThreadPoolExecutor oldest = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), new ThreadPoolExecutor.DiscardOldestPolicy());
        for (ThreadPoolExecutor p : new ThreadPoolExecutor[] {discard, oldest}) {
            CountDownLatch gate = new CountDownLatch(1);
            StringBuilder log = new StringBuilder();
            p.execute(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                }
            });
            for (int i = 0; i < 4; i++) {
                final int k = i;
                p.execute(() -> log.append(k));
            }
            gate.countDown();
            p.shutdown();
            p.awaitTermination(5, TimeUnit.SECONDS);
            System.out.println(p.getRejectedExecutionHandler().getClass().getSimpleName() + " ran " + log);
        }
        // hooks
        StringBuilder hooks = new StringBuilder();
        ThreadPoolExecutor hooked = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()) {
            protected void beforeExecute(Thread t, Runnable r) {
                hooks.append("before ");
            }

            protected void afterExecute(Runnable r, Throwable t) {
                hooks.append("after(" + (t == null ? "ok" : t.getMessage()) + ") ");
            }

            protected void terminated() {
                hooks.append("terminated");
            }
        };
        hooked.execute(() -> {});
        hooked.submit(() -> {
            throw new IllegalStateException("swallowed by FutureTask");
        });
        hooked.shutdown();
        hooked.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(hooks);
        ThreadPoolExecutor pre = new ThreadPoolExecutor(3, 3, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), recording);
        System.out.println("prestarted " + pre.prestartAllCoreThreads() + " " + pre.getPoolSize() + " " + pre.prestartCoreThread());
        pre.setCorePoolSize(1);
        pre.setMaximumPoolSize(2);
        System.out.println(pre.getCorePoolSize() + " " + pre.getMaximumPoolSize());
        try {
            pre.setMaximumPoolSize(0);
        } catch (IllegalArgumentException e) {
            System.out.println("setMaximumPoolSize(0): " + e);
        }
        pre.shutdownNow();
        boolean preDone = pre.awaitTermination(5, TimeUnit.SECONDS);
        joinWorkers();
        System.out.println(preDone + " " + s(pre));
        ExecutorService unconf = Executors.unconfigurableExecutorService(Executors.newFixedThreadPool(1));
        System.out.println(unconf.submit(() -> 42).get() + " " + (unconf instanceof ThreadPoolExecutor));
        unconf.shutdown();
        System.out.println(unconf.awaitTermination(5, TimeUnit.SECONDS));
    }
}
