package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** submit/invokeAll/invokeAny in terms of execute(). */
public abstract class AbstractExecutorService implements ExecutorService {
    public AbstractExecutorService() {}

    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new FutureTask<T>(runnable, value);
    }

    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new FutureTask<T>(callable);
    }

    public Future<?> submit(Runnable task) {
        if (task == null) throw new NullPointerException();
        RunnableFuture<Void> f = newTaskFor(task, null);
        execute(f);
        return f;
    }

    public <T> Future<T> submit(Runnable task, T result) {
        if (task == null) throw new NullPointerException();
        RunnableFuture<T> f = newTaskFor(task, result);
        execute(f);
        return f;
    }

    public <T> Future<T> submit(Callable<T> task) {
        if (task == null) throw new NullPointerException();
        RunnableFuture<T> f = newTaskFor(task);
        execute(f);
        return f;
    }

    private <T> T doInvokeAny(Collection<? extends Callable<T>> tasks, boolean timed, long nanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks == null) throw new NullPointerException();
        int n = tasks.size();
        if (n == 0) throw new IllegalArgumentException();
        ExecutorCompletionService<T> ecs = new ExecutorCompletionService<T>(this);
        List<Future<T>> futures = new ArrayList<>(n);
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        ExecutionException ee = null;
        try {
            Iterator<? extends Callable<T>> it = tasks.iterator();
            futures.add(ecs.submit(it.next()));
            int pending = 1;
            while (true) {
                Future<T> f = ecs.poll();
                if (f == null) {
                    if (it.hasNext()) {
                        futures.add(ecs.submit(it.next()));
                        pending++;
                        continue;
                    }
                    if (pending == 0) break;
                    if (timed) {
                        f = ecs.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                        if (f == null) throw new TimeoutException();
                    } else {
                        f = ecs.take();
                    }
                }
                pending--;
                try {
                    return f.get();
                } catch (ExecutionException eex) {
                    ee = eex;
                } catch (RuntimeException rex) {
                    ee = new ExecutionException(rex);
                }
                if (pending == 0 && !it.hasNext()) break;
            }
            if (ee == null) ee = new ExecutionException((Throwable) null);
            throw ee;
        } finally {
            for (Future<T> f : futures) f.cancel(true);
        }
    }

    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return doInvokeAny(tasks, false, 0);
        } catch (TimeoutException cannotHappen) {
            return null;
        }
    }

    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return doInvokeAny(tasks, true, unit.toNanos(timeout));
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        if (tasks == null) throw new NullPointerException();
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                RunnableFuture<T> f = newTaskFor(t);
                futures.add(f);
                execute(f);
            }
            for (int i = 0; i < futures.size(); i++) {
                Future<T> f = futures.get(i);
                if (!f.isDone()) {
                    try {
                        f.get();
                    } catch (CancellationException | ExecutionException ignore) {
                    }
                }
            }
            return futures;
        } catch (Throwable t) {
            for (int i = 0; i < futures.size(); i++) futures.get(i).cancel(true);
            throw t;
        }
    }

    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        if (tasks == null) throw new NullPointerException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) futures.add(newTaskFor(t));
        int j = 0;
        try {
            for (; j < futures.size(); j++) {
                if (System.nanoTime() - deadline >= 0) throw new TimeoutException();
                execute((Runnable) futures.get(j));
            }
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    try {
                        f.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    } catch (CancellationException | ExecutionException ignore) {
                    }
                }
            }
            return futures;
        } catch (TimeoutException te) {
            for (Future<T> f : futures) f.cancel(true);
            return futures;
        }
    }
}
