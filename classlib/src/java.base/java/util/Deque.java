package java.util;

public interface Deque<E> extends Queue<E> {
    void addFirst(E e);

    void addLast(E e);

    E pollFirst();

    E pollLast();

    E peekFirst();

    E peekLast();

    void push(E e);

    E pop();
}
