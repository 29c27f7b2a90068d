import java.util.*;
import java.util.concurrent.*;

public class ConcPoolNaming {
    static List<String> names(ExecutorService ex, int n) throws Exception {
        CyclicBarrier all = new CyclicBarrier(n);
        List<Future<String>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.add(ex.submit(() -> {
                all.await();
                Thread t = Thread.currentThread();
                return t.getName() + "/" + t.isDaemon() + "/" + t.getPriority() + "/" + t.getThreadGroup().getName();
            }));
        }
        List<String> out = new ArrayList<>();
        for (Future<String> f : fs) out.add(f.get());
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService a = Executors.newFixedThreadPool(3);
        ExecutorService b = Executors.newFixedThreadPool(2);
        System.out.println(names(a, 3));
        System.out.println(names(b, 2));
        ThreadFactory f = Executors.defaultThreadFactory();
        Thread.currentThread().setPriority(8);
        Thread t1 = f.newThread(() -> {});
        Thread t2 = f.newThread(() -> {});
        Thread.currentThread().setPriority(5);
        System.out.println(t1.getName() + " " + t2.getName() + " " + t1.getPriority() + " " + t1.isDaemon() + " " + t1.getState());
        ExecutorService named = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "custom");
            t.setDaemon(true);
            return t;
        });
        System.out.println(names(named, 2));
        ExecutorService single = Executors.newSingleThreadExecutor();
        System.out.println(names(single, 1));
        ScheduledExecutorService sched = Executors.newScheduledThreadPool(2);
        System.out.println(names(sched, 2));
        System.out.println(new Thread().getName());
        // sequential tasks: idle workers take queued tasks longest-idle first
        List<Thread> made = new ArrayList<>();
        ThreadFactory df = Executors.defaultThreadFactory();
        ExecutorService seq = Executors.newFixedThreadPool(3, r -> {
            Thread t = df.newThread(r);
            synchronized (made) {
                made.add(t);
            }
            return t;
        });
        StringBuilder who = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            String n = seq.submit(() -> Thread.currentThread().getName()).get();
            who.append(n.substring(n.lastIndexOf('-') + 1));
            // let every worker get back to waiting for work before the next submission
            while (true) {
                boolean allWaiting = true;
                synchronized (made) {
                    for (Thread t : made) allWaiting &= t.getState() == Thread.State.WAITING;
                }
                if (allWaiting) break;
                Thread.sleep(1);
            }
        }
        seq.shutdown();
        System.out.println("sequential tasks ran on threads " + who);
        a.shutdown();
        b.shutdown();
        named.shutdown();
        single.shutdown();
        sched.shutdown();
        System.out.println(a.awaitTermination(5, TimeUnit.SECONDS) && b.awaitTermination(5, TimeUnit.SECONDS) && single.awaitTermination(5, TimeUnit.SECONDS) && sched.awaitTermination(5, TimeUnit.SECONDS));
    }
}
