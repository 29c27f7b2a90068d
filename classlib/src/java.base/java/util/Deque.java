package java.util;

public interface Deque<E> extends Queue<E> {
    void addFirst(E e);

    void addLast(E e);

    default boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    default boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    default E removeFirst() {
        E x = pollFirst();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    default E removeLast() {
        E x = pollLast();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    E pollFirst();

    E pollLast();

    default E getFirst() {
        E x = peekFirst();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    default E getLast() {
        E x = peekLast();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    E peekFirst();

    E peekLast();

    default boolean removeFirstOccurrence(Object o) {
        for (Iterator<E> it = iterator(); it.hasNext(); ) {
            if (Objects.equals(o, it.next())) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    default boolean removeLastOccurrence(Object o) {
        for (Iterator<E> it = descendingIterator(); it.hasNext(); ) {
            if (Objects.equals(o, it.next())) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    boolean add(E e);

    boolean offer(E e);

    E poll();

    E peek();

    void push(E e);

    E pop();

    boolean remove(Object o);

    boolean contains(Object o);

    int size();

    Iterator<E> iterator();

    default Iterator<E> descendingIterator() {
        Object[] snapshot = toArray();
        return new Iterator<E>() {
            int i = snapshot.length;

            public boolean hasNext() {
                return i > 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (i <= 0) throw new NoSuchElementException();
                return (E) snapshot[--i];
            }
        };
    }
}
