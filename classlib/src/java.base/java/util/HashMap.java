package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hash table with HotSpot-compatible iteration order: power-of-two tables, hash spreading
 * h ^ (h >>> 16), growTable at the load factor with order-preserving bin splits, and bins of
 * more than eight entries turned into red-black trees (tables of at least 64 slots) whose
 * linked order follows the same rules (tree root first, new nodes after their tree parent).
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return value;
        }

        public final String toString() {
            return key + "=" + value;
        }

        public final int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        public final V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        public final boolean equals(Object o) {
            if (o == this) return true;
            return o instanceof Map.Entry
                    && Objects.equals(key, ((Map.Entry<?, ?>) o).getKey())
                    && Objects.equals(value, ((Map.Entry<?, ?>) o).getValue());
        }
    }

    static final int hash(Object key) {
        int h;
        return key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    static final int powerOfTwoFor(int cap) {
        int n = cap <= 1 ? 0 : -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    transient Node<K, V>[] table;
    transient Set<Map.Entry<K, V>> entrySet;
    transient int size;
    transient int modCount;
    int threshold;
    final float loadFactor;

    public HashMap(int initialCapacity, float loadFactor) {
        int threshold = thresholdFor(initialCapacity);
        if (loadFactor <= 0 || Float.isNaN(loadFactor))
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        this.loadFactor = loadFactor;
        this.threshold = threshold;
    }

    // Not this(initialCapacity, DEFAULT_LOAD_FACTOR): the load factor's
    // message would make every image that sizes a HashMap keep float printing.
    public HashMap(int initialCapacity) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        this.threshold = thresholdFor(initialCapacity);
    }

    private static int thresholdFor(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        return powerOfTwoFor(Math.min(initialCapacity, MAXIMUM_CAPACITY));
    }

    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putEntries(m, false);
    }

    final void putEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                float ft = ((float) s / loadFactor) + 1.0F;
                int t = ft < (float) MAXIMUM_CAPACITY ? (int) ft : MAXIMUM_CAPACITY;
                if (t > threshold) threshold = powerOfTwoFor(t);
            } else if (s > threshold) {
                growTable();
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                K key = e.getKey();
                insert(hash(key), key, e.getValue(), false, evict);
            }
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public V get(Object key) {
        Node<K, V> e = nodeFor(key);
        return e == null ? null : e.value;
    }

    final Node<K, V> nodeFor(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) return null;
        int h = hash(key);
        Node<K, V> first = tab[(tab.length - 1) & h];
        if (first == null) return null;
        Object k;
        // the bin's first node is checked before anything else, tree bins included
        if (first.hash == h && ((k = first.key) == key || (key != null && key.equals(k)))) return first;
        Node<K, V> e = first.next;
        if (e == null) return null;
        if (first instanceof TreeNode) return TreeBins.lookup((TreeNode<K, V>) first, h, key);
        for (; e != null; e = e.next) {
            if (e.hash == h && ((k = e.key) == key || (key != null && key.equals(k)))) return e;
        }
        return null;
    }

    public boolean containsKey(Object key) {
        return nodeFor(key) != null;
    }

    public V put(K key, V value) {
        return insert(hash(key), key, value, false, true);
    }

    final V insert(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        int n;
        if (tab == null || (n = tab.length) == 0) n = (tab = growTable()).length;
        int i = (n - 1) & hash;
        Node<K, V> p = tab[i];
        Node<K, V> e;
        if (p == null) {
            tab[i] = makeNode(hash, key, value, null);
            e = null;
        } else {
            Object k;
            if (p.hash == hash && ((k = p.key) == key || (key != null && key.equals(k)))) {
                e = p;
            } else if (p instanceof TreeNode) {
                e = TreeBins.put(this, tab, (TreeNode<K, V>) p, hash, key, value);
            } else {
                for (int binCount = 0; ; ++binCount) {
                    if ((e = p.next) == null) {
                        p.next = makeNode(hash, key, value, null);
                        if (binCount >= TREEIFY_THRESHOLD - 1) growOrTreeify(tab, hash);
                        break;
                    }
                    if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) break;
                    p = e;
                }
            }
        }
        if (e != null) {
            V old = e.value;
            if (!onlyIfAbsent || old == null) e.value = value;
            touched(e);
            return old;
        }
        ++modCount;
        if (++size > threshold) growTable();
        inserted(evict);
        return null;
    }

    @SuppressWarnings("unchecked")
    final Node<K, V>[] growTable() {
        Node<K, V>[] oldTab = table;
        int oldCap = oldTab == null ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) newThr = oldThr << 1;
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE;
        }
        threshold = newThr;
        Node<K, V>[] newTab = (Node<K, V>[]) new Node[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; ++j) {
                Node<K, V> e = oldTab[j];
                if (e == null) continue;
                oldTab[j] = null;
                if (e.next == null) {
                    newTab[e.hash & (newCap - 1)] = e;
                } else if (e instanceof TreeNode) {
                    TreeBins.split(this, newTab, (TreeNode<K, V>) e, j, oldCap);
                } else {
                    Node<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
                    for (Node<K, V> x = e, nx; x != null; x = nx) {
                        nx = x.next;
                        if ((x.hash & oldCap) == 0) {
                            if (loTail == null) loHead = x;
                            else loTail.next = x;
                            loTail = x;
                        } else {
                            if (hiTail == null) hiHead = x;
                            else hiTail.next = x;
                            hiTail = x;
                        }
                    }
                    if (loTail != null) {
                        loTail.next = null;
                        newTab[j] = loHead;
                    }
                    if (hiTail != null) {
                        hiTail.next = null;
                        newTab[j + oldCap] = hiHead;
                    }
                }
            }
        }
        return newTab;
    }

    final void growOrTreeify(Node<K, V>[] tab, int hash) {
        int n;
        if (tab == null || (n = tab.length) < MIN_TREEIFY_CAPACITY) {
            growTable();
            return;
        }
        int index = (n - 1) & hash;
        Node<K, V> e = tab[index];
        if (e == null) return;
        TreeNode<K, V> hd = null, tl = null;
        do {
            TreeNode<K, V> p = treeCopy(e, null);
            if (tl == null) hd = p;
            else {
                p.prev = tl;
                tl.next = p;
            }
            tl = p;
        } while ((e = e.next) != null);
        tab[index] = hd;
        TreeBins.build(tab, hd);
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        putEntries(m, true);
    }

    public V remove(Object key) {
        Node<K, V> e = unlinkKey(hash(key), key, null, false, true);
        return e == null ? null : e.value;
    }

    final Node<K, V> unlinkKey(int hash, Object key, Object value, boolean matchValue, boolean movable) {
        Node<K, V>[] tab = table;
        int n;
        if (tab == null || (n = tab.length) == 0) return null;
        int index = (n - 1) & hash;
        Node<K, V> p = tab[index];
        if (p == null) return null;
        Node<K, V> node = null;
        Object k;
        if (p.hash == hash && ((k = p.key) == key || (key != null && key.equals(k)))) {
            node = p;
        } else if (p.next != null) {
            if (p instanceof TreeNode) {
                node = TreeBins.lookup((TreeNode<K, V>) p, hash, key);
            } else {
                for (Node<K, V> e = p.next; e != null; p = e, e = e.next) {
                    if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                        node = e;
                        break;
                    }
                }
            }
        }
        if (node == null) return null;
        Object v = node.value;
        if (matchValue && !(v == value || (value != null && value.equals(v)))) return null;
        if (node instanceof TreeNode) TreeBins.remove(this, tab, (TreeNode<K, V>) node, movable);
        else if (node == p) tab[index] = node.next;
        else p.next = node.next;
        ++modCount;
        --size;
        removed(node);
        return node;
    }

    public void clear() {
        Node<K, V>[] tab = table;
        modCount++;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; ++i) tab[i] = null;
        }
    }

    public boolean containsValue(Object value) {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (Node<K, V> e : tab) {
                for (; e != null; e = e.next) {
                    V v = e.value;
                    if (v == value || (value != null && value.equals(v))) return true;
                }
            }
        }
        return false;
    }

    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) keySet = ks = new KeySet();
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) values = vs = new Values();
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) entrySet = es = new EntrySet();
        return es;
    }

    /** Visits every node in iteration order (table order or, for LinkedHashMap, link order). */
    void forEachNode(Consumer<Node<K, V>> action) {
        Node<K, V>[] tab = table;
        if (size > 0 && tab != null) {
            int mc = modCount;
            for (int i = 0; i < tab.length && modCount == mc; ++i) {
                for (Node<K, V> e = tab[i]; e != null; e = e.next) action.accept(e);
            }
            if (modCount != mc) throw new ConcurrentModificationException();
        }
    }

    Iterator<Node<K, V>> nodeIterator() {
        return new HashIterator();
    }

    final class KeySet extends AbstractSet<K> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<K> iterator() {
            Iterator<Node<K, V>> it = nodeIterator();
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

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object key) {
            return unlinkKey(hash(key), key, null, false, true) != null;
        }

        public void forEach(Consumer<? super K> action) {
            Objects.requireNonNull(action);
            forEachNode(e -> action.accept(e.key));
        }
    }

    final class Values extends AbstractCollection<V> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        public Iterator<V> iterator() {
            Iterator<Node<K, V>> it = nodeIterator();
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

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public void forEach(Consumer<? super V> action) {
            Objects.requireNonNull(action);
            forEachNode(e -> action.accept(e.value));
        }
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public int size() {
            return size;
        }

        public void clear() {
            HashMap.this.clear();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Iterator<Map.Entry<K, V>> iterator() {
            return (Iterator) nodeIterator();
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Object key = e.getKey();
            Node<K, V> candidate = nodeFor(key);
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            if (o instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object key = e.getKey();
                Object value = e.getValue();
                return unlinkKey(hash(key), key, value, true, true) != null;
            }
            return false;
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            forEachNode(e -> action.accept(e));
        }
    }

    class HashIterator implements Iterator<Node<K, V>> {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;
        int index;

        HashIterator() {
            expectedModCount = modCount;
            Node<K, V>[] t = table;
            current = next = null;
            index = 0;
            if (t != null && size > 0) {
                do {} while (index < t.length && (next = t[index++]) == null);
            }
        }

        public final boolean hasNext() {
            return next != null;
        }

        public final Node<K, V> next() {
            Node<K, V>[] t;
            Node<K, V> e = next;
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            if (e == null) throw new NoSuchElementException();
            if ((next = (current = e).next) == null && (t = table) != null) {
                do {} while (index < t.length && (next = t[index++]) == null);
            }
            return e;
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) throw new IllegalStateException();
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            current = null;
            unlinkKey(p.hash, p.key, null, false, false);
            expectedModCount = modCount;
        }
    }

    // ---- overrides of Map defaults with HashMap's own behaviour ----

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = nodeFor(key);
        return e == null ? defaultValue : e.value;
    }

    public V putIfAbsent(K key, V value) {
        return insert(hash(key), key, value, true, true);
    }

    public boolean remove(Object key, Object value) {
        return unlinkKey(hash(key), key, value, true, true) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = nodeFor(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            touched(e);
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Node<K, V> e = nodeFor(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            touched(e);
            return old;
        }
        return null;
    }

    /** Result of the common lookup done by computeIfAbsent/compute/merge. */
    private Node<K, V> lookOld;
    private TreeNode<K, V> lookTree;
    private int lookBinCount;
    private Node<K, V> lookFirst;

    private Node<K, V>[] prepareCompute(int hash, Object key) {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) tab = growTable();
        int i = (tab.length - 1) & hash;
        Node<K, V> first = tab[i];
        lookOld = null;
        lookTree = null;
        lookBinCount = 0;
        lookFirst = first;
        if (first != null) {
            if (first instanceof TreeNode) {
                lookTree = (TreeNode<K, V>) first;
                lookOld = TreeBins.lookup(lookTree, hash, key);
            } else {
                Node<K, V> e = first;
                int binCount = 0;
                do {
                    Object k;
                    if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                        lookOld = e;
                        break;
                    }
                    ++binCount;
                } while ((e = e.next) != null);
                lookBinCount = binCount;
            }
        }
        return tab;
    }

    private void insertComputed(Node<K, V>[] tab, TreeNode<K, V> t, Node<K, V> first, int binCount, int hash, K key, V v) {
        if (t != null) {
            TreeBins.put(this, tab, t, hash, key, v);
        } else {
            tab[(tab.length - 1) & hash] = makeNode(hash, key, v, first);
            if (binCount >= TREEIFY_THRESHOLD - 1) growOrTreeify(tab, hash);
        }
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) throw new NullPointerException();
        int hash = hash(key);
        Node<K, V>[] tab = prepareCompute(hash, key);
        Node<K, V> old = lookOld;
        TreeNode<K, V> t = lookTree;
        Node<K, V> first = lookFirst;
        int binCount = lookBinCount;
        lookOld = lookFirst = null;
        lookTree = null;
        if (old != null && old.value != null) {
            touched(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (v == null) return null;
        if (old != null) {
            old.value = v;
            touched(old);
            return v;
        }
        insertComputed(tab, t, first, binCount, hash, key, v);
        modCount = mc + 1;
        ++size;
        inserted(true);
        return v;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        Node<K, V> e = nodeFor(key);
        V oldValue;
        if (e != null && (oldValue = e.value) != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, oldValue);
            if (mc != modCount) throw new ConcurrentModificationException();
            if (v != null) {
                e.value = v;
                touched(e);
                return v;
            }
            unlinkKey(hash(key), key, null, false, true);
        }
        return null;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) throw new NullPointerException();
        int hash = hash(key);
        Node<K, V>[] tab = prepareCompute(hash, key);
        Node<K, V> old = lookOld;
        TreeNode<K, V> t = lookTree;
        Node<K, V> first = lookFirst;
        int binCount = lookBinCount;
        lookOld = lookFirst = null;
        lookTree = null;
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) throw new ConcurrentModificationException();
        if (old != null) {
            if (v != null) {
                old.value = v;
                touched(old);
            } else {
                unlinkKey(hash, key, null, false, true);
            }
        } else if (v != null) {
            insertComputed(tab, t, first, binCount, hash, key, v);
            modCount = mc + 1;
            ++size;
            inserted(true);
        }
        return v;
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) throw new NullPointerException();
        int hash = hash(key);
        Node<K, V>[] tab = prepareCompute(hash, key);
        Node<K, V> old = lookOld;
        TreeNode<K, V> t = lookTree;
        Node<K, V> first = lookFirst;
        int binCount = lookBinCount;
        lookOld = lookFirst = null;
        lookTree = null;
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) throw new ConcurrentModificationException();
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                touched(old);
            } else {
                unlinkKey(hash, key, null, false, true);
            }
            return v;
        }
        insertComputed(tab, t, first, binCount, hash, key, value);
        ++modCount;
        ++size;
        inserted(true);
        return value;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        forEachNode(e -> action.accept(e.key, e.value));
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        forEachNode(e -> e.value = function.apply(e.key, e.value));
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        HashMap<K, V> result;
        try {
            result = (HashMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        result.resetForCopy();
        result.putEntries(this, false);
        return result;
    }

    void resetForCopy() {
        table = null;
        entrySet = null;
        keySet = null;
        values = null;
        modCount = 0;
        threshold = 0;
        size = 0;
    }

    // ---- hooks for LinkedHashMap ----

    Node<K, V> makeNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<>(hash, key, value, next);
    }

    Node<K, V> plainCopy(Node<K, V> p, Node<K, V> next) {
        return new Node<>(p.hash, p.key, p.value, next);
    }

    TreeNode<K, V> makeTreeNode(int hash, K key, V value, Node<K, V> next) {
        return new TreeNode<>(hash, key, value, next);
    }

    TreeNode<K, V> treeCopy(Node<K, V> p, Node<K, V> next) {
        return new TreeNode<>(p.hash, p.key, p.value, next);
    }

    void touched(Node<K, V> p) {}

    void inserted(boolean evict) {}

    void removed(Node<K, V> p) {}

    // ---- tree bins (algorithms in TreeBins) ----

    static final class TreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
        TreeNode<K, V> up;
        TreeNode<K, V> lo;
        TreeNode<K, V> hi;
        TreeNode<K, V> prev;
        boolean red;

        TreeNode(int hash, K key, V val, Node<K, V> next) {
            super(hash, key, val, next);
        }
    }
}
