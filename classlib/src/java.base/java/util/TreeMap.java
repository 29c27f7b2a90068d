package java.util;

/** A sorted map kept as two parallel sorted arrays (binary search; fine for small maps). */
public class TreeMap<K, V> implements Map<K, V> {
    private final Comparator<? super K> cmp;
    private final ArrayList<K> keys = new ArrayList<>();
    private final ArrayList<V> vals = new ArrayList<>();

    public TreeMap() {
        cmp = null;
    }

    public TreeMap(Comparator<? super K> cmp) {
        this.cmp = cmp;
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, K b) {
        return cmp != null ? cmp.compare((K) a, b) : ((Comparable<Object>) a).compareTo(b);
    }

    private int search(Object key) {
        if (key == null && cmp == null) throw new NullPointerException();
        int lo = 0, hi = keys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(key, keys.get(mid));
            if (c == 0) return mid;
            if (c > 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return -(lo + 1);
    }

    public int size() {
        return keys.size();
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public V get(Object key) {
        int i = search(key);
        return i >= 0 ? vals.get(i) : null;
    }

    public boolean containsKey(Object key) {
        return search(key) >= 0;
    }

    public V put(K key, V value) {
        int i = search(key);
        if (i >= 0) return vals.set(i, value);
        keys.add(-i - 1, key);
        vals.add(-i - 1, value);
        return null;
    }

    public V remove(Object key) {
        int i = search(key);
        if (i < 0) return null;
        keys.remove(i);
        return vals.remove(i);
    }

    public void clear() {
        keys.clear();
        vals.clear();
    }

    public K firstKey() {
        if (keys.isEmpty()) throw new NoSuchElementException();
        return keys.get(0);
    }

    public K lastKey() {
        if (keys.isEmpty()) throw new NoSuchElementException();
        return keys.get(keys.size() - 1);
    }

    public Set<K> keySet() {
        LinkedHashSet<K> s = new LinkedHashSet<>();
        s.addAll(keys);
        return s;
    }

    public Collection<V> values() {
        return new ArrayList<>(vals);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        LinkedHashSet<Map.Entry<K, V>> s = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            final int idx = i;
            s.add(new Map.Entry<K, V>() {
                public K getKey() {
                    return keys.get(idx);
                }

                public V getValue() {
                    return vals.get(idx);
                }

                public V setValue(V v) {
                    return vals.set(idx, v);
                }

                public String toString() {
                    return getKey() + "=" + getValue();
                }
            });
        }
        return s;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(keys.get(i)).append('=').append(vals.get(i));
        }
        return sb.append('}').toString();
    }
}
