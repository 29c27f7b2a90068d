package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A sorted concurrent map. Mote's is not a skip list: it keeps keys and values
 * in two sorted arrays (binary search) guarded by a private monitor, which
 * gives the same results for one-at-a-time Java threads. Iterators work on a
 * snapshot (never throw ConcurrentModificationException); their remove()
 * removes from the map. Entries handed out are immutable snapshots. Not yet:
 * headMap/tailMap/subMap/descendingMap return sorted snapshot copies rather
 * than live views; NavigableMap, navigableKeySet and descendingKeySet (java.util
 * has no NavigableMap/NavigableSet yet).
 */
public class ConcurrentSkipListMap<K, V> implements ConcurrentNavigableMap<K, V>, Cloneable, java.io.Serializable {
    private final Object lock = new Object();
    final Comparator<? super K> comparator;
    private Object[] keys = new Object[8];
    private Object[] vals = new Object[8];
    private int size;

    public ConcurrentSkipListMap() {
        this.comparator = null;
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        this.comparator = null;
        putAll(m);
    }

    /** An immutable key/value pair, as handed out by this map. */
    static final class Entry<K, V> implements Map.Entry<K, V> {
        final K key;
        final V value;

        Entry(K key, V value) {
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
            throw new UnsupportedOperationException();
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    @SuppressWarnings("unchecked")
    final int cpr(Object a, Object b) {
        return comparator != null ? comparator.compare((K) a, (K) b) : ((Comparable<Object>) a).compareTo(b);
    }

    /** Index of key, or -(insertion point) - 1. Lock held. */
    private int search(Object key) {
        if (key == null) throw new NullPointerException();
        int lo = 0, hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = cpr(keys[mid], key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    private void insertAt(int i, Object k, Object v) {
        if (size == keys.length) {
            keys = CopyOnWriteArrayList.plain(keys, size * 2);
            vals = CopyOnWriteArrayList.plain(vals, size * 2);
        }
        System.arraycopy(keys, i, keys, i + 1, size - i);
        System.arraycopy(vals, i, vals, i + 1, size - i);
        keys[i] = k;
        vals[i] = v;
        size++;
    }

    private void removeAt(int i) {
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(vals, i + 1, vals, i, size - i - 1);
        size--;
        keys[size] = null;
        vals[size] = null;
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> entryAt(int i) {
        return (i < 0 || i >= size) ? null : new Entry<K, V>((K) keys[i], (V) vals[i]);
    }

    @SuppressWarnings("unchecked")
    private K keyAt(int i) {
        return (i < 0 || i >= size) ? null : (K) keys[i];
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        synchronized (lock) {
            int i = search(key);
            return i >= 0 ? (V) vals[i] : null;
        }
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    public boolean containsValue(Object value) {
        if (value == null) throw new NullPointerException();
        synchronized (lock) {
            for (int i = 0; i < size; i++) if (value.equals(vals[i])) return true;
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private V doPut(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) throw new NullPointerException();
        synchronized (lock) {
            if (size == 0 && comparator == null) cpr(key, key);
            int i = search(key);
            if (i >= 0) {
                V old = (V) vals[i];
                if (!onlyIfAbsent) vals[i] = value;
                return old;
            }
            insertAt(-(i + 1), key, value);
            return null;
        }
    }

    public V put(K key, V value) {
        return doPut(key, value, false);
    }

    public V putIfAbsent(K key, V value) {
        return doPut(key, value, true);
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        synchronized (lock) {
            int i = search(key);
            if (i < 0) return null;
            V old = (V) vals[i];
            removeAt(i);
            return old;
        }
    }

    public boolean remove(Object key, Object value) {
        if (key == null) throw new NullPointerException();
        synchronized (lock) {
            int i = search(key);
            if (i < 0 || value == null || !value.equals(vals[i])) return false;
            removeAt(i);
            return true;
        }
    }

    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) throw new NullPointerException();
        synchronized (lock) {
            int i = search(key);
            if (i < 0 || !oldValue.equals(vals[i])) return false;
            vals[i] = newValue;
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    public V replace(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        synchronized (lock) {
            int i = search(key);
            if (i < 0) return null;
            V old = (V) vals[i];
            vals[i] = value;
            return old;
        }
    }

    public int size() {
        synchronized (lock) {
            return size;
        }
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public void clear() {
        synchronized (lock) {
            keys = new Object[8];
            vals = new Object[8];
            size = 0;
        }
    }

    public Comparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        synchronized (lock) {
            if (size == 0) throw new NoSuchElementException();
            return keyAt(0);
        }
    }

    public K lastKey() {
        synchronized (lock) {
            if (size == 0) throw new NoSuchElementException();
            return keyAt(size - 1);
        }
    }

    public Map.Entry<K, V> firstEntry() {
        synchronized (lock) {
            return entryAt(0);
        }
    }

    public Map.Entry<K, V> lastEntry() {
        synchronized (lock) {
            return entryAt(size - 1);
        }
    }

    public Map.Entry<K, V> pollFirstEntry() {
        synchronized (lock) {
            Entry<K, V> e = entryAt(0);
            if (e != null) removeAt(0);
            return e;
        }
    }

    public Map.Entry<K, V> pollLastEntry() {
        synchronized (lock) {
            Entry<K, V> e = entryAt(size - 1);
            if (e != null) removeAt(size - 1);
            return e;
        }
    }

    /** Index of the greatest key < (or <=) key, or the least key > (or >=) key. */
    private int relative(Object key, boolean above, boolean inclusive) {
        int i = search(key);
        if (i >= 0) return inclusive ? i : (above ? i + 1 : i - 1);
        int ins = -(i + 1);
        return above ? ins : ins - 1;
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        synchronized (lock) {
            return entryAt(relative(key, true, true));
        }
    }

    public K ceilingKey(K key) {
        synchronized (lock) {
            return keyAt(relative(key, true, true));
        }
    }

    public Map.Entry<K, V> higherEntry(K key) {
        synchronized (lock) {
            return entryAt(relative(key, true, false));
        }
    }

    public K higherKey(K key) {
        synchronized (lock) {
            return keyAt(relative(key, true, false));
        }
    }

    public Map.Entry<K, V> floorEntry(K key) {
        synchronized (lock) {
            return entryAt(relative(key, false, true));
        }
    }

    public K floorKey(K key) {
        synchronized (lock) {
            return keyAt(relative(key, false, true));
        }
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        synchronized (lock) {
            return entryAt(relative(key, false, false));
        }
    }

    public K lowerKey(K key) {
        synchronized (lock) {
            return keyAt(relative(key, false, false));
        }
    }

    /** A sorted copy of the entries from index lo (inclusive) to hi (exclusive). */
    private ConcurrentSkipListMap<K, V> copyRange(int lo, int hi) {
        ConcurrentSkipListMap<K, V> m = new ConcurrentSkipListMap<K, V>(comparator);
        for (int i = lo; i < hi; i++) m.insertAt(m.size, keys[i], vals[i]);
        return m;
    }

    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        synchronized (lock) {
            return copyRange(0, relative(toKey, false, inclusive) + 1);
        }
    }

    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        synchronized (lock) {
            return copyRange(relative(fromKey, true, inclusive), size);
        }
    }

    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (cpr(fromKey, toKey) > 0) throw new IllegalArgumentException("inconsistent range");
        synchronized (lock) {
            int lo = relative(fromKey, true, fromInclusive);
            int hi = relative(toKey, false, toInclusive) + 1;
            return copyRange(lo, Math.max(lo, hi));
        }
    }

    @SuppressWarnings("unchecked")
    public ConcurrentNavigableMap<K, V> descendingMap() {
        Comparator<? super K> c = comparator;
        Comparator<K> rev = (a, b) -> c != null ? c.compare(b, a) : ((Comparable<Object>) b).compareTo(a);
        synchronized (lock) {
            ConcurrentSkipListMap<K, V> m = new ConcurrentSkipListMap<K, V>(rev);
            for (int i = size - 1; i >= 0; i--) m.insertAt(m.size, keys[i], vals[i]);
            return m;
        }
    }

    public ConcurrentSkipListMap<K, V> clone() {
        synchronized (lock) {
            return copyRange(0, size);
        }
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        for (Object o : snapshot()) {
            @SuppressWarnings("unchecked")
            Entry<K, V> e = (Entry<K, V>) o;
            action.accept(e.key, e.value);
        }
    }

    /** The entries now, in key order. */
    final Object[] snapshot() {
        synchronized (lock) {
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) r[i] = entryAt(i);
            return r;
        }
    }

    /** The kinds of snapshot iterators: keys, values, entries. */
    final class Itr<T> implements Iterator<T> {
        private final Object[] snap = snapshot();
        private final int kind;
        private int cursor;
        private Entry<K, V> last;

        Itr(int kind) {
            this.kind = kind;
        }

        public boolean hasNext() {
            return cursor < snap.length;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            if (cursor >= snap.length) throw new NoSuchElementException();
            Entry<K, V> e = (Entry<K, V>) snap[cursor++];
            last = e;
            return (T) (kind == 0 ? e.key : kind == 1 ? e.value : e);
        }

        public void remove() {
            if (last == null) throw new IllegalStateException();
            ConcurrentSkipListMap.this.remove(last.key);
            last = null;
        }
    }

    abstract class View<T> extends java.util.AbstractCollection<T> {
        public int size() {
            return ConcurrentSkipListMap.this.size();
        }

        public void clear() {
            ConcurrentSkipListMap.this.clear();
        }

        public <A> A[] toArray(A[] a) {
            return CU.toArray(toArray(), a);
        }

        public boolean containsAll(Collection<?> c) {
            return CU.containsAll(this, c);
        }

        public boolean removeAll(Collection<?> c) {
            return CU.removeAll(this, c, false);
        }

        public boolean retainAll(Collection<?> c) {
            return CU.removeAll(this, c, true);
        }

        public boolean addAll(Collection<? extends T> c) {
            throw new UnsupportedOperationException();
        }
    }

    final class KeySet extends View<K> implements Set<K> {
        public Iterator<K> iterator() {
            return new Itr<K>(0);
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object o) {
            return ConcurrentSkipListMap.this.remove(o) != null;
        }

        public boolean equals(Object o) {
            return o instanceof Set && ((Set<?>) o).size() == size() && containsAll((Set<?>) o);
        }

        public int hashCode() {
            int h = 0;
            for (K k : this) h += k.hashCode();
            return h;
        }
    }

    final class Values extends View<V> {
        public Iterator<V> iterator() {
            return new Itr<V>(1);
        }
    }

    final class EntrySet extends View<Map.Entry<K, V>> implements Set<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return new Itr<Map.Entry<K, V>>(2);
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            V v = get(e.getKey());
            return v != null && v.equals(e.getValue());
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return ConcurrentSkipListMap.this.remove(e.getKey(), e.getValue());
        }

        public boolean equals(Object o) {
            return o instanceof Set && ((Set<?>) o).size() == size() && containsAll((Set<?>) o);
        }

        public int hashCode() {
            int h = 0;
            for (Map.Entry<K, V> e : this) h += e.hashCode();
            return h;
        }
    }

    public Set<K> keySet() {
        return new KeySet();
    }

    public Collection<V> values() {
        return new Values();
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySet();
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> m = (Map<?, ?>) o;
        Object[] snap = snapshot();
        if (m.size() != snap.length) return false;
        for (Object x : snap) {
            Entry<?, ?> e = (Entry<?, ?>) x;
            if (!e.value.equals(m.get(e.key))) return false;
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (Object x : snapshot()) h += x.hashCode();
        return h;
    }

    public String toString() {
        Object[] snap = snapshot();
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < snap.length; i++) {
            Entry<?, ?> e = (Entry<?, ?>) snap[i];
            if (i > 0) sb.append(", ");
            sb.append(e.key == this ? "(this Map)" : e.key).append('=').append(e.value == this ? "(this Map)" : e.value);
        }
        return sb.append('}').toString();
    }
}
