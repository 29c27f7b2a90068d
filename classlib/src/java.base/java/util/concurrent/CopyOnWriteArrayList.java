package java.util.concurrent;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A list whose every mutation copies the backing array (under a private
 * monitor); reads and iterators use the array current at their start, so
 * iterators never fail and never see later changes (and cannot remove).
 * Not yet: listIterator() and subList() (java.util has no ListIterator yet).
 */
public class CopyOnWriteArrayList<E> implements List<E>, Cloneable, java.io.Serializable {
    final transient Object lock = new Object();
    private transient volatile Object[] array;

    final Object[] getArray() {
        return array;
    }

    final void setArray(Object[] a) {
        array = a;
    }

    public CopyOnWriteArrayList() {
        setArray(new Object[0]);
    }

    public CopyOnWriteArrayList(Collection<? extends E> c) {
        setArray(plain(c.toArray(), -1));
    }

    public CopyOnWriteArrayList(E[] toCopyIn) {
        setArray(plain(toCopyIn, -1));
    }

    /** A copy of a as a plain Object[] of length n (-1: a.length). */
    static Object[] plain(Object[] a, int n) {
        if (n < 0) n = a.length;
        Object[] r = new Object[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    public int size() {
        return getArray().length;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    private static int indexOfRange(Object o, Object[] es, int from, int to) {
        if (o == null) {
            for (int i = from; i < to; i++) if (es[i] == null) return i;
        } else {
            for (int i = from; i < to; i++) if (o.equals(es[i])) return i;
        }
        return -1;
    }

    private static int lastIndexOfRange(Object o, Object[] es, int from, int to) {
        if (o == null) {
            for (int i = to - 1; i >= from; i--) if (es[i] == null) return i;
        } else {
            for (int i = to - 1; i >= from; i--) if (o.equals(es[i])) return i;
        }
        return -1;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public int indexOf(Object o) {
        Object[] es = getArray();
        return indexOfRange(o, es, 0, es.length);
    }

    public int indexOf(E e, int index) {
        Object[] es = getArray();
        return indexOfRange(e, es, index, es.length);
    }

    public int lastIndexOf(Object o) {
        Object[] es = getArray();
        return lastIndexOfRange(o, es, 0, es.length);
    }

    public int lastIndexOf(E e, int index) {
        Object[] es = getArray();
        return lastIndexOfRange(e, es, 0, index + 1);
    }

    public Object clone() {
        try {
            @SuppressWarnings("unchecked")
            CopyOnWriteArrayList<E> clone = (CopyOnWriteArrayList<E>) super.clone();
            return clone;
        } catch (CloneNotSupportedException e) {
            throw new InternalError();
        }
    }

    public Object[] toArray() {
        return getArray().clone();
    }

    public <T> T[] toArray(T[] a) {
        return CU.toArray(getArray(), a);
    }

    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) getArray()[index];
    }

    public E set(int index, E element) {
        synchronized (lock) {
            Object[] es = getArray();
            E oldValue = elementAt(es, index);
            if (oldValue != element) {
                es = es.clone();
                es[index] = element;
            }
            setArray(es);
            return oldValue;
        }
    }

    @SuppressWarnings("unchecked")
    static <E> E cast(Object x) {
        return (E) x;
    }

    @SuppressWarnings("unchecked")
    private static <E> E elementAt(Object[] a, int index) {
        return (E) a[index];
    }

    public boolean add(E e) {
        synchronized (lock) {
            Object[] es = getArray();
            int len = es.length;
            es = plain(es, len + 1);
            es[len] = e;
            setArray(es);
            return true;
        }
    }

    public void add(int index, E element) {
        synchronized (lock) {
            Object[] es = getArray();
            int len = es.length;
            if (index > len || index < 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
            Object[] newElements = new Object[len + 1];
            System.arraycopy(es, 0, newElements, 0, index);
            System.arraycopy(es, index, newElements, index + 1, len - index);
            newElements[index] = element;
            setArray(newElements);
        }
    }

    public E remove(int index) {
        synchronized (lock) {
            Object[] es = getArray();
            int len = es.length;
            E oldValue = elementAt(es, index);
            Object[] newElements = new Object[len - 1];
            System.arraycopy(es, 0, newElements, 0, index);
            System.arraycopy(es, index + 1, newElements, index, len - index - 1);
            setArray(newElements);
            return oldValue;
        }
    }

    public boolean remove(Object o) {
        synchronized (lock) {
            Object[] es = getArray();
            int index = indexOfRange(o, es, 0, es.length);
            if (index < 0) return false;
            remove(index);
            return true;
        }
    }

    public boolean addIfAbsent(E e) {
        synchronized (lock) {
            if (indexOf(e) >= 0) return false;
            return add(e);
        }
    }

    public boolean containsAll(Collection<?> c) {
        Object[] es = getArray();
        for (Object e : c) if (indexOfRange(e, es, 0, es.length) < 0) return false;
        return true;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> !c.contains(e));
    }

    public int addAllAbsent(Collection<? extends E> c) {
        synchronized (lock) {
            int added = 0;
            for (E e : c) if (addIfAbsent(e)) added++;
            return added;
        }
    }

    public void clear() {
        synchronized (lock) {
            setArray(new Object[0]);
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        if (cs.length == 0) return false;
        synchronized (lock) {
            Object[] es = getArray();
            Object[] n = plain(es, es.length + cs.length);
            System.arraycopy(cs, 0, n, es.length, cs.length);
            setArray(n);
            return true;
        }
    }

    public boolean addAll(int index, Collection<? extends E> c) {
        Object[] cs = c.toArray();
        synchronized (lock) {
            Object[] es = getArray();
            int len = es.length;
            if (index > len || index < 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
            if (cs.length == 0) return false;
            Object[] n = new Object[len + cs.length];
            System.arraycopy(es, 0, n, 0, index);
            System.arraycopy(cs, 0, n, index, cs.length);
            System.arraycopy(es, index, n, index + cs.length, len - index);
            setArray(n);
            return true;
        }
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Object x : getArray()) action.accept(CopyOnWriteArrayList.<E>cast(x));
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    @SuppressWarnings("unchecked")
    private boolean bulkRemove(Predicate<? super E> filter) {
        synchronized (lock) {
            Object[] es = getArray();
            Object[] keep = new Object[es.length];
            int n = 0;
            for (Object e : es) if (!filter.test((E) e)) keep[n++] = e;
            if (n == es.length) return false;
            setArray(plain(keep, n));
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        synchronized (lock) {
            Object[] es = getArray().clone();
            for (int i = 0; i < es.length; i++) es[i] = operator.apply((E) es[i]);
            setArray(es);
        }
    }

    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        synchronized (lock) {
            Object[] es = getArray().clone();
            Arrays.sort(es, (Comparator<Object>) c);
            setArray(es);
        }
    }

    public String toString() {
        return CU.toString(getArray(), this);
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        List<?> list = (List<?>) o;
        Iterator<?> it = list.iterator();
        for (Object element : getArray()) {
            if (!it.hasNext() || !Objects.equals(element, it.next())) return false;
        }
        return !it.hasNext();
    }

    public int hashCode() {
        int hashCode = 1;
        for (Object x : getArray()) hashCode = 31 * hashCode + (x == null ? 0 : x.hashCode());
        return hashCode;
    }

    public Iterator<E> iterator() {
        return new COWIterator<E>(getArray(), 0);
    }

    static final class COWIterator<E> implements Iterator<E> {
        private final Object[] snapshot;
        private int cursor;

        COWIterator(Object[] es, int initialCursor) {
            cursor = initialCursor;
            snapshot = es;
        }

        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (!hasNext()) throw new NoSuchElementException();
            return (E) snapshot[cursor++];
        }

        public void remove() {
            throw new UnsupportedOperationException();
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            int size = snapshot.length;
            int i = cursor;
            cursor = size;
            for (; i < size; i++) action.accept((E) snapshot[i]);
        }
    }
}
