package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** Circular-buffer deque; nulls are rejected. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    transient int head;
    transient int size;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[numElements < 1 ? 1 : numElements == Integer.MAX_VALUE ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) addLast(e);
    }

    private int slot(int i) {
        int j = head + i;
        int n = elements.length;
        return j >= n ? j - n : j;
    }

    private void grow() {
        int n = elements.length;
        int nn = n < 64 ? n + n + 2 : n + (n >> 1);
        Object[] a = new Object[nn];
        for (int i = 0; i < size; i++) a[i] = elements[slot(i)];
        elements = a;
        head = 0;
    }

    @SuppressWarnings("unchecked")
    private E at(int i) {
        return (E) elements[slot(i)];
    }

    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        if (size == elements.length) grow();
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        size++;
    }

    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        if (size == elements.length) grow();
        elements[slot(size)] = e;
        size++;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) {
            addLast(e);
            changed = true;
        }
        return changed;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E pollFirst() {
        if (size == 0) return null;
        E e = at(0);
        elements[head] = null;
        head = slot(1);
        size--;
        return e;
    }

    public E pollLast() {
        if (size == 0) return null;
        int s = slot(size - 1);
        @SuppressWarnings("unchecked")
        E e = (E) elements[s];
        elements[s] = null;
        size--;
        return e;
    }

    public E getFirst() {
        if (size == 0) throw new NoSuchElementException();
        return at(0);
    }

    public E getLast() {
        if (size == 0) throw new NoSuchElementException();
        return at(size - 1);
    }

    public E peekFirst() {
        return size == 0 ? null : at(0);
    }

    public E peekLast() {
        return size == 0 ? null : at(size - 1);
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(at(i))) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at logical index i, closing the gap. */
    void delete(int i) {
        for (int j = i; j < size - 1; j++) elements[slot(j)] = elements[slot(j + 1)];
        elements[slot(size - 1)] = null;
        size--;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private class DeqIterator implements Iterator<E> {
        final boolean desc;
        int cursor;
        int remaining;
        int lastRet = -1;

        DeqIterator(boolean desc) {
            this.desc = desc;
            remaining = size;
            cursor = desc ? size - 1 : 0;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0) throw new NoSuchElementException();
            if (cursor < 0 || cursor >= size) throw new ConcurrentModificationException();
            E e = at(cursor);
            if (e == null) throw new ConcurrentModificationException();
            lastRet = cursor;
            cursor += desc ? -1 : 1;
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            delete(lastRet);
            if (!desc) cursor--;
            lastRet = -1;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (hasNext()) action.accept(next());
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) if (o.equals(at(i))) return true;
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = 0; i < size; i++) elements[slot(i)] = null;
        head = 0;
        size = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[size];
        for (int i = 0; i < size; i++) a[i] = elements[slot(i)];
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        return (T[]) Arrays.fillArray(toArray(), a);
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = 0; i < size; i++) action.accept(at(i));
    }

    private boolean bulkRemove(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        int w = 0;
        int n = size;
        Object[] kept = new Object[n];
        for (int i = 0; i < n; i++) {
            E e = at(i);
            if (!filter.test(e)) kept[w++] = e;
        }
        if (w == n) return false;
        for (int i = 0; i < n; i++) elements[slot(i)] = i < w ? kept[i] : null;
        size = w;
        return true;
    }

    public boolean removeIf(Predicate<? super E> filter) {
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

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = elements.clone();
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
