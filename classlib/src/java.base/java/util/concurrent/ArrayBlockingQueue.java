package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A bounded FIFO blocking queue. Mote keeps the elements in the same linked
 * engine as LinkedBlockingQueue (see LinkedCore); the fairness flag is recorded
 * but waiting threads are not strictly FIFO.
 */
public class ArrayBlockingQueue<E> extends AbstractQueueSupport<E> implements BlockingQueue<E>, java.io.Serializable {
    private final LinkedCore<E> core;

    public ArrayBlockingQueue(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        core = new LinkedCore<>(capacity);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        this(capacity);
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (!offer(e)) throw new IllegalArgumentException();
        }
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

    public void put(E e) throws InterruptedException {
        core.put(e, false, -1L);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return core.put(e, false, Math.max(0L, unit.toNanos(timeout)));
    }

    public E take() throws InterruptedException {
        return core.take(true, -1L);
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return core.take(true, Math.max(0L, unit.toNanos(timeout)));
    }

    public int remainingCapacity() {
        return core.remaining();
    }

    public int drainTo(Collection<? super E> c) {
        return core.drainTo(c, Integer.MAX_VALUE, this);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        return core.drainTo(c, maxElements, this);
    }
}
