package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The engine behind Mote's linked concurrent queues and deques: a doubly
 * linked list guarded by this object's monitor, with an optional capacity and
 * blocking operations (wait/notifyAll; blocked takers and putters are served
 * in arrival order, like HotSpot's condition queues). Iterators are weakly consistent: they
 * follow the links, skip removed nodes (item == null) and never throw
 * ConcurrentModificationException; removed nodes keep their links so an
 * iterator standing on one can continue.
 */
final class LinkedCore<E> {
    static final class Node<E> {
        E item;
        Node<E> prev, next;

        Node(E item) {
            this.item = item;
        }
    }

    final int capacity;
    private Node<E> first, last;
    private int count;
    /** Threads waiting in take (for LinkedTransferQueue). */
    int waitingTakers;
    /** Blocked consumers and producers are served in arrival order. */
    private final Tickets takers = new Tickets(), putters = new Tickets();

    LinkedCore(int capacity) {
        this.capacity = capacity;
    }

    synchronized int size() {
        return count;
    }

    synchronized int remaining() {
        return capacity - count;
    }

    private void linkFirst(E e) {
        Node<E> n = new Node<>(e);
        n.next = first;
        if (first == null) last = n;
        else first.prev = n;
        first = n;
        count++;
        notifyAll();
    }

    private void linkLast(E e) {
        Node<E> n = new Node<>(e);
        n.prev = last;
        if (last == null) first = n;
        else last.next = n;
        last = n;
        count++;
        notifyAll();
    }

    /** Unlinks n; its own links stay so iterators standing on it can move on. */
    private E unlink(Node<E> n) {
        E x = n.item;
        n.item = null;
        Node<E> p = n.prev, q = n.next;
        if (p == null) first = q;
        else p.next = q;
        if (q == null) last = p;
        else q.prev = p;
        count--;
        notifyAll();
        return x;
    }

    synchronized boolean offer(E e, boolean atFirst) {
        if (e == null) throw new NullPointerException();
        if (count >= capacity) return false;
        if (atFirst) linkFirst(e);
        else linkLast(e);
        return true;
    }

    /** nanos < 0: wait as long as needed. Returns false on timeout. */
    synchronized boolean put(E e, boolean atFirst, long nanos) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        if (Thread.interrupted()) throw new InterruptedException();
        if (count >= capacity || putters.waiting()) {
            long ticket = putters.draw();
            try {
                while (count >= capacity || !putters.isTurn(ticket)) {
                    if (nanos < 0) wait();
                    else if ((nanos = CU.awaitNanos(this, nanos)) <= 0
                            && (count >= capacity || !putters.isTurn(ticket))) return false;
                }
            } finally {
                putters.done(ticket);
                if (putters.waiting()) notifyAll();
            }
        }
        if (atFirst) linkFirst(e);
        else linkLast(e);
        return true;
    }

    synchronized E poll(boolean atFirst) {
        Node<E> n = atFirst ? first : last;
        return n == null ? null : unlink(n);
    }

    /** nanos < 0: wait as long as needed. Returns null on timeout. */
    synchronized E take(boolean atFirst, long nanos) throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
        if (count == 0 || takers.waiting()) {
            long ticket = takers.draw();
            waitingTakers++;
            try {
                while (count == 0 || !takers.isTurn(ticket)) {
                    if (nanos < 0) wait();
                    else if ((nanos = CU.awaitNanos(this, nanos)) <= 0 && (count == 0 || !takers.isTurn(ticket))) {
                        return null;
                    }
                }
            } finally {
                waitingTakers--;
                takers.done(ticket);
                if (takers.waiting()) notifyAll();
            }
        }
        return unlink(atFirst ? first : last);
    }

    /**
     * Appends e and waits until a consumer has removed it (nanos < 0: no
     * limit); on timeout or interrupt the element is withdrawn again.
     */
    synchronized boolean transfer(E e, long nanos) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        if (Thread.interrupted()) throw new InterruptedException();
        linkLast(e);
        Node<E> n = last;
        try {
            while (n.item != null) {
                if (nanos < 0) wait();
                else if ((nanos = CU.awaitNanos(this, nanos)) <= 0 && n.item != null) {
                    unlink(n);
                    return false;
                }
            }
            return true;
        } catch (InterruptedException ie) {
            if (n.item == null) {
                Thread.currentThread().interrupt();
                return true;
            }
            unlink(n);
            throw ie;
        }
    }

    synchronized E peek(boolean atFirst) {
        Node<E> n = atFirst ? first : last;
        return n == null ? null : n.item;
    }

    synchronized boolean removeOccurrence(Object o, boolean fromFirst) {
        if (o == null) return false;
        for (Node<E> n = fromFirst ? first : last; n != null; n = fromFirst ? n.next : n.prev) {
            if (o.equals(n.item)) {
                unlink(n);
                return true;
            }
        }
        return false;
    }

    synchronized boolean contains(Object o) {
        if (o == null) return false;
        for (Node<E> n = first; n != null; n = n.next) if (o.equals(n.item)) return true;
        return false;
    }

    synchronized void clear() {
        for (Node<E> n = first; n != null; n = n.next) n.item = null;
        first = last = null;
        count = 0;
        notifyAll();
    }

    synchronized Object[] toArray() {
        Object[] a = new Object[count];
        int i = 0;
        for (Node<E> n = first; n != null; n = n.next) a[i++] = n.item;
        return a;
    }

    int drainTo(Collection<? super E> c, int max, Object self) {
        if (c == null) throw new NullPointerException();
        if (c == self) throw new IllegalArgumentException();
        if (max <= 0) return 0;
        int n = 0;
        synchronized (this) {
            while (n < max && first != null) {
                c.add(first.item);
                unlink(first);
                n++;
            }
        }
        return n;
    }

    synchronized boolean removeIfItem(java.util.function.Predicate<? super E> filter) {
        boolean removed = false;
        for (Node<E> n = first; n != null; n = n.next) {
            if (n.item != null && filter.test(n.item)) {
                unlink(n);
                removed = true;
            }
        }
        return removed;
    }

    synchronized Node<E> start(boolean ascending) {
        return ascending ? first : last;
    }

    synchronized void remove(Node<E> n) {
        if (n.item != null) unlink(n);
    }

    Iterator<E> iterator(boolean ascending) {
        return new Itr(ascending);
    }

    private final class Itr implements Iterator<E> {
        private final boolean ascending;
        private Node<E> next;
        private E nextItem;
        private Node<E> lastRet;

        Itr(boolean ascending) {
            this.ascending = ascending;
            synchronized (LinkedCore.this) {
                advance(start(ascending));
            }
        }

        /** Moves to the first live node from n on (caller holds the monitor). */
        private void advance(Node<E> n) {
            while (n != null && n.item == null) n = ascending ? n.next : n.prev;
            next = n;
            nextItem = n == null ? null : n.item;
        }

        public boolean hasNext() {
            return next != null;
        }

        public E next() {
            Node<E> n = next;
            if (n == null) throw new NoSuchElementException();
            E x = nextItem;
            lastRet = n;
            synchronized (LinkedCore.this) {
                advance(ascending ? n.next : n.prev);
            }
            return x;
        }

        public void remove() {
            Node<E> n = lastRet;
            if (n == null) throw new IllegalStateException();
            lastRet = null;
            LinkedCore.this.remove(n);
        }
    }
}
