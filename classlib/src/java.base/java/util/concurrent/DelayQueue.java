package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;

/**
 * An unbounded blocking queue of Delayed elements that can be taken only once
 * their delay has expired; a binary heap (PriorityHeap) on a private monitor.
 */
public class DelayQueue<E extends Delayed> extends AbstractQueueSupport<E> implements BlockingQueue<E> {
    private final Object lock = new Object();
    private final PriorityHeap<E> heap = new PriorityHeap<>(16, null);

    public DelayQueue() {}

    public DelayQueue(Collection<? extends E> c) {
        addAll(c);
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        synchronized (lock) {
            heap.offer(e);
            lock.notifyAll();
        }
        return true;
    }

    public void put(E e) {
        offer(e);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    public E poll() {
        synchronized (lock) {
            E first = heap.peek();
            return (first == null || first.getDelay(TimeUnit.NANOSECONDS) > 0) ? null : heap.poll();
        }
    }

    public E take() throws InterruptedException {
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            for (;;) {
                E first = heap.peek();
                if (first == null) {
                    lock.wait();
                } else {
                    long delay = first.getDelay(TimeUnit.NANOSECONDS);
                    if (delay <= 0L) return heap.poll();
                    CU.awaitNanos(lock, delay);
                }
            }
        }
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            long deadline = System.nanoTime() + nanos;
            for (;;) {
                E first = heap.peek();
                long left = deadline - System.nanoTime();
                if (first != null) {
                    long delay = first.getDelay(TimeUnit.NANOSECONDS);
                    if (delay <= 0L) return heap.poll();
                    if (left <= 0) return null;
                    CU.awaitNanos(lock, Math.min(delay, left));
                } else {
                    if (left <= 0) return null;
                    CU.awaitNanos(lock, left);
                }
            }
        }
    }

    public E peek() {
        synchronized (lock) {
            return heap.peek();
        }
    }

    public int size() {
        synchronized (lock) {
            return heap.size;
        }
    }

    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    public boolean remove(Object o) {
        synchronized (lock) {
            int i = heap.indexOf(o, false);
            if (i < 0) return false;
            heap.removeAt(i);
            return true;
        }
    }

    void removeEq(Object o) {
        synchronized (lock) {
            int i = heap.indexOf(o, true);
            if (i >= 0) heap.removeAt(i);
        }
    }

    public boolean contains(Object o) {
        synchronized (lock) {
            return heap.indexOf(o, false) >= 0;
        }
    }

    public void clear() {
        synchronized (lock) {
            heap.clear();
        }
    }

    public Object[] toArray() {
        synchronized (lock) {
            return heap.toArray();
        }
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == null) throw new NullPointerException();
        if (c == this) throw new IllegalArgumentException();
        int n = 0;
        synchronized (lock) {
            while (n < maxElements) {
                E first = heap.peek();
                if (first == null || first.getDelay(TimeUnit.NANOSECONDS) > 0) break;
                c.add(heap.poll());
                n++;
            }
        }
        return n;
    }

    public Iterator<E> iterator() {
        return new PriorityBlockingQueue.SnapshotIterator<>(toArray(), this);
    }
}
