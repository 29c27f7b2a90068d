package java.util;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E> {
    private Object[] items = new Object[16];
    private int head, size;

    public ArrayDeque() {}

    public int size() {
        return size;
    }

    private void grow() {
        if (size == items.length) {
            Object[] n = new Object[items.length * 2];
            for (int i = 0; i < size; i++) n[i] = items[(head + i) % items.length];
            items = n;
            head = 0;
        }
    }

    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        grow();
        head = (head - 1 + items.length) % items.length;
        items[head] = e;
        size++;
    }

    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        grow();
        items[(head + size) % items.length] = e;
        size++;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (size == 0) return null;
        E e = (E) items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        size--;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (size == 0) return null;
        int i = (head + size - 1) % items.length;
        E e = (E) items[i];
        items[i] = null;
        size--;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return size == 0 ? null : (E) items[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        return size == 0 ? null : (E) items[(head + size - 1) % items.length];
    }

    public boolean add(E e) {
        addLast(e);
        return true;
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
        if (size == 0) throw new NoSuchElementException();
        return pollFirst();
    }

    public void clear() {
        while (size > 0) pollFirst();
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int i;

            public boolean hasNext() {
                return i < size;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (i >= size) throw new NoSuchElementException();
                return (E) items[(head + i++) % items.length];
            }
        };
    }
}
