package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** Binary min-heap in an array; element order (iteration, toString) follows the heap layout. */
@SuppressWarnings("unchecked")
public class PriorityQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
    transient Object[] queue;
    int size;
    private final Comparator<? super E> comparator;
    transient int modCount;

    public PriorityQueue() {
        this(11, null);
    }

    public PriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityQueue(Comparator<? super E> comparator) {
        this(11, comparator);
    }

    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) throw new IllegalArgumentException();
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    public PriorityQueue(Collection<? extends E> c) {
        if (c instanceof SortedSet<?>) {
            comparator = (Comparator<? super E>) ((SortedSet<? extends E>) c).comparator();
            initElements(c);
        } else if (c instanceof PriorityQueue<?>) {
            comparator = (Comparator<? super E>) ((PriorityQueue<? extends E>) c).comparator();
            initElements(c);
        } else {
            comparator = null;
            initElements(c);
            heapify();
        }
    }

    public PriorityQueue(PriorityQueue<? extends E> c) {
        comparator = (Comparator<? super E>) c.comparator();
        initElements(c);
    }

    public PriorityQueue(SortedSet<? extends E> c) {
        comparator = (Comparator<? super E>) c.comparator();
        initElements(c);
    }

    private void initElements(Collection<? extends E> c) {
        Object[] es = c.toArray();
        if (es.getClass() != Object[].class) es = Arrays.copyOf(es, es.length, Object[].class);
        for (Object e : es) if (e == null) throw new NullPointerException();
        queue = es.length == 0 ? new Object[1] : es;
        size = es.length;
    }

    private void grow() {
        int old = queue.length;
        queue = Arrays.copyOf(queue, old + (old < 64 ? old + 2 : old >> 1));
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        modCount++;
        int i = size;
        if (i >= queue.length) grow();
        siftUp(i, e);
        size = i + 1;
        return true;
    }

    public E peek() {
        return (E) queue[0];
    }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) if (o.equals(queue[i])) return i;
        }
        return -1;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i == -1) return false;
        removeAt(i);
        return true;
    }

    void removeEq(Object o) {
        for (int i = 0; i < size; i++) {
            if (o == queue[i]) {
                removeAt(i);
                break;
            }
        }
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public Object[] toArray() {
        return Arrays.copyOf(queue, size);
    }

    public <T> T[] toArray(T[] a) {
        return (T[]) Arrays.fillArray(toArray(), a);
    }

    public Iterator<E> iterator() {
        return new Itr();
    }

    private final class Itr implements Iterator<E> {
        private int cursor;
        private int lastRet = -1;
        private ArrayDeque<E> forgetMeNot;
        private E lastRetElt;
        private int expectedModCount = modCount;

        public boolean hasNext() {
            return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
        }

        public E next() {
            if (expectedModCount != modCount) throw new ConcurrentModificationException();
            if (cursor < size) return (E) queue[lastRet = cursor++];
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) return lastRetElt;
            }
            throw new NoSuchElementException();
        }

        public void remove() {
            if (expectedModCount != modCount) throw new ConcurrentModificationException();
            if (lastRet != -1) {
                E moved = PriorityQueue.this.removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) forgetMeNot = new ArrayDeque<>();
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                PriorityQueue.this.removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }

    public int size() {
        return size;
    }

    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) queue[i] = null;
        size = 0;
    }

    public E poll() {
        Object[] es = queue;
        E result = (E) es[0];
        if (result != null) {
            modCount++;
            int n = --size;
            E x = (E) es[n];
            es[n] = null;
            if (n > 0) siftDown(0, x);
        }
        return result;
    }

    E removeAt(int i) {
        Object[] es = queue;
        modCount++;
        int s = --size;
        if (s == i) {
            es[i] = null;
        } else {
            E moved = (E) es[s];
            es[s] = null;
            siftDown(i, moved);
            if (es[i] == moved) {
                siftUp(i, moved);
                if (es[i] != moved) return moved;
            }
        }
        return null;
    }

    private void siftUp(int k, E x) {
        Object[] es = queue;
        if (comparator == null) {
            Comparable<Object> key = (Comparable<Object>) x;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                Object e = es[parent];
                if (key.compareTo(e) >= 0) break;
                es[k] = e;
                k = parent;
            }
        } else {
            Comparator<? super E> cmp = comparator;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                Object e = es[parent];
                if (cmp.compare(x, (E) e) >= 0) break;
                es[k] = e;
                k = parent;
            }
        }
        es[k] = x;
    }

    private void siftDown(int k, E x) {
        siftDown(k, x, size);
    }

    private void siftDown(int k, Object x, int n) {
        Object[] es = queue;
        int half = n >>> 1;
        if (comparator == null) {
            Comparable<Object> key = (Comparable<Object>) x;
            while (k < half) {
                int child = (k << 1) + 1;
                Object c = es[child];
                int right = child + 1;
                if (right < n && ((Comparable<Object>) c).compareTo(es[right]) > 0) c = es[child = right];
                if (key.compareTo(c) <= 0) break;
                es[k] = c;
                k = child;
            }
        } else {
            Comparator<? super E> cmp = comparator;
            while (k < half) {
                int child = (k << 1) + 1;
                Object c = es[child];
                int right = child + 1;
                if (right < n && cmp.compare((E) c, (E) es[right]) > 0) c = es[child = right];
                if (cmp.compare((E) x, (E) c) <= 0) break;
                es[k] = c;
                k = child;
            }
        }
        es[k] = x;
    }

    private void heapify() {
        Object[] es = queue;
        int n = size;
        for (int i = (n >>> 1) - 1; i >= 0; i--) siftDown(i, es[i], n);
    }

    public Comparator<? super E> comparator() {
        return comparator;
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> !c.contains(e));
    }

    private boolean bulkRemove(Predicate<? super E> filter) {
        int expected = ++modCount;
        Object[] es = queue;
        int n = size;
        boolean[] dead = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (filter.test((E) es[i])) {
                dead[i] = true;
                count++;
            }
        }
        if (modCount != expected) throw new ConcurrentModificationException();
        if (count == 0) return false;
        int w = 0;
        for (int i = 0; i < n; i++) if (!dead[i]) es[w++] = es[i];
        for (int i = w; i < n; i++) es[i] = null;
        size = w;
        heapify();
        return true;
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        Object[] es = queue;
        for (int i = 0, n = size; i < n; i++) action.accept((E) es[i]);
        if (expected != modCount) throw new ConcurrentModificationException();
    }
}
