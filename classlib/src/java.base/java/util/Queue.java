package java.util;

public interface Queue<E> extends Collection<E> {
    boolean add(E e);

    boolean offer(E e);

    default E remove() {
        E x = poll();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    E poll();

    default E element() {
        E x = peek();
        if (x == null) throw new NoSuchElementException();
        return x;
    }

    E peek();
}
