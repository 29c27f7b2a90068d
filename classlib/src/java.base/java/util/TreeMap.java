package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/** Red-black tree map with the full NavigableMap API (views share the tree). */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    private final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size;
    transient int modCount;

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        buildFromSorted(m.size(), m.entrySet().iterator());
    }

    public void putAll(Map<? extends K, ? extends V> map) {
        int mapSize = map.size();
        if (size == 0 && mapSize != 0 && map instanceof SortedMap
                && Objects.equals(comparator, ((SortedMap<?, ?>) map).comparator())) {
            ++modCount;
            buildFromSorted(mapSize, map.entrySet().iterator());
            return;
        }
        super.putAll(map);
    }

    /** Adds the keys of a sorted set with the same ordering to this empty map (TreeSet.addAll). */
    void addAllSorted(SortedSet<? extends K> set, V value) {
        ++modCount;
        Iterator<? extends K> it = set.iterator();
        buildFromSorted(set.size(), new Iterator<Map.Entry<K, V>>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public Map.Entry<K, V> next() {
                return new AbstractMap.SimpleImmutableEntry<>(it.next(), value);
            }
        });
    }

    /**
     * Builds a balanced tree from size entries in ascending order, without comparisons: the
     * middle element is the root, recursively; nodes on the deepest (possibly incomplete) level
     * are red, all others black.
     */
    @SuppressWarnings("unchecked")
    private void buildFromSorted(int n, Iterator<? extends Map.Entry<? extends K, ? extends V>> it) {
        size = n;
        int redLevel = 0;
        for (int m = n - 1; m >= 0; m = m / 2 - 1) redLevel++;
        root = build(0, 0, n - 1, redLevel, (Iterator<Map.Entry<K, V>>) (Iterator<?>) it);
    }

    private Entry<K, V> build(int level, int lo, int hi, int redLevel, Iterator<Map.Entry<K, V>> it) {
        if (hi < lo) return null;
        int mid = (lo + hi) >>> 1;
        Entry<K, V> left = null;
        if (lo < mid) left = build(level + 1, lo, mid - 1, redLevel, it);
        Map.Entry<K, V> e = it.next();
        Entry<K, V> middle = new Entry<>(e.getKey(), e.getValue(), null);
        if (level == redLevel) middle.black = false;
        if (left != null) {
            middle.left = left;
            left.parent = middle;
        }
        if (mid < hi) {
            Entry<K, V> right = build(level + 1, mid + 1, hi, redLevel, it);
            middle.right = right;
            right.parent = middle;
        }
        return middle;
    }

    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean black = true;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        public boolean equals(Object o) {
            return AbstractMap.entryEquals(key, value, o);
        }

        public int hashCode() {
            return AbstractMap.entryHash(key, value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        if (comparator != null) return comparator.compare((K) k1, (K) k2);
        if (k1 == null)
            throw new NullPointerException(
                    "Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because \"k1\" is null");
        return ((Comparable<Object>) k1).compareTo(k2);
    }

    public int size() {
        return size;
    }

    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            if (Collections.eq(value, e.value)) return true;
        }
        return false;
    }

    public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return p == null ? null : p.value;
    }

    public Comparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        return key(getFirstEntry());
    }

    public K lastKey() {
        return key(getLastEntry());
    }

    @SuppressWarnings("unchecked")
    final Entry<K, V> getEntry(Object key) {
        Entry<K, V> p = root;
        if (comparator == null) {
            Comparable<Object> k = (Comparable<Object>) Objects.requireNonNull(key);
            while (p != null) {
                int c = k.compareTo(p.key);
                if (c < 0) p = p.left;
                else if (c > 0) p = p.right;
                else return p;
            }
            return null;
        }
        Comparator<? super K> cmp = comparator;
        while (p != null) {
            int c = cmp.compare((K) key, p.key);
            if (c < 0) p = p.left;
            else if (c > 0) p = p.right;
            else return p;
        }
        return null;
    }

    final Entry<K, V> getCeilingEntry(Object key) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                best = p;
                p = p.left;
            } else if (c > 0) p = p.right;
            else return p;
        }
        return best;
    }

    final Entry<K, V> getFloorEntry(Object key) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c > 0) {
                best = p;
                p = p.right;
            } else if (c < 0) p = p.left;
            else return p;
        }
        return best;
    }

    final Entry<K, V> getHigherEntry(Object key) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            if (compare(key, p.key) < 0) {
                best = p;
                p = p.left;
            } else p = p.right;
        }
        return best;
    }

    final Entry<K, V> getLowerEntry(Object key) {
        Entry<K, V> p = root, best = null;
        while (p != null) {
            if (compare(key, p.key) > 0) {
                best = p;
                p = p.right;
            } else p = p.left;
        }
        return best;
    }

    public V put(K key, V value) {
        return put(key, value, true);
    }

    private V put(K key, V value, boolean replaceOld) {
        Entry<K, V> t = root;
        if (t == null) {
            compare(key, key);
            root = new Entry<>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        Entry<K, V> parent;
        int c;
        Comparator<? super K> cmp = comparator;
        @SuppressWarnings("unchecked")
        Comparable<Object> natural = cmp == null ? (Comparable<Object>) Objects.requireNonNull(key) : null;
        do {
            parent = t;
            c = natural != null ? natural.compareTo(t.key) : cmp.compare(key, t.key);
            if (c < 0) t = t.left;
            else if (c > 0) t = t.right;
            else {
                V old = t.value;
                if (replaceOld || old == null) t.value = value;
                return old;
            }
        } while (t != null);
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (c < 0) parent.left = e;
        else parent.right = e;
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    public V putIfAbsent(K key, V value) {
        return put(key, value, false);
    }

    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) return null;
        V old = p.value;
        deleteEntry(p);
        return old;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> clone;
        try {
            clone = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        clone.root = null;
        clone.size = 0;
        clone.modCount = 0;
        clone.entrySetView = null;
        clone.navKeySet = null;
        clone.descMap = null;
        clone.keySet = null;
        clone.values = null;
        clone.buildFromSorted(size, entrySet().iterator());
        return clone;
    }

    public Map.Entry<K, V> firstEntry() {
        return exportEntry(getFirstEntry());
    }

    public Map.Entry<K, V> lastEntry() {
        return exportEntry(getLastEntry());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        Entry<K, V> p = getFirstEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) deleteEntry(p);
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Entry<K, V> p = getLastEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) deleteEntry(p);
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return exportEntry(getLowerEntry(key));
    }

    public K lowerKey(K key) {
        return keyOrNull(getLowerEntry(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return exportEntry(getFloorEntry(key));
    }

    public K floorKey(K key) {
        return keyOrNull(getFloorEntry(key));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return exportEntry(getCeilingEntry(key));
    }

    public K ceilingKey(K key) {
        return keyOrNull(getCeilingEntry(key));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return exportEntry(getHigherEntry(key));
    }

    public K higherKey(K key) {
        return keyOrNull(getHigherEntry(key));
    }

    private transient Set<Map.Entry<K, V>> entrySetView;
    private transient KeySet<K> navKeySet;
    private transient NavigableMap<K, V> descMap;

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        KeySet<K> nks = navKeySet;
        return nks != null ? nks : (navKeySet = new KeySet<>(this));
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    Iterator<Map.Entry<K, V>> it = new EntryIterator<>(TreeMap.this, getFirstEntry(), UNBOUNDED, false);
                    return new Iterator<V>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public V next() {
                            return it.next().getValue();
                        }

                        public void remove() {
                            it.remove();
                        }
                    };
                }

                public int size() {
                    return TreeMap.this.size();
                }

                public boolean contains(Object o) {
                    return TreeMap.this.containsValue(o);
                }

                public boolean remove(Object o) {
                    for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
                        if (Collections.eq(e.getValue(), o)) {
                            deleteEntry(e);
                            return true;
                        }
                    }
                    return false;
                }

                public void clear() {
                    TreeMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new EntryIterator<>(TreeMap.this, getFirstEntry(), UNBOUNDED, false);
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Entry<K, V> p = getEntry(entry.getKey());
                    return p != null && Collections.eq(p.getValue(), entry.getValue());
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Entry<K, V> p = getEntry(entry.getKey());
                    if (p != null && Collections.eq(p.getValue(), entry.getValue())) {
                        deleteEntry(p);
                        return true;
                    }
                    return false;
                }

                public int size() {
                    return TreeMap.this.size();
                }

                public void clear() {
                    TreeMap.this.clear();
                }
            };
            entrySetView = es;
        }
        return es;
    }

    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> km = descMap;
        return km != null ? km : (descMap = new SubMap<>(this, true, null, true, true, null, true, true));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new SubMap<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new SubMap<>(this, true, null, true, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new SubMap<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Entry<K, V> p = getEntry(key);
        if (p != null && Objects.equals(oldValue, p.value)) {
            p.value = newValue;
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Entry<K, V> p = getEntry(key);
        if (p != null) {
            V old = p.value;
            p.value = value;
            return old;
        }
        return null;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expected != modCount) throw new ConcurrentModificationException();
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expected = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            if (expected != modCount) throw new ConcurrentModificationException();
        }
    }

    // ---- iterators ----

    static final Object UNBOUNDED = new Object();

    /** Iterates entries from first until the entry whose key is fenceKey (by identity). */
    static final class EntryIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        final TreeMap<K, V> m;
        Entry<K, V> next;
        Entry<K, V> lastReturned;
        int expectedModCount;
        final Object fenceKey;
        final boolean descending;

        EntryIterator(TreeMap<K, V> m, Entry<K, V> first, Entry<K, V> fence, boolean descending) {
            this(m, first, fence == null ? UNBOUNDED : fence.key, descending);
        }

        EntryIterator(TreeMap<K, V> m, Entry<K, V> first, Object fenceKey, boolean descending) {
            this.m = m;
            this.expectedModCount = m.modCount;
            this.next = first;
            this.fenceKey = fenceKey;
            this.descending = descending;
        }

        public boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        public Map.Entry<K, V> next() {
            Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) throw new NoSuchElementException();
            if (m.modCount != expectedModCount) throw new ConcurrentModificationException();
            next = descending ? predecessor(e) : successor(e);
            lastReturned = e;
            return e;
        }

        public void remove() {
            if (lastReturned == null) throw new IllegalStateException();
            if (m.modCount != expectedModCount) throw new ConcurrentModificationException();
            if (!descending && lastReturned.left != null && lastReturned.right != null) next = lastReturned;
            m.deleteEntry(lastReturned);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }

    static final class KeyIterator<K> implements Iterator<K> {
        private final Iterator<? extends Map.Entry<K, ?>> it;

        KeyIterator(Iterator<? extends Map.Entry<K, ?>> it) {
            this.it = it;
        }

        public boolean hasNext() {
            return it.hasNext();
        }

        public K next() {
            return it.next().getKey();
        }

        public void remove() {
            it.remove();
        }
    }

    Iterator<K> keyIterator() {
        return new KeyIterator<>(new EntryIterator<>(this, getFirstEntry(), UNBOUNDED, false));
    }

    Iterator<K> descendingKeyIterator() {
        return new KeyIterator<>(new EntryIterator<>(this, getLastEntry(), UNBOUNDED, true));
    }

    // ---- key set (shared by the map and its views) ----

    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> map) {
            m = map;
        }

        @SuppressWarnings("unchecked")
        public Iterator<E> iterator() {
            if (m instanceof TreeMap) return ((TreeMap<E, ?>) m).keyIterator();
            return ((SubMap<E, ?>) m).keyIterator();
        }

        @SuppressWarnings("unchecked")
        public Iterator<E> descendingIterator() {
            if (m instanceof TreeMap) return ((TreeMap<E, ?>) m).descendingKeyIterator();
            return ((SubMap<E, ?>) m).descendingKeyIterator();
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        public void clear() {
            m.clear();
        }

        public E lower(E e) {
            return m.lowerKey(e);
        }

        public E floor(E e) {
            return m.floorKey(e);
        }

        public E ceiling(E e) {
            return m.ceilingKey(e);
        }

        public E higher(E e) {
            return m.higherKey(e);
        }

        public E first() {
            return m.firstKey();
        }

        public E last() {
            return m.lastKey();
        }

        public Comparator<? super E> comparator() {
            return m.comparator();
        }

        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return e == null ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return e == null ? null : e.getKey();
        }

        public boolean remove(Object o) {
            int oldSize = size();
            m.remove(o);
            return size() != oldSize;
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<>(m.headMap(toElement, inclusive));
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<>(m.tailMap(fromElement, inclusive));
        }

        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }
    }

    // ---- range views ----

    static final class SubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
        final TreeMap<K, V> m;
        final K lo;
        final K hi;
        final boolean fromStart;
        final boolean toEnd;
        final boolean loInclusive;
        final boolean hiInclusive;
        final boolean descending;

        SubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
                boolean hiInclusive, boolean descending) {
            if (!fromStart && !toEnd) {
                if (m.compare(lo, hi) > 0) throw new IllegalArgumentException("fromKey > toKey");
            } else {
                if (!fromStart) m.compare(lo, lo);
                if (!toEnd) m.compare(hi, hi);
            }
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                if (c < 0 || (c == 0 && !loInclusive)) return true;
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                if (c > 0 || (c == 0 && !hiInclusive)) return true;
            }
            return false;
        }

        final boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        final boolean inClosedRange(Object key) {
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        final boolean inRange(Object key, boolean inclusive) {
            return inclusive ? inRange(key) : inClosedRange(key);
        }

        final TreeMap.Entry<K, V> absLowest() {
            TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry() : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo));
            return e == null || tooHigh(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> absHighest() {
            TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry() : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi));
            return e == null || tooLow(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> absCeiling(K key) {
            if (tooLow(key)) return absLowest();
            TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
            return e == null || tooHigh(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> absHigher(K key) {
            if (tooLow(key)) return absLowest();
            TreeMap.Entry<K, V> e = m.getHigherEntry(key);
            return e == null || tooHigh(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> absFloor(K key) {
            if (tooHigh(key)) return absHighest();
            TreeMap.Entry<K, V> e = m.getFloorEntry(key);
            return e == null || tooLow(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> absLower(K key) {
            if (tooHigh(key)) return absHighest();
            TreeMap.Entry<K, V> e = m.getLowerEntry(key);
            return e == null || tooLow(e.key) ? null : e;
        }

        final TreeMap.Entry<K, V> absHighFence() {
            return toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi));
        }

        final TreeMap.Entry<K, V> absLowFence() {
            return fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo));
        }

        final TreeMap.Entry<K, V> subLowest() {
            return descending ? absHighest() : absLowest();
        }

        final TreeMap.Entry<K, V> subHighest() {
            return descending ? absLowest() : absHighest();
        }

        final TreeMap.Entry<K, V> subCeiling(K key) {
            return descending ? absFloor(key) : absCeiling(key);
        }

        final TreeMap.Entry<K, V> subHigher(K key) {
            return descending ? absLower(key) : absHigher(key);
        }

        final TreeMap.Entry<K, V> subFloor(K key) {
            return descending ? absCeiling(key) : absFloor(key);
        }

        final TreeMap.Entry<K, V> subLower(K key) {
            return descending ? absHigher(key) : absLower(key);
        }

        Iterator<Map.Entry<K, V>> entryIterator() {
            if (descending) return new EntryIterator<>(m, absHighest(), absLowFence(), true);
            return new EntryIterator<>(m, absLowest(), absHighFence(), false);
        }

        Iterator<Map.Entry<K, V>> descendingEntryIterator() {
            if (descending) return new EntryIterator<>(m, absLowest(), absHighFence(), false);
            return new EntryIterator<>(m, absHighest(), absLowFence(), true);
        }

        Iterator<K> keyIterator() {
            return new KeyIterator<>(entryIterator());
        }

        Iterator<K> descendingKeyIterator() {
            return new KeyIterator<>(descendingEntryIterator());
        }

        private transient int cachedSize = -1;
        private transient int cachedSizeModCount;

        public boolean isEmpty() {
            if (fromStart && toEnd) return m.isEmpty();
            TreeMap.Entry<K, V> n = absLowest();
            return n == null || tooHigh(n.key);
        }

        /** Counts the entries in range; the count is reused until the map changes. */
        public int size() {
            if (fromStart && toEnd) return m.size();
            if (cachedSize == -1 || cachedSizeModCount != m.modCount) {
                cachedSizeModCount = m.modCount;
                int n = 0;
                for (Iterator<Map.Entry<K, V>> it = entryIterator(); it.hasNext(); it.next()) n++;
                cachedSize = n;
            }
            return cachedSize;
        }

        public final boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        public final V put(K key, V value) {
            if (!inRange(key)) throw new IllegalArgumentException("key out of range");
            return m.put(key, value);
        }

        public V putIfAbsent(K key, V value) {
            if (!inRange(key)) throw new IllegalArgumentException("key out of range");
            return m.putIfAbsent(key, value);
        }

        public final V get(Object key) {
            return !inRange(key) ? null : m.get(key);
        }

        public final V remove(Object key) {
            return !inRange(key) ? null : m.remove(key);
        }

        public void clear() {
            if (fromStart && toEnd) {
                m.clear();
                return;
            }
            Iterator<Map.Entry<K, V>> it = entryIterator();
            while (it.hasNext()) {
                it.next();
                it.remove();
            }
        }

        public Comparator<? super K> comparator() {
            return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
        }

        public final Map.Entry<K, V> ceilingEntry(K key) {
            return exportEntry(subCeiling(key));
        }

        public final K ceilingKey(K key) {
            return keyOrNull(subCeiling(key));
        }

        public final Map.Entry<K, V> higherEntry(K key) {
            return exportEntry(subHigher(key));
        }

        public final K higherKey(K key) {
            return keyOrNull(subHigher(key));
        }

        public final Map.Entry<K, V> floorEntry(K key) {
            return exportEntry(subFloor(key));
        }

        public final K floorKey(K key) {
            return keyOrNull(subFloor(key));
        }

        public final Map.Entry<K, V> lowerEntry(K key) {
            return exportEntry(subLower(key));
        }

        public final K lowerKey(K key) {
            return keyOrNull(subLower(key));
        }

        public final K firstKey() {
            return key(subLowest());
        }

        public final K lastKey() {
            return key(subHighest());
        }

        public final Map.Entry<K, V> firstEntry() {
            return exportEntry(subLowest());
        }

        public final Map.Entry<K, V> lastEntry() {
            return exportEntry(subHighest());
        }

        public final Map.Entry<K, V> pollFirstEntry() {
            TreeMap.Entry<K, V> e = subLowest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) m.deleteEntry(e);
            return result;
        }

        public final Map.Entry<K, V> pollLastEntry() {
            TreeMap.Entry<K, V> e = subHighest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) m.deleteEntry(e);
            return result;
        }

        public final NavigableSet<K> navigableKeySet() {
            return new KeySet<>(this);
        }

        public final Set<K> keySet() {
            return navigableKeySet();
        }

        public NavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        public NavigableMap<K, V> descendingMap() {
            return new SubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive)) throw new IllegalArgumentException("fromKey out of range");
            if (!inRange(toKey, toInclusive)) throw new IllegalArgumentException("toKey out of range");
            if (descending) return new SubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
            return new SubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive)) throw new IllegalArgumentException("toKey out of range");
            if (descending) return new SubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
            return new SubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive)) throw new IllegalArgumentException("fromKey out of range");
            if (descending) return new SubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
            return new SubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
        }

        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        public SortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        public SortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return entryIterator();
                }

                public int size() {
                    return SubMap.this.size();
                }

                public boolean isEmpty() {
                    return SubMap.this.isEmpty();
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Object key = entry.getKey();
                    if (!inRange(key)) return false;
                    TreeMap.Entry<K, V> node = m.getEntry(key);
                    return node != null && Collections.eq(node.getValue(), entry.getValue());
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) return false;
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Object key = entry.getKey();
                    if (!inRange(key)) return false;
                    TreeMap.Entry<K, V> node = m.getEntry(key);
                    if (node != null && Collections.eq(node.getValue(), entry.getValue())) {
                        m.deleteEntry(node);
                        return true;
                    }
                    return false;
                }
            };
        }
    }

    // ---- helpers ----

    static <K, V> Map.Entry<K, V> exportEntry(Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e);
    }

    static <K, V> K keyOrNull(Entry<K, V> e) {
        return e == null ? null : e.key;
    }

    static <K> K key(Entry<K, ?> e) {
        if (e == null) throw new NoSuchElementException();
        return e.key;
    }

    final Entry<K, V> getFirstEntry() {
        Entry<K, V> p = root;
        if (p != null) while (p.left != null) p = p.left;
        return p;
    }

    final Entry<K, V> getLastEntry() {
        Entry<K, V> p = root;
        if (p != null) while (p.right != null) p = p.right;
        return p;
    }

    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) return null;
        if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) p = p.left;
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) return null;
        if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) p = p.right;
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    // ---- red-black balancing (null children count as black) ----

    private static boolean isBlack(Entry<?, ?> p) {
        return p == null || p.black;
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return p == null ? null : p.parent;
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return p == null ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return p == null ? null : p.right;
    }

    private static void paint(Entry<?, ?> p, boolean black) {
        if (p != null) p.black = black;
    }

    private void rotateLeft(Entry<K, V> p) {
        if (p == null) return;
        Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) r.left.parent = p;
        r.parent = p.parent;
        if (p.parent == null) root = r;
        else if (p.parent.left == p) p.parent.left = r;
        else p.parent.right = r;
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Entry<K, V> p) {
        if (p == null) return;
        Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) l.right.parent = p;
        l.parent = p.parent;
        if (p.parent == null) root = l;
        else if (p.parent.right == p) p.parent.right = l;
        else p.parent.left = l;
        l.right = p;
        p.parent = l;
    }

    private void fixAfterInsertion(Entry<K, V> x) {
        x.black = false;
        while (x != null && x != root && !x.parent.black) {
            Entry<K, V> xp = parentOf(x);
            Entry<K, V> g = parentOf(xp);
            if (xp == leftOf(g)) {
                Entry<K, V> uncle = rightOf(g);
                if (!isBlack(uncle)) {
                    paint(xp, true);
                    paint(uncle, true);
                    paint(g, false);
                    x = g;
                } else {
                    if (x == rightOf(xp)) {
                        x = xp;
                        rotateLeft(x);
                    }
                    paint(parentOf(x), true);
                    paint(parentOf(parentOf(x)), false);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> uncle = leftOf(g);
                if (!isBlack(uncle)) {
                    paint(xp, true);
                    paint(uncle, true);
                    paint(g, false);
                    x = g;
                } else {
                    if (x == leftOf(xp)) {
                        x = xp;
                        rotateRight(x);
                    }
                    paint(parentOf(x), true);
                    paint(parentOf(parentOf(x)), false);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.black = true;
    }

    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) root = replacement;
            else if (p == p.parent.left) p.parent.left = replacement;
            else p.parent.right = replacement;
            p.left = p.right = p.parent = null;
            if (p.black) fixAfterDeletion(replacement);
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.black) fixAfterDeletion(p);
            if (p.parent != null) {
                if (p == p.parent.left) p.parent.left = null;
                else if (p == p.parent.right) p.parent.right = null;
                p.parent = null;
            }
        }
    }

    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && isBlack(x)) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (!isBlack(sib)) {
                    paint(sib, true);
                    paint(parentOf(x), false);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (isBlack(leftOf(sib)) && isBlack(rightOf(sib))) {
                    paint(sib, false);
                    x = parentOf(x);
                } else {
                    if (isBlack(rightOf(sib))) {
                        paint(leftOf(sib), true);
                        paint(sib, false);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    paint(sib, isBlack(parentOf(x)));
                    paint(parentOf(x), true);
                    paint(rightOf(sib), true);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (!isBlack(sib)) {
                    paint(sib, true);
                    paint(parentOf(x), false);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (isBlack(rightOf(sib)) && isBlack(leftOf(sib))) {
                    paint(sib, false);
                    x = parentOf(x);
                } else {
                    if (isBlack(leftOf(sib))) {
                        paint(rightOf(sib), true);
                        paint(sib, false);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    paint(sib, isBlack(parentOf(x)));
                    paint(parentOf(x), true);
                    paint(leftOf(sib), true);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        paint(x, true);
    }
}
