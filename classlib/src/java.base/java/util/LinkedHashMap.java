package java.util;

public class LinkedHashMap<K, V> extends HashMap<K, V> {
    private Node<K, V> head, tail;

    public LinkedHashMap() {}

    public LinkedHashMap(int capacity) {
        super(capacity);
    }

    void afterInsert(Node<K, V> n) {
        n.before = tail;
        if (tail == null) head = n;
        else tail.after = n;
        tail = n;
    }

    void afterRemove(Node<K, V> n) {
        if (n == null) {
            head = tail = null;
            return;
        }
        if (n.before == null) head = n.after;
        else n.before.after = n.after;
        if (n.after == null) tail = n.before;
        else n.after.before = n.before;
    }

    Iterator<Node<K, V>> nodes() {
        return new Iterator<Node<K, V>>() {
            Node<K, V> next = head, last;

            public boolean hasNext() {
                return next != null;
            }

            public Node<K, V> next() {
                if (next == null) throw new NoSuchElementException();
                last = next;
                next = next.after;
                return last;
            }

            public void remove() {
                LinkedHashMap.this.remove(last.key);
            }
        };
    }
}
