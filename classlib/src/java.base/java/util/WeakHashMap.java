package java.util;

/**
 * Mote's WeakHashMap holds its keys strongly (no reference queues yet) but keeps HotSpot's table
 * layout and iteration order: supplemental hash, power-of-two table, head insertion, resize when
 * the size reaches the threshold, iteration from the last bucket down.
 */
@SuppressWarnings("unchecked")
public class WeakHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V> {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final Object NULL_KEY = new Object();

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final Object key;
        V value;
        final int hash;
        Entry<K, V> next;

        Entry(Object key, V value, int hash, Entry<K, V> next) {
            this.key = key;
            this.value = value;
            this.hash = hash;
            this.next = next;
        }

        public K getKey() {
            return (K) (key == NULL_KEY ? null : key);
        }

        public V getValue() {
            return value;
        }

        public V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry
                    && Objects.equals(getKey(), ((Map.Entry<?, ?>) o).getKey())
                    && Objects.equals(value, ((Map.Entry<?, ?>) o).getValue());
        }

        public int hashCode() {
            return AbstractMap.entryHash(getKey(), value);
        }

        public String toString() {
            return getKey() + "=" + getValue();
        }
    }

    private Entry<K, V>[] table;
    private int size;
    private int threshold;
    private final float loadFactor;
    int modCount;

    public WeakHashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Initial Capacity: " + initialCapacity);
        if (initialCapacity > MAXIMUM_CAPACITY) initialCapacity = MAXIMUM_CAPACITY;
        if (loadFactor <= 0 || Float.isNaN(loadFactor))
            throw new IllegalArgumentException("Illegal Load factor: " + loadFactor);
        int capacity = 1;
        while (capacity < initialCapacity) capacity <<= 1;
        table = new Entry[capacity];
        this.loadFactor = loadFactor;
        threshold = (int) (capacity * loadFactor);
    }

    public WeakHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public WeakHashMap() {
        this(16, 0.75f);
    }

    public WeakHashMap(Map<? extends K, ? extends V> m) {
        this(Math.max((int) (m.size() / 0.75f) + 1, 16), 0.75f);
        putAll(m);
    }

    private static Object maskNull(Object key) {
        return key == null ? NULL_KEY : key;
    }

    final int hash(Object k) {
        int h = k.hashCode();
        h ^= (h >>> 20) ^ (h >>> 12);
        return h ^ (h >>> 7) ^ (h >>> 4);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private Entry<K, V> getEntry(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        for (Entry<K, V> e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && (k == e.key || k.equals(e.key))) return e;
        }
        return null;
    }

    public V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    public V put(K key, V value) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = table;
        int i = h & (tab.length - 1);
        for (Entry<K, V> e = tab[i]; e != null; e = e.next) {
            if (h == e.hash && (k == e.key || k.equals(e.key))) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        modCount++;
        tab[i] = new Entry<>(k, value, h, tab[i]);
        if (++size >= threshold) resize(tab.length * 2);
        return null;
    }

    void resize(int newCapacity) {
        Entry<K, V>[] oldTable = table;
        if (oldTable.length == MAXIMUM_CAPACITY) {
            threshold = Integer.MAX_VALUE;
            return;
        }
        Entry<K, V>[] newTable = new Entry[newCapacity];
        transfer(oldTable, newTable);
        table = newTable;
        if (size >= threshold / 2) {
            threshold = (int) (newCapacity * loadFactor);
        } else {
            transfer(newTable, oldTable);
            table = oldTable;
        }
    }

    private void transfer(Entry<K, V>[] src, Entry<K, V>[] dest) {
        for (int j = 0; j < src.length; ++j) {
            Entry<K, V> e = src[j];
            src[j] = null;
            while (e != null) {
                Entry<K, V> next = e.next;
                int i = e.hash & (dest.length - 1);
                e.next = dest[i];
                dest[i] = e;
                e = next;
            }
        }
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) return;
        if (n > threshold) {
            int target = (int) (n / loadFactor + 1);
            if (target > MAXIMUM_CAPACITY) target = MAXIMUM_CAPACITY;
            int newCapacity = table.length;
            while (newCapacity < target) newCapacity <<= 1;
            if (newCapacity > table.length) resize(newCapacity);
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    public V remove(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = table;
        int i = h & (tab.length - 1);
        Entry<K, V> prev = tab[i];
        Entry<K, V> e = prev;
        while (e != null) {
            Entry<K, V> next = e.next;
            if (h == e.hash && (k == e.key || k.equals(e.key))) {
                modCount++;
                size--;
                if (prev == e) tab[i] = next;
                else prev.next = next;
                return e.value;
            }
            prev = e;
            e = next;
        }
        return null;
    }

    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    public boolean containsValue(Object value) {
        Entry<K, V>[] tab = table;
        for (int i = tab.length; i-- > 0; ) {
            for (Entry<K, V> e = tab[i]; e != null; e = e.next) {
                if (Collections.eq(value, e.value)) return true;
            }
        }
        return false;
    }

    private class HashIterator implements Iterator<Map.Entry<K, V>> {
        private int index = isEmpty() ? 0 : table.length;
        private Entry<K, V> entry;
        private Entry<K, V> lastReturned;
        private int expectedModCount = modCount;

        public boolean hasNext() {
            Entry<K, V>[] t = table;
            Entry<K, V> e = entry;
            int i = index;
            while (e == null && i > 0) e = t[--i];
            entry = e;
            index = i;
            return e != null;
        }

        public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            if (!hasNext()) throw new NoSuchElementException();
            lastReturned = entry;
            entry = entry.next;
            return lastReturned;
        }

        public void remove() {
            if (lastReturned == null) throw new IllegalStateException();
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            WeakHashMap.this.remove(lastReturned.getKey());
            expectedModCount = modCount;
            lastReturned = null;
        }
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new HashIterator();
            }

            public int size() {
                return WeakHashMap.this.size();
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Entry<K, V> candidate = getEntry(e.getKey());
                return candidate != null && candidate.equals(e);
            }

            public boolean remove(Object o) {
                if (!contains(o)) return false;
                WeakHashMap.this.remove(((Map.Entry<?, ?>) o).getKey());
                return true;
            }

            public void clear() {
                WeakHashMap.this.clear();
            }
        };
    }
}
