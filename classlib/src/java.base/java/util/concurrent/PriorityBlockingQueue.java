package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unbounded blocking priority queue: a binary heap (PriorityHeap) guarded
 * by this queue's private monitor. Iteration and toString follow the heap
 * array, as in the JDK; iterators work on a snapshot.
 */
public class PriorityBlockingQueue<E> extends AbstractQueueSupport<E> implements BlockingQueue<E>, java.io.Serializable {
    private final Object lock = new Object();
    private final PriorityHeap<E> heap;

    public PriorityBlockingQueue() {
        this(11, null);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        heap = new PriorityHeap<>(initialCapacity, comparator);
    }

    public PriorityBlockingQueue(Collection<? extends E> c) {
        heap = new PriorityHeap<>(Math.max(1, c.size()), null);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (heap.size == heap.queue.length) heap.queue = java.util.Arrays.copyOf(heap.queue, heap.size * 2 + 1);
            heap.queue[heap.size++] = e;
        }
        heap.heapify();
    }

    public Comparator<? super E> comparator() {
        return heap.cmp;
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
            return heap.poll();
        }
    }

    public E take() throws InterruptedException {
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            while (heap.size == 0) lock.wait();
            return heap.poll();
        }
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            while (heap.size == 0) {
                if (nanos <= 0) return null;
                nanos = CU.awaitNanos(lock, nanos);
            }
            return heap.poll();
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
        if (maxElements <= 0) return 0;
        synchronized (lock) {
            int n = 0;
            while (n < maxElements && heap.size > 0) {
                c.add(heap.poll());
                n++;
            }
            return n;
        }
    }

    public Iterator<E> iterator() {
        return new SnapshotIterator<>(toArray(), this);
    }

    /** Iterates over a snapshot; remove() removes that very element from the queue. */
    static final class SnapshotIterator<E> implements Iterator<E> {
        private final Object[] items;
        private final Collection<?> owner;
        private int cursor;
        private int lastRet = -1;

        SnapshotIterator(Object[] items, Collection<?> owner) {
            this.items = items;
            this.owner = owner;
        }

        public boolean hasNext() {
            return cursor < items.length;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= items.length) throw new NoSuchElementException();
            lastRet = cursor;
            return (E) items[cursor++];
        }

        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            Object x = items[lastRet];
            lastRet = -1;
            if (owner instanceof PriorityBlockingQueue) ((PriorityBlockingQueue<?>) owner).removeEq(x);
            else if (owner instanceof DelayQueue) ((DelayQueue<?>) owner).removeEq(x);
            else owner.remove(x);
        }
    }

    void removeEq(Object o) {
        synchronized (lock) {
            int i = heap.indexOf(o, true);
            if (i >= 0) heap.removeAt(i);
        }
    }
}
