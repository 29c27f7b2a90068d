import java.util.Iterator;

public class MyLinkedList<T> implements Iterable<T> {
    private static final class Node<T> {
        T val;
        Node<T> next;

        Node(T v, Node<T> n) {
            val = v;
            next = n;
        }
    }

    private Node<T> head;
    private int size;

    void push(T v) {
        head = new Node<>(v, head);
        size++;
    }

    T pop() {
        if (head == null) throw new IllegalStateException("empty");
        T v = head.val;
        head = head.next;
        size--;
        return v;
    }

    void reverse() {
        Node<T> prev = null, cur = head;
        while (cur != null) {
            Node<T> nx = cur.next;
            cur.next = prev;
            prev = cur;
            cur = nx;
        }
        head = prev;
    }

    public Iterator<T> iterator() {
        return new Iterator<T>() {
            Node<T> cur = head;

            public boolean hasNext() {
                return cur != null;
            }

            public T next() {
                T v = cur.val;
                cur = cur.next;
                return v;
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (T t : this) sb.append(sb.length() > 1 ? ", " : "").append(t);
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        MyLinkedList<String> l = new MyLinkedList<>();
        for (String s : "a b c d e".split(" ")) l.push(s);
        System.out.println(l + " " + l.size);
        l.reverse();
        System.out.println(l + " pop=" + l.pop());
        MyLinkedList<Integer> nums = new MyLinkedList<>();
        for (int i = 0; i < 10000; i++) nums.push(i);
        long s = 0;
        for (int x : nums) s += x;
        System.out.println(s);
        while (nums.size > 0) nums.pop();
        try {
            nums.pop();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
    }
}
