package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** An optionally bounded blocking deque (see LinkedCore for the design). */
public class LinkedBlockingDeque<E> extends AbstractQueueSupport<E> implements BlockingDeque<E>, java.io.Serializable {
    private final LinkedCore<E> core;

    public LinkedBlockingDeque() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingDeque(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        core = new LinkedCore<>(capacity);
    }

    public LinkedBlockingDeque(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) throw new NullPointerException();
            if (!offerLast(e)) throw new IllegalStateException("Deque full");
        }
    }

    public int size() {
        return core.size();
    }

    public boolean isEmpty() {
        return core.size() == 0;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public E remove() {
        return removeFirst();
    }

    public E element() {
        return getFirst();
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

    public void putFirst(E e) throws InterruptedException {
        core.put(e, true, -1L);
    }

    public void putLast(E e) throws InterruptedException {
        core.put(e, false, -1L);
    }

    public boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return core.put(e, true, Math.max(0L, unit.toNanos(timeout)));
    }

    public boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return core.put(e, false, Math.max(0L, unit.toNanos(timeout)));
    }

    public E takeFirst() throws InterruptedException {
        return core.take(true, -1L);
    }

    public E takeLast() throws InterruptedException {
        return core.take(false, -1L);
    }

    public E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
        return core.take(true, Math.max(0L, unit.toNanos(timeout)));
    }

    public E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
        return core.take(false, Math.max(0L, unit.toNanos(timeout)));
    }
}
