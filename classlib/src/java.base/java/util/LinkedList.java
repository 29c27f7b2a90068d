package java.util;

public class LinkedList<E> extends AbstractCollection<E> implements List<E>, Deque<E> {
    private static final class Node<E> {
        E item;
        Node<E> prev, next;

        Node(E item) {
            this.item = item;
        }
    }

    private Node<E> first, last;
    private int size;

    public LinkedList() {}

    public int size() {
        return size;
    }

    private Node<E> node(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        Node<E> n = first;
        for (int i = 0; i < index; i++) n = n.next;
        return n;
    }

    private void unlink(Node<E> n) {
        if (n.prev == null) first = n.next;
        else n.prev.next = n.next;
        if (n.next == null) last = n.prev;
        else n.next.prev = n.prev;
        size--;
    }

    public E get(int index) {
        return node(index).item;
    }

    public E set(int index, E e) {
        Node<E> n = node(index);
        E old = n.item;
        n.item = e;
        return old;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public void add(int index, E e) {
        if (index == size) {
            addLast(e);
            return;
        }
        Node<E> at = node(index);
        Node<E> n = new Node<>(e);
        n.next = at;
        n.prev = at.prev;
        if (at.prev == null) first = n;
        else at.prev.next = n;
        at.prev = n;
        size++;
    }

    public E remove(int index) {
        Node<E> n = node(index);
        unlink(n);
        return n.item;
    }

    public int indexOf(Object o) {
        int i = 0;
        for (Node<E> n = first; n != null; n = n.next, i++) {
            if (Objects.equals(o, n.item)) return i;
        }
        return -1;
    }

    public void addFirst(E e) {
        Node<E> n = new Node<>(e);
        n.next = first;
        if (first == null) last = n;
        else first.prev = n;
        first = n;
        size++;
    }

    public void addLast(E e) {
        Node<E> n = new Node<>(e);
        n.prev = last;
        if (last == null) first = n;
        else last.next = n;
        last = n;
        size++;
    }

    public E pollFirst() {
        if (first == null) return null;
        Node<E> n = first;
        unlink(n);
        return n.item;
    }

    public E pollLast() {
        if (last == null) return null;
        Node<E> n = last;
        unlink(n);
        return n.item;
    }

    public E peekFirst() {
        return first == null ? null : first.item;
    }

    public E peekLast() {
        return last == null ? null : last.item;
    }

    public E getFirst() {
        if (first == null) throw new NoSuchElementException();
        return first.item;
    }

    public E getLast() {
        if (last == null) throw new NoSuchElementException();
        return last.item;
    }

    public E removeFirst() {
        if (first == null) throw new NoSuchElementException();
        return pollFirst();
    }

    public E removeLast() {
        if (last == null) throw new NoSuchElementException();
        return pollLast();
    }

    public boolean offer(E e) {
        addLast(e);
        return true;
    }

    public E poll() {
        return pollFirst();
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

    public void clear() {
        first = last = null;
        size = 0;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            Node<E> next = first, lastRet;

            public boolean hasNext() {
                return next != null;
            }

            public E next() {
                if (next == null) throw new NoSuchElementException();
                lastRet = next;
                next = next.next;
                return lastRet.item;
            }

            public void remove() {
                if (lastRet == null) throw new IllegalStateException();
                unlink(lastRet);
                lastRet = null;
            }
        };
    }
}
