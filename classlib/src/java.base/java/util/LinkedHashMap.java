package java.util;

import java.util.function.Consumer;

public class LinkedHashMap<K, V> extends HashMap<K, V> implements Map<K, V> {
    static class Entry<K, V> extends HashMap.Node<K, V> {
        Entry<K, V> before;
        Entry<K, V> after;

        Entry(int hash, K key, V value, Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    transient Entry<K, V> head;
    transient Entry<K, V> tail;
    final boolean accessOrder;

    public LinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }

    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    public LinkedHashMap() {
        super();
        accessOrder = false;
    }

    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        super();
        accessOrder = false;
        putEntries(m, false);
    }

    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }

    private void linkLast(Entry<K, V> p) {
        Entry<K, V> last = tail;
        tail = p;
        if (last == null) head = p;
        else {
            p.before = last;
            last.after = p;
        }
    }

    /** Puts dst in src's place in the link order. */
    private void transferLinks(Entry<K, V> src, Entry<K, V> dst) {
        Entry<K, V> b = dst.before = src.before;
        Entry<K, V> a = dst.after = src.after;
        if (b == null) head = dst;
        else b.after = dst;
        if (a == null) tail = dst;
        else a.before = dst;
    }

    void resetForCopy() {
        super.resetForCopy();
        head = tail = null;
    }

    Node<K, V> makeNode(int hash, K key, V value, Node<K, V> e) {
        Entry<K, V> p = new Entry<>(hash, key, value, e);
        linkLast(p);
        return p;
    }

    Node<K, V> plainCopy(Node<K, V> p, Node<K, V> next) {
        Entry<K, V> q = (Entry<K, V>) p;
        Entry<K, V> t = new Entry<>(q.hash, q.key, q.value, next);
        transferLinks(q, t);
        return t;
    }

    TreeNode<K, V> makeTreeNode(int hash, K key, V value, Node<K, V> next) {
        TreeNode<K, V> p = new TreeNode<>(hash, key, value, next);
        linkLast(p);
        return p;
    }

    TreeNode<K, V> treeCopy(Node<K, V> p, Node<K, V> next) {
        Entry<K, V> q = (Entry<K, V>) p;
        TreeNode<K, V> t = new TreeNode<>(q.hash, q.key, q.value, next);
        transferLinks(q, t);
        return t;
    }

    void removed(Node<K, V> e) {
        Entry<K, V> p = (Entry<K, V>) e, b = p.before, a = p.after;
        p.before = p.after = null;
        if (b == null) head = a;
        else b.after = a;
        if (a == null) tail = b;
        else a.before = b;
    }

    void inserted(boolean evict) {
        Entry<K, V> first = head;
        if (evict && first != null && removeEldestEntry(first)) {
            K key = first.key;
            unlinkKey(hash(key), key, null, false, true);
        }
    }

    void touched(Node<K, V> e) {
        Entry<K, V> last = tail;
        if (accessOrder && last != e) {
            Entry<K, V> p = (Entry<K, V>) e, b = p.before, a = p.after;
            p.after = null;
            if (b == null) head = a;
            else b.after = a;
            if (a != null) a.before = b;
            else last = b;
            if (last == null) head = p;
            else {
                p.before = last;
                last.after = p;
            }
            tail = p;
            ++modCount;
        }
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = head; e != null; e = e.after) {
            V v = e.value;
            if (v == value || (value != null && value.equals(v))) return true;
        }
        return false;
    }

    public V get(Object key) {
        Node<K, V> e = nodeFor(key);
        if (e == null) return null;
        if (accessOrder) touched(e);
        return e.value;
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = nodeFor(key);
        if (e == null) return defaultValue;
        if (accessOrder) touched(e);
        return e.value;
    }

    public void clear() {
        super.clear();
        head = tail = null;
    }

    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    void forEachNode(Consumer<Node<K, V>> action) {
        int mc = modCount;
        for (Entry<K, V> e = head; e != null && modCount == mc; e = e.after) action.accept(e);
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    Iterator<Node<K, V>> nodeIterator() {
        return new LinkedHashIterator();
    }

    final class LinkedHashIterator implements Iterator<Node<K, V>> {
        Entry<K, V> next = head;
        Entry<K, V> current;
        int expectedModCount = modCount;

        public boolean hasNext() {
            return next != null;
        }

        public Node<K, V> next() {
            Entry<K, V> e = next;
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            if (e == null) throw new NoSuchElementException();
            current = e;
            next = e.after;
            return e;
        }

        public void remove() {
            Node<K, V> p = current;
            if (p == null) throw new IllegalStateException();
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            current = null;
            unlinkKey(p.hash, p.key, null, false, false);
            expectedModCount = modCount;
        }
    }
}
