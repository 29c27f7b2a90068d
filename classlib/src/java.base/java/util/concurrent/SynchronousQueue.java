package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;

/**
 * A queue without capacity: each insert waits for a remove and vice versa.
 * Waiting producers and consumers are kept in lists on a private monitor
 * (FIFO if fair, else LIFO like the JDK's stack); a hand-off marks the
 * partner's node and wakes it.
 */
public class SynchronousQueue<E> extends AbstractQueueSupport<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final class Node {
        Object item;
        boolean matched;
        Node next;

        Node(Object item) {
            this.item = item;
        }
    }

    private final Object lock = new Object();
    private Node putHead, putTail; // waiting producers (item set)
    private Node takeHead, takeTail; // waiting consumers (item empty)

    /** Fair: waiting threads are matched FIFO; otherwise LIFO (most recent first), as in the JDK. */
    private final boolean fair;

    public SynchronousQueue() {
        this(false);
    }

    public SynchronousQueue(boolean fair) {
        this.fair = fair;
    }

    private Node dequeueTaker() {
        Node n = takeHead;
        if (n != null) {
            takeHead = n.next;
            if (takeHead == null) takeTail = null;
            n.next = null;
        }
        return n;
    }

    private Node dequeuePutter() {
        Node n = putHead;
        if (n != null) {
            putHead = n.next;
            if (putHead == null) putTail = null;
            n.next = null;
        }
        return n;
    }

    private void unlinkPutter(Node x) {
        Node prev = null;
        for (Node p = putHead; p != null; prev = p, p = p.next) {
            if (p == x) {
                if (prev == null) putHead = p.next;
                else prev.next = p.next;
                if (putTail == p) putTail = prev;
                return;
            }
        }
    }

    private void unlinkTaker(Node x) {
        Node prev = null;
        for (Node p = takeHead; p != null; prev = p, p = p.next) {
            if (p == x) {
                if (prev == null) takeHead = p.next;
                else prev.next = p.next;
                if (takeTail == p) takeTail = prev;
                return;
            }
        }
    }

    /** nanos: < 0 wait forever, 0 no wait. */
    private boolean transfer(E e, long nanos) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            Node t = dequeueTaker();
            if (t != null) {
                t.item = e;
                t.matched = true;
                lock.notifyAll();
                return true;
            }
            if (nanos == 0) return false;
            Node me = new Node(e);
            if (putTail == null) putHead = putTail = me;
            else if (fair) putTail = putTail.next = me;
            else {
                me.next = putHead;
                putHead = me;
            }
            try {
                while (!me.matched) {
                    if (nanos < 0) lock.wait();
                    else if ((nanos = CU.awaitNanos(lock, nanos)) <= 0 && !me.matched) {
                        unlinkPutter(me);
                        return false;
                    }
                }
            } catch (InterruptedException ie) {
                if (me.matched) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                unlinkPutter(me);
                throw ie;
            }
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private E receive(long nanos) throws InterruptedException {
        synchronized (lock) {
            if (Thread.interrupted()) throw new InterruptedException();
            Node p = dequeuePutter();
            if (p != null) {
                p.matched = true;
                lock.notifyAll();
                return (E) p.item;
            }
            if (nanos == 0) return null;
            Node me = new Node(null);
            if (takeTail == null) takeHead = takeTail = me;
            else if (fair) takeTail = takeTail.next = me;
            else {
                me.next = takeHead;
                takeHead = me;
            }
            try {
                while (!me.matched) {
                    if (nanos < 0) lock.wait();
                    else if ((nanos = CU.awaitNanos(lock, nanos)) <= 0 && !me.matched) {
                        unlinkTaker(me);
                        return null;
                    }
                }
            } catch (InterruptedException ie) {
                if (me.matched) {
                    Thread.currentThread().interrupt();
                    return (E) me.item;
                }
                unlinkTaker(me);
                throw ie;
            }
            return (E) me.item;
        }
    }

    public void put(E e) throws InterruptedException {
        transfer(e, -1L);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return transfer(e, Math.max(0L, unit.toNanos(timeout)));
    }

    public boolean offer(E e) {
        try {
            return transfer(e, 0L);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public E take() throws InterruptedException {
        return receive(-1L);
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return receive(Math.max(0L, unit.toNanos(timeout)));
    }

    public E poll() {
        try {
            return receive(0L);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public boolean isEmpty() {
        return true;
    }

    public int size() {
        return 0;
    }

    public int remainingCapacity() {
        return 0;
    }

    public void clear() {}

    public boolean contains(Object o) {
        return false;
    }

    public boolean remove(Object o) {
        return false;
    }

    public E peek() {
        return null;
    }

    public Iterator<E> iterator() {
        return new PriorityBlockingQueue.SnapshotIterator<>(new Object[0], this);
    }

    public Object[] toArray() {
        return new Object[0];
    }

    public <T> T[] toArray(T[] a) {
        if (a.length > 0) a[0] = null;
        return a;
    }

    public String toString() {
        return "[]";
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == null) throw new NullPointerException();
        if (c == this) throw new IllegalArgumentException();
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) c.add(e);
        return n;
    }
}
