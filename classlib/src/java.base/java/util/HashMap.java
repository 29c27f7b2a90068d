package java.util;

/** Chained hash table; bucket order and resize splitting follow the platform's documented layout. */
public class HashMap<K, V> implements Map<K, V> {
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;
        Node<K, V> before, after;

        Node(int hash, K key, V value) {
            this.hash = hash;
            this.key = key;
            this.value = value;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    Node<K, V>[] table;
    int size;
    int threshold;
    int modCount;
    private final int initialCapacity;

    public HashMap() {
        initialCapacity = 16;
    }

    public HashMap(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + capacity);
        int c = 1;
        while (c < capacity) c <<= 1;
        initialCapacity = c;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this(Math.max((int) (m.size() / 0.75f + 1.0f), 16));
        putAll(m);
    }

    static int hash(Object key) {
        int h;
        return key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    Node<K, V> find(Object key) {
        if (table == null) return null;
        int h = hash(key);
        for (Node<K, V> n = table[h & (table.length - 1)]; n != null; n = n.next) {
            if (n.hash == h && Objects.equals(n.key, key)) return n;
        }
        return null;
    }

    public V get(Object key) {
        Node<K, V> n = find(key);
        return n == null ? null : n.value;
    }

    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    @SuppressWarnings("unchecked")
    private void resize() {
        Node<K, V>[] old = table;
        int cap = old == null ? initialCapacity : old.length * 2;
        Node<K, V>[] t = (Node<K, V>[]) new Node[cap];
        if (old != null) {
            for (int j = 0; j < old.length; j++) {
                Node<K, V> loH = null, loT = null, hiH = null, hiT = null;
                for (Node<K, V> e = old[j], nx; e != null; e = nx) {
                    nx = e.next;
                    e.next = null;
                    if ((e.hash & old.length) == 0) {
                        if (loT == null) loH = e;
                        else loT.next = e;
                        loT = e;
                    } else {
                        if (hiT == null) hiH = e;
                        else hiT.next = e;
                        hiT = e;
                    }
                }
                t[j] = loH;
                t[j + old.length] = hiH;
            }
        }
        table = t;
        threshold = (int) (cap * 0.75f);
    }

    /** Hook for LinkedHashMap: a node was inserted. */
    void afterInsert(Node<K, V> n) {}

    /** Hook for LinkedHashMap: a node was removed. */
    void afterRemove(Node<K, V> n) {}

    public V put(K key, V value) {
        if (table == null) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> n = table[i], prev = null;
        for (; n != null; prev = n, n = n.next) {
            if (n.hash == h && Objects.equals(n.key, key)) {
                V old = n.value;
                n.value = value;
                return old;
            }
        }
        Node<K, V> node = new Node<>(h, key, value);
        if (prev == null) table[i] = node;
        else prev.next = node;
        modCount++;
        afterInsert(node);
        if (++size > threshold) resize();
        return null;
    }

    /** merge/compute insert at the head of the bin and resize first, as the platform's HashMap does. */
    private Node<K, V> insertHead(K key, V value) {
        if (table == null || size > threshold) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> n = new Node<>(h, key, value);
        n.next = table[i];
        table[i] = n;
        modCount++;
        size++;
        afterInsert(n);
        return n;
    }

    public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> fn) {
        if (value == null || fn == null) throw new NullPointerException();
        Node<K, V> n = find(key);
        if (n == null) {
            insertHead(key, value);
            return value;
        }
        V nv = n.value == null ? value : fn.apply(n.value, value);
        if (nv == null) remove(key);
        else n.value = nv;
        return nv;
    }

    public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> fn) {
        Node<K, V> n = find(key);
        if (n != null && n.value != null) return n.value;
        V v = fn.apply(key);
        if (v == null) return null;
        if (n != null) n.value = v;
        else insertHead(key, v);
        return v;
    }

    public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> fn) {
        Node<K, V> n = find(key);
        V nv = fn.apply(key, n == null ? null : n.value);
        if (n != null) {
            if (nv == null) remove(key);
            else n.value = nv;
        } else if (nv != null) {
            insertHead(key, nv);
        }
        return nv;
    }

    public V remove(Object key) {
        if (table == null) return null;
        int h = hash(key);
        int i = h & (table.length - 1);
        for (Node<K, V> n = table[i], prev = null; n != null; prev = n, n = n.next) {
            if (n.hash == h && Objects.equals(n.key, key)) {
                if (prev == null) table[i] = n.next;
                else prev.next = n.next;
                size--;
                modCount++;
                afterRemove(n);
                return n.value;
            }
        }
        return null;
    }

    public void clear() {
        if (table != null) {
            for (int i = 0; i < table.length; i++) table[i] = null;
        }
        size = 0;
        modCount++;
        afterRemove(null);
    }

    /** Iterates nodes in table order (LinkedHashMap overrides with insertion order). */
    Iterator<Node<K, V>> nodes() {
        return new Iterator<Node<K, V>>() {
            int idx;
            Node<K, V> next = advance(null);
            Node<K, V> last;
            int expected = modCount;

            private Node<K, V> advance(Node<K, V> from) {
                if (from != null && from.next != null) return from.next;
                if (table == null) return null;
                if (from != null) idx++;
                while (idx < table.length && table[idx] == null) idx++;
                return idx < table.length ? table[idx] : null;
            }

            public boolean hasNext() {
                return next != null;
            }

            public Node<K, V> next() {
                if (modCount != expected) throw new ConcurrentModificationException();
                if (next == null) throw new NoSuchElementException();
                last = next;
                next = advance(next);
                return last;
            }

            public void remove() {
                if (last == null) throw new IllegalStateException();
                HashMap.this.remove(last.key);
                last = null;
                expected = modCount;
            }
        };
    }

    public Set<K> keySet() {
        return new View<K>(0);
    }

    public Collection<V> values() {
        return new View<V>(1);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new View<Map.Entry<K, V>>(2);
    }

    private final class View<T> extends AbstractCollection<T> implements Set<T> {
        final int kind;

        View(int kind) {
            this.kind = kind;
        }

        public int size() {
            return size;
        }

        public boolean contains(Object o) {
            if (kind == 0) return containsKey(o);
            return super.contains(o);
        }

        public boolean remove(Object o) {
            if (kind == 0) {
                boolean had = containsKey(o);
                HashMap.this.remove(o);
                return had;
            }
            return super.remove(o);
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<T> iterator() {
            Iterator<Node<K, V>> it = nodes();
            return new Iterator<T>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                @SuppressWarnings("unchecked")
                public T next() {
                    Node<K, V> n = it.next();
                    return (T) (kind == 0 ? n.key : (kind == 1 ? n.value : n));
                }

                public void remove() {
                    it.remove();
                }
            };
        }
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size) return false;
        for (Map.Entry<K, V> e : entrySet()) {
            if (!Objects.equals(e.getValue(), m.get(e.getKey())) || !m.containsKey(e.getKey())) return false;
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) h += e.hashCode();
        return h;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<K, V> e : entrySet()) {
            if (!first) sb.append(", ");
            sb.append(e.getKey() == this ? "(this Map)" : e.getKey()).append('=')
                    .append(e.getValue() == this ? "(this Map)" : e.getValue());
            first = false;
        }
        return sb.append('}').toString();
    }
}
