package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.Deque;

/**
 * An unbounded thread-safe deque. The JDK's is lock-free; Mote's guards a
 * linked list with a monitor (see LinkedCore), with the same weakly consistent
 * iterators.
 */
public class ConcurrentLinkedDeque<E> extends AbstractQueueSupport<E> implements Deque<E>, java.io.Serializable {
    private final LinkedCore<E> core = new LinkedCore<>(Integer.MAX_VALUE);

    public ConcurrentLinkedDeque() {}

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            offerLast(e);
        }
    }

    public boolean add(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E element() {
        return getFirst();
    }

    public int size() {
        return core.size();
    }

    public boolean isEmpty() {
        return core.size() == 0;
    }

    public boolean offer(E e) {
        return core.offer(e, false);
    }

    public E poll() {
        return core.poll(true);
    }

    public E peek() {
        return core.peek(true);
    }

    public boolean remove(Object o) {
        return core.removeOccurrence(o, true);
    }

    public boolean contains(Object o) {
        return core.contains(o);
    }

    public void clear() {
        core.clear();
    }

    public Object[] toArray() {
        return core.toArray();
    }

    public Iterator<E> iterator() {
        return core.iterator(true);
    }

    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) throw new NullPointerException();
        return core.removeIfItem(filter);
    }

    public void forEach(Consumer<? super E> action) {
        if (action == null) throw new NullPointerException();
        for (Object o : core.toArray()) action.accept(cast(o));
    }

    @SuppressWarnings("unchecked")
    private static <E> E cast(Object o) {
        return (E) o;
    }

    public void addFirst(E e) {
        if (!offerFirst(e)) throw new IllegalStateException("Deque full");
    }

    public void addLast(E e) {
        if (!offerLast(e)) throw new IllegalStateException("Deque full");
    }

    public boolean offerFirst(E e) {
        return core.offer(e, true);
    }

    public boolean offerLast(E e) {
        return core.offer(e, false);
    }

    public E removeFirst() {
        E x = pollFirst();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public E removeLast() {
        E x = pollLast();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public E pollFirst() {
        return core.poll(true);
    }

    public E pollLast() {
        return core.poll(false);
    }

    public E getFirst() {
        E x = peekFirst();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public E getLast() {
        E x = peekLast();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    public E peekFirst() {
        return core.peek(true);
    }

    public E peekLast() {
        return core.peek(false);
    }

    public boolean removeFirstOccurrence(Object o) {
        return core.removeOccurrence(o, true);
    }

    public boolean removeLastOccurrence(Object o) {
        return core.removeOccurrence(o, false);
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public Iterator<E> descendingIterator() {
        return core.iterator(false);
    }
}
