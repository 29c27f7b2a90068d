package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.Queue;

/**
 * Base of Mote's concurrent queues (the JDK's java.util.AbstractQueue plays
 * this role there): add/remove/element in terms of offer/poll/peek, and the
 * bulk operations.
 */
abstract class AbstractQueueSupport<E> extends AbstractCollection<E> implements Queue<E> {
    public boolean add(E e) {
        if (offer(e)) return true;
        throw new IllegalStateException("Queue full");
    }

    public E remove() {
        E x = poll();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public E element() {
        E x = peek();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public void clear() {
        while (poll() != null) {}
    }

    public boolean addAll(Collection<? extends E> c) {
        if (c == null) throw new NullPointerException();
        if (c == this) throw new IllegalArgumentException();
        boolean modified = false;
        for (E e : c) if (add(e)) modified = true;
        return modified;
    }

    public boolean containsAll(Collection<?> c) {
        return CU.containsAll(this, c);
    }

    public boolean removeAll(Collection<?> c) {
        return CU.removeAll(this, c, false);
    }

    public boolean retainAll(Collection<?> c) {
        return CU.removeAll(this, c, true);
    }

    public <T> T[] toArray(T[] a) {
        return CU.toArray(toArray(), a);
    }

    public String toString() {
        return CU.toString(toArray(), this);
    }
}
