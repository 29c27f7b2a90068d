package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An unbounded thread-safe FIFO queue. The JDK's is lock-free; Mote's guards a
 * linked list with a monitor (see LinkedCore), with the same weakly consistent
 * iterators.
 */
public class ConcurrentLinkedQueue<E> extends AbstractQueueSupport<E> implements java.io.Serializable {
    private final LinkedCore<E> core = new LinkedCore<>(Integer.MAX_VALUE);

    public ConcurrentLinkedQueue() {}

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            offer(e);
        }
    }

    public boolean add(E e) {
        return offer(e);
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
}
