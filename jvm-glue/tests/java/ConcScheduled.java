import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcScheduled {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService single = Executors.newSingleThreadScheduledExecutor();
        StringBuilder order = new StringBuilder();
        List<ScheduledFuture<?>> fs = new ArrayList<>();
        int[] delays = {240, 60, 180, 0, 120, 60};
        for (int i = 0; i < delays.length; i++) {
            final int k = i;
            fs.add(single.schedule(() -> order.append(k), delays[i], TimeUnit.MILLISECONDS));
        }
        for (ScheduledFuture<?> f : fs) f.get();
        System.out.println("run order " + order);
        ScheduledFuture<String> c = single.schedule(() -> "callable", 5, TimeUnit.MILLISECONDS);
        System.out.println(c.get() + " done=" + c.isDone() + " delay<=0 " + (c.getDelay(TimeUnit.MILLISECONDS) <= 0));
        ScheduledFuture<?> later = single.schedule(() -> order.append("never"), 1, TimeUnit.HOURS);
        System.out.println("delay positive " + (later.getDelay(TimeUnit.MINUTES) > 50) + " cancel " + later.cancel(false) + " cancelled " + later.isCancelled() + " again " + later.cancel(false));
        try {
            later.get();
        } catch (CancellationException e) {
            System.out.println("get on cancelled: " + e);
        }
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch five = new CountDownLatch(5);
        ScheduledFuture<?> rate = single.scheduleAtFixedRate(() -> {
            ticks.incrementAndGet();
            five.countDown();
        }, 0, 3, TimeUnit.MILLISECONDS);
        five.await();
        rate.cancel(false);
        int afterCancel = ticks.get();
        Thread.sleep(20);
        System.out.println("fixed rate ran >= 5: " + (afterCancel >= 5) + ", stopped: " + (ticks.get() <= afterCancel + 1) + " cancelled " + rate.isCancelled() + " periodic done " + rate.isDone());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> delay = single.scheduleWithFixedDelay(() -> {
            runs.incrementAndGet();
            three.countDown();
        }, 1, 2, TimeUnit.MILLISECONDS);
        three.await();
        delay.cancel(true);
        System.out.println("fixed delay ran >= 3: " + (runs.get() >= 3));
        ScheduledFuture<?> failing = single.scheduleAtFixedRate(() -> {
            throw new IllegalStateException("periodic failure");
        }, 0, 1, TimeUnit.MILLISECONDS);
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("periodic task failed: " + e.getCause());
        }
        try {
            single.scheduleAtFixedRate(() -> {}, 0, 0, TimeUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            System.out.println("zero period: " + e);
        }
        try {
            single.schedule((Runnable) null, 1, TimeUnit.SECONDS);
        } catch (NullPointerException e) {
            System.out.println("null task: " + e);
        }
        // delayed tasks still run after shutdown (default policy), periodic ones stop
        ScheduledThreadPoolExecutor stpe = new ScheduledThreadPoolExecutor(1);
        AtomicBoolean delayedRan = new AtomicBoolean();
        stpe.schedule(() -> delayedRan.set(true), 300, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> periodic = stpe.scheduleAtFixedRate(() -> {}, 600, 600, TimeUnit.MILLISECONDS);
        System.out.println("policies " + stpe.getExecuteExistingDelayedTasksAfterShutdownPolicy() + " " + stpe.getContinueExistingPeriodicTasksAfterShutdownPolicy() + " queue " + stpe.getQueue().size());
        stpe.shutdown();
        System.out.println("terminated " + stpe.awaitTermination(5, TimeUnit.SECONDS) + " delayed ran " + delayedRan.get() + " periodic cancelled " + periodic.isCancelled());
        try {
            stpe.schedule(() -> {}, 1, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }
        ScheduledThreadPoolExecutor drop = new ScheduledThreadPoolExecutor(1);
        drop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        drop.setRemoveOnCancelPolicy(true);
        ScheduledFuture<?> gone = drop.schedule(() -> {}, 1, TimeUnit.HOURS);
        ScheduledFuture<?> removed = drop.schedule(() -> {}, 1, TimeUnit.HOURS);
        removed.cancel(false);
        System.out.println("queue after cancel " + drop.getQueue().size());
        drop.shutdown();
        System.out.println("dropped " + drop.awaitTermination(5, TimeUnit.SECONDS) + " " + gone.isCancelled());
        List<Runnable> left = single.shutdownNow();
        System.out.println("left " + left.size() + " " + single.awaitTermination(5, TimeUnit.SECONDS));
    }
}
