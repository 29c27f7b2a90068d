package java.util.concurrent;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A binary min-heap in an array (element i has children 2i+1 and 2i+2), as
 * behind the JDK's priority queues; the array order is what iteration and
 * toString show. Not synchronized: owners guard it.
 */
final class PriorityHeap<E> {
    Object[] queue;
    int size;
    final Comparator<? super E> cmp;

    PriorityHeap(int initialCapacity, Comparator<? super E> cmp) {
        if (initialCapacity < 1) throw new IllegalArgumentException();
        queue = new Object[initialCapacity];
        this.cmp = cmp;
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        return cmp != null ? cmp.compare((E) a, (E) b) : ((Comparable<Object>) a).compareTo(b);
    }

    void offer(E e) {
        if (e == null) throw new NullPointerException();
        if (size == queue.length) queue = Arrays.copyOf(queue, size < 64 ? size * 2 + 2 : size + (size >> 1));
        if (size == 0 && cmp == null) ((Comparable<?>) e).getClass(); // ClassCastException for non-Comparable
        siftUp(size++, e);
    }

    private void siftUp(int k, Object x) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object p = queue[parent];
            if (compare(x, p) >= 0) break;
            queue[k] = p;
            k = parent;
        }
        queue[k] = x;
    }

    private void siftDown(int k, Object x) {
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && compare(c, queue[right]) > 0) c = queue[child = right];
            if (compare(x, c) <= 0) break;
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    @SuppressWarnings("unchecked")
    E peek() {
        return size == 0 ? null : (E) queue[0];
    }

    @SuppressWarnings("unchecked")
    E poll() {
        if (size == 0) return null;
        Object result = queue[0];
        int n = --size;
        Object x = queue[n];
        queue[n] = null;
        if (n > 0) siftDown(0, x);
        return (E) result;
    }

    void removeAt(int i) {
        int s = --size;
        if (s == i) {
            queue[i] = null;
        } else {
            Object moved = queue[s];
            queue[s] = null;
            siftDown(i, moved);
            if (queue[i] == moved) siftUp(i, moved);
        }
    }

    int indexOf(Object o, boolean identity) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (identity ? queue[i] == o : o.equals(queue[i])) return i;
            }
        }
        return -1;
    }

    void heapify() {
        for (int i = (size >>> 1) - 1; i >= 0; i--) siftDown(i, queue[i]);
    }

    Object[] toArray() {
        return Arrays.copyOf(queue, size);
    }

    void clear() {
        for (int i = 0; i < size; i++) queue[i] = null;
        size = 0;
    }
}
