package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An unbounded FIFO queue in which producers may wait for their element to be
 * received (transfer). Mote keeps the elements in LinkedCore (a monitor-guarded
 * linked list); a transferred element is appended and its producer waits
 * until a consumer has removed it.
 */
public class LinkedTransferQueue<E> extends AbstractQueueSupport<E> implements TransferQueue<E>, java.io.Serializable {
    private final LinkedCore<E> core = new LinkedCore<>(Integer.MAX_VALUE);

    public LinkedTransferQueue() {}

    public LinkedTransferQueue(Collection<? extends E> c) {
        for (E e : c) offer(e);
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        return core.offer(e, false);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    public void put(E e) {
        offer(e);
    }

    public boolean tryTransfer(E e) {
        if (e == null) throw new NullPointerException();
        synchronized (core) {
            if (core.waitingTakers <= core.size()) return false;
            return core.offer(e, false);
        }
    }

    public void transfer(E e) throws InterruptedException {
        core.transfer(e, -1L);
    }

    public boolean tryTransfer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return core.transfer(e, Math.max(0L, unit.toNanos(timeout)));
    }

    public boolean hasWaitingConsumer() {
        return getWaitingConsumerCount() > 0;
    }

    public int getWaitingConsumerCount() {
        synchronized (core) {
            return core.waitingTakers;
        }
    }

    public E take() throws InterruptedException {
        return core.take(true, -1L);
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return core.take(true, Math.max(0L, unit.toNanos(timeout)));
    }

    public E poll() {
        return core.poll(true);
    }

    public E peek() {
        return core.peek(true);
    }

    public int size() {
        return core.size();
    }

    public boolean isEmpty() {
        return core.size() == 0;
    }

    public int remainingCapacity() {
        return Integer.MAX_VALUE;
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

    public int drainTo(Collection<? super E> c) {
        return core.drainTo(c, Integer.MAX_VALUE, this);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        return core.drainTo(c, maxElements, this);
    }

    public boolean removeIf(Predicate<? super E> filter) {
        if (filter == null) throw new NullPointerException();
        return core.removeIfItem(filter);
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        if (action == null) throw new NullPointerException();
        for (Object o : core.toArray()) action.accept((E) o);
    }
}
