import java.util.concurrent.*;

public class ConcFutureTask {
    static String s(Object o) {
        return String.valueOf(o).replaceAll("@[0-9a-f]+", "@H").replaceAll("\\$\\$Lambda\\$[0-9]+(/0x[0-9a-f]+)?", "\\$\\$Lambda");
    }

    public static void main(String[] args) throws Exception {
        FutureTask<Integer> ft = new FutureTask<>(() -> 6 * 7);
        System.out.println(ft.isDone() + " " + ft.isCancelled() + " " + s(ft));
        ft.run();
        System.out.println(ft.get() + " " + ft.isDone() + " " + s(ft));
        ft.run();
        System.out.println("run twice keeps " + ft.get() + " cancel after done " + ft.cancel(true));
        FutureTask<String> bad = new FutureTask<>(() -> {
            throw new java.io.IOException("disk");
        });
        bad.run();
        try {
            bad.get();
        } catch (ExecutionException e) {
            System.out.println(e.getMessage() + " | " + e.getCause() + " | " + s(bad));
        }
        FutureTask<String> cancelled = new FutureTask<>(() -> "never");
        System.out.println("cancel " + cancelled.cancel(false) + " " + cancelled.isCancelled() + " " + cancelled.isDone() + " " + s(cancelled));
        cancelled.run();
        try {
            cancelled.get();
        } catch (CancellationException e) {
            System.out.println("get: " + e);
        }
        FutureTask<String> slow = new FutureTask<>(() -> "late");
        try {
            slow.get(5, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timeout: " + e);
        }
        FutureTask<String> withResult = new FutureTask<>(() -> {}, "given");
        withResult.run();
        System.out.println(withResult.get());
        StringBuilder hook = new StringBuilder();
        FutureTask<Integer> done = new FutureTask<Integer>(() -> 1) {
            protected void done() {
                hook.append("done(").append(isCancelled()).append(")");
            }
        };
        done.run();
        System.out.println(hook);
        // cancel(true) interrupts the running task
        CountDownLatch started = new CountDownLatch(1);
        FutureTask<String> sleeper = new FutureTask<>(() -> {
            started.countDown();
            try {
                Thread.sleep(10000);
                return "slept";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        Thread t = new Thread(sleeper);
        t.start();
        started.await();
        System.out.println("cancel running " + sleeper.cancel(true));
        t.join();
        System.out.println("runner flag cleared? " + !t.isInterrupted() + " cancelled " + sleeper.isCancelled());
        // waiters on another thread
        FutureTask<Long> shared = new FutureTask<>(() -> 123L);
        long[] got = new long[3];
        Thread[] ws = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ws[i] = new Thread(() -> {
                try {
                    got[k] = shared.get() + k;
                } catch (Exception e) {
                    got[k] = -1;
                }
            });
            ws[i].start();
        }
        Thread.sleep(5);
        new Thread(shared).start();
        for (Thread w : ws) w.join();
        System.out.println(got[0] + " " + got[1] + " " + got[2]);
        try {
            new FutureTask<String>((Callable<String>) null);
        } catch (NullPointerException e) {
            System.out.println("null callable: " + e);
        }
        Callable<Object> adapted = Executors.callable(() -> {});
        System.out.println(adapted.call() + " " + Executors.callable(() -> {}, 5).call());
        ExecutionException chained = new ExecutionException("msg", new RuntimeException("inner"));
        System.out.println(chained + " | " + new ExecutionException(null) + " | " + new CancellationException("why") + " | " + new CompletionException(new Error("e")));
    }
}
