package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Legacy synchronized hash table: buckets chosen by (hash & 0x7FFFFFFF) % capacity, new entries at
 * the head of their bucket, capacity 2n+1 on rehash, iteration from the last bucket down (HotSpot order).
 */
@SuppressWarnings("unchecked")
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private transient Entry<?, ?>[] table;
    private transient int count;
    private int threshold;
    private float loadFactor;
    private transient int modCount = 0;

    private static final String KEY_NPE = "Cannot invoke \"Object.hashCode()\" because \"key\" is null";

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            if (value == null) throw new NullPointerException();
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            return AbstractMap.entryEquals(key, value, o);
        }

        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        public String toString() {
            return key.toString() + "=" + value.toString();
        }
    }

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        if (initialCapacity == 0) initialCapacity = 1;
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    private static int hashOf(Object key) {
        if (key == null) throw new NullPointerException(KEY_NPE);
        return key.hashCode();
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized Enumeration<K> keys() {
        Iterator<Entry<K, V>> it = new Itr();
        return new Enumeration<K>() {
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            public K nextElement() {
                return it.next().key;
            }
        };
    }

    public synchronized Enumeration<V> elements() {
        Iterator<Entry<K, V>> it = new Itr();
        return new Enumeration<V>() {
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            public V nextElement() {
                return it.next().value;
            }
        };
    }

    public synchronized boolean contains(Object value) {
        if (value == null) throw new NullPointerException();
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0; ) {
            for (Entry<?, ?> e = tab[i]; e != null; e = e.next) {
                if (e.value.equals(value)) return true;
            }
        }
        return false;
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    public synchronized boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    private Entry<K, V> getEntry(Object key) {
        int hash = hashOf(key);
        Entry<?, ?>[] tab = table;
        int index = (hash & 0x7FFFFFFF) % tab.length;
        for (Entry<?, ?> e = tab[index]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) return (Entry<K, V>) e;
        }
        return null;
    }

    public synchronized V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    protected void rehash() {
        int oldCapacity = table.length;
        Entry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0; ) {
            for (Entry<K, V> old = (Entry<K, V>) oldMap[i]; old != null; ) {
                Entry<K, V> e = old;
                old = old.next;
                int index = (e.hash & 0x7FFFFFFF) % newCapacity;
                e.next = (Entry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    private void addEntry(int hash, K key, V value) {
        Entry<?, ?>[] tab = table;
        if (count >= threshold) {
            rehash();
            tab = table;
            hash = key.hashCode();
        }
        int index = (hash & 0x7FFFFFFF) % tab.length;
        tab[index] = new Entry<>(hash, key, value, (Entry<K, V>) tab[index]);
        count++;
        modCount++;
    }

    public synchronized V put(K key, V value) {
        if (value == null) throw new NullPointerException();
        int hash = hashOf(key);
        Entry<?, ?>[] tab = table;
        int index = (hash & 0x7FFFFFFF) % tab.length;
        for (Entry<K, V> e = (Entry<K, V>) tab[index]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        addEntry(hash, key, value);
        return null;
    }

    public synchronized V remove(Object key) {
        int hash = hashOf(key);
        Entry<?, ?>[] tab = table;
        int index = (hash & 0x7FFFFFFF) % tab.length;
        Entry<K, V> prev = null;
        for (Entry<K, V> e = (Entry<K, V>) tab[index]; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                if (prev != null) prev.next = e.next;
                else tab[index] = e.next;
                modCount++;
                count--;
                V old = e.value;
                e.value = null;
                return old;
            }
        }
        return null;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) put(e.getKey(), e.getValue());
    }

    public synchronized void clear() {
        Entry<?, ?>[] tab = table;
        for (int index = tab.length; --index >= 0; ) tab[index] = null;
        modCount++;
        count = 0;
    }

    public synchronized Object clone() {
        try {
            Hashtable<K, V> t = (Hashtable<K, V>) super.clone();
            t.table = new Entry<?, ?>[table.length];
            for (int i = table.length; i-- > 0; ) {
                Entry<K, V> copyHead = null, copyTail = null;
                for (Entry<K, V> e = (Entry<K, V>) table[i]; e != null; e = e.next) {
                    Entry<K, V> c = new Entry<>(e.hash, e.key, e.value, null);
                    if (copyTail == null) copyHead = c;
                    else copyTail.next = c;
                    copyTail = c;
                }
                t.table[i] = copyHead;
            }
            t.keySet = null;
            t.entrySet = null;
            t.values = null;
            t.modCount = 0;
            return t;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public synchronized String toString() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) return "{}";
        StringBuilder sb = new StringBuilder("{");
        while (true) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key.toString());
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value.toString());
            if (!it.hasNext()) return sb.append('}').toString();
            sb.append(", ");
        }
    }

    /** Walks buckets from the last one down, each chain from its head. */
    private class Itr implements Iterator<Entry<K, V>> {
        final Entry<?, ?>[] tab = table;
        int index = tab.length;
        Entry<K, V> entry;
        Entry<K, V> lastReturned;
        int expectedModCount = modCount;

        public boolean hasNext() {
            Entry<K, V> e = entry;
            int i = index;
            while (e == null && i > 0) e = (Entry<K, V>) tab[--i];
            entry = e;
            index = i;
            return e != null;
        }

        public Entry<K, V> next() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            Entry<K, V> et = entry;
            int i = index;
            while (et == null && i > 0) et = (Entry<K, V>) tab[--i];
            entry = et;
            index = i;
            if (et != null) {
                Entry<K, V> e = lastReturned = entry;
                entry = e.next;
                return e;
            }
            throw new NoSuchElementException("Hashtable Enumerator");
        }

        public void remove() {
            if (lastReturned == null) throw new IllegalStateException("Hashtable Enumerator");
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            synchronized (Hashtable.this) {
                Hashtable.this.remove(lastReturned.key);
                expectedModCount = modCount;
                lastReturned = null;
            }
        }
    }

    private transient volatile Set<K> keySet;
    private transient volatile Set<Map.Entry<K, V>> entrySet;
    private transient volatile Collection<V> values;

    public Set<K> keySet() {
        if (keySet == null) {
            keySet = Collections.synchronizedSet(new AbstractSet<K>() {
                public Iterator<K> iterator() {
                    Iterator<Entry<K, V>> it = new Itr();
                    return new Iterator<K>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public K next() {
                            return it.next().key;
                        }

                        public void remove() {
                            it.remove();
                        }
                    };
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsKey(o);
                }

                public boolean remove(Object o) {
                    return Hashtable.this.remove(o) != null;
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            });
        }
        return keySet;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null) {
            entrySet = Collections.synchronizedSet(new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    Iterator<Entry<K, V>> it = new Itr();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public Map.Entry<K, V> next() {
                            return it.next();
                        }

                        public void remove() {
                            it.remove();
                        }
                    };
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Entry<K, V> mine = getEntry(e.getKey());
                    return mine != null && mine.equals(e);
                }

                public boolean remove(Object o) {
                    if (!contains(o)) return false;
                    Hashtable.this.remove(((Map.Entry<?, ?>) o).getKey());
                    return true;
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            });
        }
        return entrySet;
    }

    public Collection<V> values() {
        if (values == null) {
            values = Collections.synchronizedCollection(new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    Iterator<Entry<K, V>> it = new Itr();
                    return new Iterator<V>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public V next() {
                            return it.next().value;
                        }

                        public void remove() {
                            it.remove();
                        }
                    };
                }

                public int size() {
                    return count;
                }

                public boolean contains(Object o) {
                    return containsValue(o);
                }

                public void clear() {
                    Hashtable.this.clear();
                }
            });
        }
        return values;
    }

    public synchronized boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> t = (Map<?, ?>) o;
        if (t.size() != size()) return false;
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (!value.equals(t.get(key))) return false;
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    public synchronized int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) h += e.hashCode();
        return h;
    }

    public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return result == null ? defaultValue : result;
    }

    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (Map.Entry<K, V> e : entrySet()) {
            action.accept(e.getKey(), e.getValue());
            if (expected != modCount) throw new ConcurrentModificationException();
        }
    }

    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Map.Entry<K, V> e : entrySet()) e.setValue(Objects.requireNonNull(function.apply(e.getKey(), e.getValue())));
    }

    public synchronized V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        V old = get(key);
        if (old == null) put(key, value);
        return old;
    }

    public synchronized boolean remove(Object key, Object value) {
        Objects.requireNonNull(value);
        Entry<K, V> e = getEntry(key);
        if (e != null && e.value.equals(value)) {
            remove(key);
            return true;
        }
        return false;
    }

    public synchronized boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        Entry<K, V> e = getEntry(key);
        if (e != null && e.value.equals(oldValue)) {
            e.value = newValue;
            return true;
        }
        return false;
    }

    public synchronized V replace(K key, V value) {
        Objects.requireNonNull(value);
        Entry<K, V> e = getEntry(key);
        if (e == null) return null;
        V old = e.value;
        e.value = value;
        return old;
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        V v = get(key);
        if (v != null) return v;
        int mc = modCount;
        V nv = mappingFunction.apply(key);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (nv != null) put(key, nv);
        return nv;
    }

    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V v = get(key);
        if (v == null) return null;
        int mc = modCount;
        V nv = remappingFunction.apply(key, v);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (nv == null) remove(key);
        else put(key, nv);
        return nv;
    }

    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V v = get(key);
        int mc = modCount;
        V nv = remappingFunction.apply(key, v);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (nv == null) {
            if (v != null) remove(key);
        } else {
            put(key, nv);
        }
        return nv;
    }

    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V v = get(key);
        if (v == null) {
            put(key, value);
            return value;
        }
        int mc = modCount;
        V nv = remappingFunction.apply(v, value);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (nv == null) remove(key);
        else put(key, nv);
        return nv;
    }
}
