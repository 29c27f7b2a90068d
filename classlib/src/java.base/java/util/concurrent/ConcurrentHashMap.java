package java.util.concurrent;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A hash table supporting concurrent retrievals and updates.
 *
 * Its table layout follows HotSpot 17's, so iteration order and toString are
 * the same for the same operations: hashes are spread with
 * (h ^ (h >>> 16)) & 0x7fffffff; sizes are powers of two, chosen from
 * initialCapacity as tableSizeFor(1 + initialCapacity / loadFactor); the table
 * doubles once the count reaches 3/4 of its length; a resize splits each bin
 * into a low and a high list, keeping the longest tail run whose high bit
 * agrees and putting the other nodes in front of it in reverse order; a bin
 * that reaches 8 nodes grows a small table (< 64) instead, or becomes a "tree
 * bin", to whose node list new keys are added at the front. Old tables keep
 * forwarding nodes, and iterators follow them like the JDK's.
 *
 * Like the JDK, computeIfAbsent/compute reserve an empty bin while their
 * function runs, and an update of that bin (or a resize) from inside the
 * function, or an append to the bin's list, throws IllegalStateException
 * "Recursive update".
 *
 * Differences: updates take one map-wide monitor (the JDK locks per bin;
 * reads take no lock here either); tree bins are searched linearly (no
 * red-black tree) and turn back into plain lists only when emptied or split
 * small, so after removals from a tree bin the order of later insertions can
 * differ from the JDK's. Functions passed to compute* and merge run while the
 * monitor is held.
 */
public class ConcurrentHashMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final float LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    static final int UNTREEIFY_THRESHOLD = 6;
    static final int MIN_TREEIFY_CAPACITY = 64;
    static final int MOVED = -1;
    static final int TREEBIN = -2;
    static final int RESERVED = -3;
    static final int HASH_BITS = 0x7fffffff;

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val) {
            this.hash = hash;
            this.key = key;
            this.val = val;
        }

        Node(int hash, K key, V val, Node<K, V> next) {
            this(hash, key, val);
            this.next = next;
        }

        public final K getKey() {
            return key;
        }

        public final V getValue() {
            return val;
        }

        public final int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public final String toString() {
            return key + "=" + val;
        }

        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public final boolean equals(Object o) {
            Object k, v, u;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key)) && (v == (u = val) || v.equals(u)));
        }
    }

    /** Marks a moved bin in an old table. */
    static final class ForwardingNode<K, V> extends Node<K, V> {
        final Node<K, V>[] nextTable;

        ForwardingNode(Node<K, V>[] tab) {
            super(MOVED, null, null);
            this.nextTable = tab;
        }
    }

    /** Holds an empty bin while computeIfAbsent/compute runs its function there. */
    static final class ReservationNode<K, V> extends Node<K, V> {
        ReservationNode() {
            super(RESERVED, null, null);
        }
    }

    private static IllegalStateException recursiveUpdate() {
        return new IllegalStateException("Recursive update");
    }

    /** A bin of many colliding keys: a node list (new keys go first), searched linearly. */
    static final class TreeBin<K, V> extends Node<K, V> {
        volatile Node<K, V> first;

        TreeBin(Node<K, V> first) {
            super(TREEBIN, null, null);
            this.first = first;
        }

        int count() {
            int n = 0;
            for (Node<K, V> p = first; p != null; p = p.next) n++;
            return n;
        }
    }

    static final int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static final int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    private final Object lock = new Object();
    transient volatile Node<K, V>[] table;
    private transient volatile int sizeCtl;
    private transient volatile long count;
    private transient KeySetView<K, V> keySet;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entrySet;

    public ConcurrentHashMap() {}

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, LOAD_FACTOR, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this.sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) throw new IllegalArgumentException();
        if (initialCapacity < concurrencyLevel) initialCapacity = concurrencyLevel;
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        int cap = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
        this.sizeCtl = cap;
    }

    // ------------------------------------------------------------ table management (lock held)

    @SuppressWarnings("unchecked")
    private static <K, V> Node<K, V>[] newTable(int n) {
        return (Node<K, V>[]) new Node<?, ?>[n];
    }

    private Node<K, V>[] initTable() {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            int sc = sizeCtl;
            int n = (sc > 0) ? sc : DEFAULT_CAPACITY;
            tab = newTable(n);
            table = tab;
            sizeCtl = n - (n >>> 2);
        }
        return tab;
    }

    /** Adjusts the count; if check >= 0, doubles the table while it is 3/4 full. */
    private void addCount(long x, int check) {
        long s = count += x;
        if (check >= 0) {
            Node<K, V>[] tab;
            while (s >= (long) sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) transfer(tab);
        }
    }

    /** Grows the table for about `size` entries (putAll, and small tables that want a tree bin). */
    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        for (;;) {
            int sc = sizeCtl;
            Node<K, V>[] tab = table;
            int n;
            if (tab == null || (n = tab.length) == 0) {
                n = (sc > c) ? sc : c;
                table = newTable(n);
                sizeCtl = n - (n >>> 2);
            } else if (c <= sc || n >= MAXIMUM_CAPACITY) {
                break;
            } else {
                transfer(tab);
            }
        }
    }

    /** Doubles the table; each old bin becomes a forwarding node. */
    private void transfer(Node<K, V>[] tab) {
        int n = tab.length;
        // A function running for a reserved bin must not resize the table (as in the JDK).
        for (int i = 0; i < n; i++) {
            if (tab[i] instanceof ReservationNode) throw recursiveUpdate();
        }
        Node<K, V>[] nt = newTable(n << 1);
        ForwardingNode<K, V> fwd = new ForwardingNode<K, V>(nt);
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                tab[i] = fwd;
                continue;
            }
            Node<K, V> ln, hn;
            if (f instanceof TreeBin) {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> lo = null, loTail = null, hi = null, hiTail = null;
                int lc = 0, hc = 0;
                for (Node<K, V> e = t.first; e != null; e = e.next) {
                    Node<K, V> p = new Node<K, V>(e.hash, e.key, e.val);
                    if ((e.hash & n) == 0) {
                        if (loTail == null) lo = p;
                        else loTail.next = p;
                        loTail = p;
                        ++lc;
                    } else {
                        if (hiTail == null) hi = p;
                        else hiTail.next = p;
                        hiTail = p;
                        ++hc;
                    }
                }
                ln = (lc <= UNTREEIFY_THRESHOLD) ? lo : (hc != 0) ? new TreeBin<K, V>(lo) : t;
                hn = (hc <= UNTREEIFY_THRESHOLD) ? hi : (lc != 0) ? new TreeBin<K, V>(hi) : t;
            } else {
                // The longest tail run going to one side is reused as is; the
                // nodes before it are copied to the front of their side.
                int runBit = f.hash & n;
                Node<K, V> lastRun = f;
                for (Node<K, V> p = f.next; p != null; p = p.next) {
                    int b = p.hash & n;
                    if (b != runBit) {
                        runBit = b;
                        lastRun = p;
                    }
                }
                if (runBit == 0) {
                    ln = lastRun;
                    hn = null;
                } else {
                    hn = lastRun;
                    ln = null;
                }
                for (Node<K, V> p = f; p != lastRun; p = p.next) {
                    if ((p.hash & n) == 0) ln = new Node<K, V>(p.hash, p.key, p.val, ln);
                    else hn = new Node<K, V>(p.hash, p.key, p.val, hn);
                }
            }
            nt[i] = ln;
            nt[i + n] = hn;
            tab[i] = fwd;
        }
        table = nt;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    /** A bin reached TREEIFY_THRESHOLD nodes: grow a small table, else make it a tree bin. */
    private void treeifyBin(Node<K, V>[] tab, int index) {
        int n = tab.length;
        if (n < MIN_TREEIFY_CAPACITY) {
            tryPresize(n << 1);
        } else {
            Node<K, V> b = tab[index];
            if (b != null && b.hash >= 0) {
                Node<K, V> hd = null, tl = null;
                for (Node<K, V> e = b; e != null; e = e.next) {
                    Node<K, V> p = new Node<K, V>(e.hash, e.key, e.val);
                    if (tl == null) hd = p;
                    else tl.next = p;
                    tl = p;
                }
                tab[index] = new TreeBin<K, V>(hd);
            }
        }
    }

    /** The current table to update (forwarding nodes are never found by the lock holder). */
    private Node<K, V>[] tab() {
        Node<K, V>[] tab = table;
        return (tab == null || tab.length == 0) ? initTable() : tab;
    }

    // ------------------------------------------------------------ reads (no lock)

    public V get(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        while (tab != null && tab.length > 0) {
            Node<K, V> e = tab[(tab.length - 1) & h];
            if (e == null) return null;
            if (e instanceof ForwardingNode) {
                tab = ((ForwardingNode<K, V>) e).nextTable;
                continue;
            }
            if (e instanceof TreeBin) e = ((TreeBin<K, V>) e).first;
            for (; e != null; e = e.next) {
                K ek;
                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) return e.val;
            }
            return null;
        }
        return null;
    }

    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    public boolean containsValue(Object value) {
        if (value == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            V v = p.val;
            if (v == value || (v != null && value.equals(v))) return true;
        }
        return false;
    }

    public int size() {
        long n = count;
        return (n < 0L) ? 0 : (n > (long) Integer.MAX_VALUE) ? Integer.MAX_VALUE : (int) n;
    }

    public long mappingCount() {
        long n = count;
        return n < 0L ? 0L : n;
    }

    public boolean isEmpty() {
        return count <= 0L;
    }

    public V getOrDefault(Object key, V defaultValue) {
        V v;
        return (v = get(key)) == null ? defaultValue : v;
    }

    // ------------------------------------------------------------ updates

    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    final V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) throw new NullPointerException();
        int hash = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = tab();
            int i = (tab.length - 1) & hash;
            Node<K, V> f = tab[i];
            int binCount = 0;
            V oldVal = null;
            if (f == null) {
                tab[i] = new Node<K, V>(hash, key, value);
            } else if (f instanceof ReservationNode) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                binCount = 2;
                Node<K, V> p = find(t.first, hash, key);
                if (p != null) {
                    oldVal = p.val;
                    if (!onlyIfAbsent) p.val = value;
                } else {
                    t.first = new Node<K, V>(hash, key, value, t.first);
                }
            } else {
                binCount = 1;
                for (Node<K, V> e = f;; ++binCount) {
                    K ek;
                    if (e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                        oldVal = e.val;
                        if (!onlyIfAbsent) e.val = value;
                        break;
                    }
                    if (e.next == null) {
                        e.next = new Node<K, V>(hash, key, value);
                        break;
                    }
                    e = e.next;
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) treeifyBin(tab, i);
            if (oldVal != null) return oldVal;
            addCount(1L, binCount);
            return null;
        }
    }

    private static <K, V> Node<K, V> find(Node<K, V> e, int h, Object k) {
        for (; e != null; e = e.next) {
            K ek;
            if (e.hash == h && ((ek = e.key) == k || (ek != null && k.equals(ek)))) return e;
        }
        return null;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        synchronized (lock) {
            tryPresize(m.size());
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) putVal(e.getKey(), e.getValue(), false);
        }
    }

    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    /** Replaces (value != null) or removes the node for key if cv is null or matches its value. */
    final V replaceNode(Object key, V value, Object cv) {
        int hash = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null || tab.length == 0) return null;
            int i = (tab.length - 1) & hash;
            Node<K, V> f = tab[i];
            if (f == null) return null;
            if (f instanceof ReservationNode) throw recursiveUpdate();
            TreeBin<K, V> t = f instanceof TreeBin ? (TreeBin<K, V>) f : null;
            Node<K, V> pred = null;
            for (Node<K, V> e = t != null ? t.first : f; e != null; pred = e, e = e.next) {
                K ek;
                if (e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    V ev = e.val;
                    if (cv == null || cv == ev || (ev != null && cv.equals(ev))) {
                        if (value != null) {
                            e.val = value;
                        } else {
                            if (pred != null) pred.next = e.next;
                            else if (t != null) t.first = e.next;
                            else tab[i] = e.next;
                            if (t != null && t.first == null) tab[i] = null;
                            addCount(-1L, -1);
                        }
                        return ev;
                    }
                    return null;
                }
            }
            return null;
        }
    }

    public void clear() {
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab != null) {
                for (int i = 0; i < tab.length; i++) tab[i] = null;
            }
            count = 0L;
        }
    }

    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    public boolean remove(Object key, Object value) {
        if (key == null) throw new NullPointerException();
        return value != null && replaceNode(key, null, value) != null;
    }

    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) throw new NullPointerException();
        return replaceNode(key, newValue, oldValue) != null;
    }

    public V replace(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return replaceNode(key, value, null);
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) action.accept(p.key, p.val);
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            V oldValue = p.val;
            for (K key = p.key;;) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) throw new NullPointerException();
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) break;
            }
        }
    }

    /** Removes entries matching (used by views' removeIf). */
    final boolean removeEntryIf(Predicate<? super Map.Entry<K, V>> function) {
        if (function == null) throw new NullPointerException();
        boolean removed = false;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            K k = p.key;
            V v = p.val;
            if (function.test(new MapEntry<K, V>(k, v, this)) && replaceNode(k, null, v) != null) removed = true;
        }
        return removed;
    }

    final boolean removeValueIf(Predicate<? super V> function) {
        if (function == null) throw new NullPointerException();
        boolean removed = false;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            K k = p.key;
            V v = p.val;
            if (function.test(v) && replaceNode(k, null, v) != null) removed = true;
        }
        return removed;
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) throw new NullPointerException();
        int h = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = tab();
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            V val = null;
            int binCount = 0;
            boolean added = false;
            if (f == null) {
                ReservationNode<K, V> r = new ReservationNode<K, V>();
                tab[i] = r;
                try {
                    val = mappingFunction.apply(key);
                } finally {
                    if (tab[i] == r) tab[i] = null;
                }
                if (val != null) {
                    tab[i] = new Node<K, V>(h, key, val);
                    binCount = 1;
                    added = true;
                }
            } else if (f instanceof ReservationNode) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                binCount = 2;
                Node<K, V> p = find(t.first, h, key);
                if (p != null) {
                    val = p.val;
                } else if ((val = mappingFunction.apply(key)) != null) {
                    t.first = new Node<K, V>(h, key, val, t.first);
                    added = true;
                }
            } else {
                binCount = 1;
                for (Node<K, V> e = f;; ++binCount) {
                    K ek;
                    if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                        val = e.val;
                        break;
                    }
                    Node<K, V> pred = e;
                    if ((e = e.next) == null) {
                        if ((val = mappingFunction.apply(key)) != null) {
                            if (pred.next != null) throw recursiveUpdate();
                            pred.next = new Node<K, V>(h, key, val);
                            added = true;
                        }
                        break;
                    }
                }
            }
            if (binCount != 0) {
                if (binCount >= TREEIFY_THRESHOLD) treeifyBin(table, (table.length - 1) & h);
                if (!added) return val;
            }
            if (val != null) addCount(1L, binCount);
            return val;
        }
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        int h = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = tab();
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            if (f == null) return null;
            if (f instanceof ReservationNode) throw recursiveUpdate();
            TreeBin<K, V> t = f instanceof TreeBin ? (TreeBin<K, V>) f : null;
            Node<K, V> pred = null;
            for (Node<K, V> e = t != null ? t.first : f; e != null; pred = e, e = e.next) {
                K ek;
                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    V val = remappingFunction.apply(key, e.val);
                    if (val != null) {
                        e.val = val;
                    } else {
                        if (unlinkNode(e)) addCount(-1L, -1);
                    }
                    return val;
                }
            }
            return null;
        }
    }

    /** Removes node e (by identity) from the current table; false if a callback already removed it. */
    private boolean unlinkNode(Node<K, V> e) {
        Node<K, V>[] tab = table;
        int i = (tab.length - 1) & e.hash;
        Node<K, V> f = tab[i];
        TreeBin<K, V> t = f instanceof TreeBin ? (TreeBin<K, V>) f : null;
        Node<K, V> pred = null;
        for (Node<K, V> p = t != null ? t.first : f; p != null; pred = p, p = p.next) {
            if (p == e) {
                if (pred != null) pred.next = e.next;
                else if (t != null) t.first = e.next;
                else tab[i] = e.next;
                if (t != null && t.first == null) tab[i] = null;
                return true;
            }
        }
        return false;
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        int h = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = tab();
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            V val = null;
            int delta = 0;
            int binCount = 0;
            if (f == null) {
                ReservationNode<K, V> r = new ReservationNode<K, V>();
                tab[i] = r;
                try {
                    val = remappingFunction.apply(key, null);
                } finally {
                    if (tab[i] == r) tab[i] = null;
                }
                if (val != null) {
                    tab[i] = new Node<K, V>(h, key, val);
                    delta = 1;
                    binCount = 1;
                }
            } else if (f instanceof ReservationNode) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                binCount = 1;
                Node<K, V> pred = null, p = null;
                for (Node<K, V> e = t.first; e != null; pred = e, e = e.next) {
                    if (e.hash == h && (e.key == key || key.equals(e.key))) {
                        p = e;
                        break;
                    }
                }
                V pv = p == null ? null : p.val;
                val = remappingFunction.apply(key, pv);
                if (p != null) {
                    if (val != null) {
                        p.val = val;
                    } else {
                        if (unlinkNode(p)) delta = -1;
                    }
                } else if (val != null) {
                    t.first = new Node<K, V>(h, key, val, t.first);
                    delta = 1;
                }
            } else {
                binCount = 1;
                Node<K, V> pred = null;
                for (Node<K, V> e = f;; ++binCount) {
                    K ek;
                    if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                        val = remappingFunction.apply(key, e.val);
                        if (val != null) {
                            e.val = val;
                        } else {
                            if (unlinkNode(e)) delta = -1;
                        }
                        break;
                    }
                    pred = e;
                    if ((e = e.next) == null) {
                        val = remappingFunction.apply(key, null);
                        if (val != null) {
                            if (pred.next != null) throw recursiveUpdate();
                            pred.next = new Node<K, V>(h, key, val);
                            delta = 1;
                        }
                        break;
                    }
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) treeifyBin(table, (table.length - 1) & h);
            if (delta != 0) addCount((long) delta, binCount);
            return val;
        }
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) throw new NullPointerException();
        int h = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = tab();
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            V val = null;
            int delta = 0;
            int binCount = 0;
            if (f == null) {
                tab[i] = new Node<K, V>(h, key, value);
                delta = 1;
                val = value;
            } else if (f instanceof ReservationNode) {
                throw recursiveUpdate();
            } else if (f instanceof TreeBin) {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                binCount = 2;
                Node<K, V> pred = null, p = null;
                for (Node<K, V> e = t.first; e != null; pred = e, e = e.next) {
                    if (e.hash == h && (e.key == key || key.equals(e.key))) {
                        p = e;
                        break;
                    }
                }
                val = (p == null) ? value : remappingFunction.apply(p.val, value);
                if (p != null) {
                    if (val != null) {
                        p.val = val;
                    } else {
                        if (unlinkNode(p)) delta = -1;
                    }
                } else {
                    t.first = new Node<K, V>(h, key, val, t.first);
                    delta = 1;
                }
            } else {
                binCount = 1;
                Node<K, V> pred = null;
                for (Node<K, V> e = f;; ++binCount) {
                    K ek;
                    if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                        val = remappingFunction.apply(e.val, value);
                        if (val != null) {
                            e.val = val;
                        } else {
                            if (unlinkNode(e)) delta = -1;
                        }
                        break;
                    }
                    pred = e;
                    if ((e = e.next) == null) {
                        delta = 1;
                        val = value;
                        pred.next = new Node<K, V>(h, key, val);
                        break;
                    }
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) treeifyBin(table, (table.length - 1) & h);
            if (delta != 0) addCount((long) delta, binCount);
            return val;
        }
    }

    // ------------------------------------------------------------ Object methods

    public int hashCode() {
        int h = 0;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) h += p.key.hashCode() ^ p.val.hashCode();
        return h;
    }

    public String toString() {
        Traverser<K, V> it = new Traverser<K, V>(table);
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        Node<K, V> p;
        if ((p = it.advance()) != null) {
            for (;;) {
                K k = p.key;
                V v = p.val;
                sb.append(k == this ? "(this Map)" : k);
                sb.append('=');
                sb.append(v == this ? "(this Map)" : v);
                if ((p = it.advance()) == null) break;
                sb.append(',').append(' ');
            }
        }
        return sb.append('}').toString();
    }

    public boolean equals(Object o) {
        if (o != this) {
            if (!(o instanceof Map)) return false;
            Map<?, ?> m = (Map<?, ?>) o;
            Traverser<K, V> it = new Traverser<K, V>(table);
            for (Node<K, V> p; (p = it.advance()) != null; ) {
                V val = p.val;
                Object v = m.get(p.key);
                if (v == null || (v != val && !v.equals(val))) return false;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object mk, mv, v;
                if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null
                        || (mv != v && !mv.equals(v))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------ traversal

    /**
     * Walks a table in index order; at a forwarding node it visits the two
     * bins of the next table that the old bin was split into, then goes on in
     * the old table (so a resize during iteration still visits every key).
     */
    static class Traverser<K, V> {
        Node<K, V>[] tab;
        Node<K, V> next;
        // Saved (table, length, index) levels when following forwarding nodes.
        Node<K, V>[][] stackTab;
        int[] stackLen, stackIdx;
        int depth;
        int index;
        int baseIndex;
        final int baseLimit;
        final int baseSize;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
            this.baseSize = tab == null ? 0 : tab.length;
            this.baseLimit = baseSize;
        }

        @SuppressWarnings("unchecked")
        private void pushState(Node<K, V>[] t, int i, int n) {
            if (stackTab == null || depth == stackTab.length) {
                int cap = depth == 0 ? 4 : depth * 2;
                Node<K, V>[][] nt = (Node<K, V>[][]) new Node<?, ?>[cap][];
                int[] nl = new int[cap], ni = new int[cap];
                if (stackTab != null) {
                    System.arraycopy(stackTab, 0, nt, 0, depth);
                    System.arraycopy(stackLen, 0, nl, 0, depth);
                    System.arraycopy(stackIdx, 0, ni, 0, depth);
                }
                stackTab = nt;
                stackLen = nl;
                stackIdx = ni;
            }
            stackTab[depth] = t;
            stackLen[depth] = n;
            stackIdx[depth] = i;
            depth++;
        }

        private void recoverState(int n) {
            int len;
            while (depth > 0 && (index += (len = stackLen[depth - 1])) >= n) {
                n = len;
                depth--;
                index = stackIdx[depth];
                tab = stackTab[depth];
                stackTab[depth] = null;
            }
            if (depth == 0 && (index += baseSize) >= n) index = ++baseIndex;
        }

        final Node<K, V> advance() {
            Node<K, V> e = next;
            if (e != null) e = e.next;
            for (;;) {
                Node<K, V>[] t;
                int i, n;
                if (e != null) return next = e;
                if (baseIndex >= baseLimit || (t = tab) == null || (n = t.length) <= (i = index) || i < 0) {
                    return next = null;
                }
                if ((e = t[i]) != null && e.hash < 0) {
                    if (e instanceof ForwardingNode) {
                        tab = ((ForwardingNode<K, V>) e).nextTable;
                        e = null;
                        pushState(t, i, n);
                        continue;
                    } else if (e instanceof TreeBin) {
                        e = ((TreeBin<K, V>) e).first;
                    } else {
                        e = null;
                    }
                }
                if (depth > 0) recoverState(n);
                else if ((index = i + baseSize) >= n) index = ++baseIndex;
            }
        }
    }

    static class BaseIterator<K, V> extends Traverser<K, V> {
        final ConcurrentHashMap<K, V> map;
        Node<K, V> lastReturned;

        BaseIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab);
            this.map = map;
            advance();
        }

        public final boolean hasNext() {
            return next != null;
        }

        public final boolean hasMoreElements() {
            return next != null;
        }

        public final void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) throw new IllegalStateException();
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    static final class KeyIterator<K, V> extends BaseIterator<K, V> implements Iterator<K> {
        KeyIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab, map);
        }

        public final K next() {
            Node<K, V> p = next;
            if (p == null) throw new NoSuchElementException();
            K k = p.key;
            lastReturned = p;
            advance();
            return k;
        }
    }

    static final class ValueIterator<K, V> extends BaseIterator<K, V> implements Iterator<V> {
        ValueIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab, map);
        }

        public final V next() {
            Node<K, V> p = next;
            if (p == null) throw new NoSuchElementException();
            V v = p.val;
            lastReturned = p;
            advance();
            return v;
        }
    }

    static final class EntryIterator<K, V> extends BaseIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(Node<K, V>[] tab, ConcurrentHashMap<K, V> map) {
            super(tab, map);
        }

        public final Map.Entry<K, V> next() {
            Node<K, V> p = next;
            if (p == null) throw new NoSuchElementException();
            K k = p.key;
            V v = p.val;
            lastReturned = p;
            advance();
            return new MapEntry<K, V>(k, v, map);
        }
    }

    /** An entry handed out by iterators; setValue writes through to the map. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public String toString() {
            return key + "=" + val;
        }

        public boolean equals(Object o) {
            Object k, v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key)) && (v == val || v.equals(val)));
        }

        public V setValue(V value) {
            if (value == null) throw new NullPointerException();
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    // ------------------------------------------------------------ bulk operations (sequential here)

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            Consumer<? super U> action) {
        if (transformer == null || action == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            U u = transformer.apply(p.key, p.val);
            if (u != null) action.accept(u);
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            U u = searchFunction.apply(p.key, p.val);
            if (u != null) return u;
        }
        return null;
    }

    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) throw new NullPointerException();
        U r = null;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            U u = transformer.apply(p.key, p.val);
            if (u != null) r = (r == null) ? u : reducer.apply(r, u);
        }
        return r;
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) action.accept(p.key);
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) action.accept(p.val);
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        if (action == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) action.accept(p);
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        if (searchFunction == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            U u = searchFunction.apply(p.key);
            if (u != null) return u;
        }
        return null;
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        if (searchFunction == null) throw new NullPointerException();
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) {
            U u = searchFunction.apply(p.val);
            if (u != null) return u;
        }
        return null;
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        if (reducer == null) throw new NullPointerException();
        K r = null;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) r = (r == null) ? p.key : reducer.apply(r, p.key);
        return r;
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        if (reducer == null) throw new NullPointerException();
        V r = null;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) r = (r == null) ? p.val : reducer.apply(r, p.val);
        return r;
    }

    public long reduceValuesToLong(long parallelismThreshold, ToLongFunction<? super V> transformer, long basis,
            java.util.function.LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) throw new NullPointerException();
        long r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) r = reducer.applyAsLong(r, transformer.applyAsLong(p.val));
        return r;
    }

    public int reduceValuesToInt(long parallelismThreshold, java.util.function.ToIntFunction<? super V> transformer,
            int basis, java.util.function.IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) throw new NullPointerException();
        int r = basis;
        Traverser<K, V> it = new Traverser<K, V>(table);
        for (Node<K, V> p; (p = it.advance()) != null; ) r = reducer.applyAsInt(r, transformer.applyAsInt(p.val));
        return r;
    }

    // ------------------------------------------------------------ views

    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return ks != null ? ks : (keySet = new KeySetView<K, V>(this, null));
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) throw new NullPointerException();
        return new KeySetView<K, V>(this, mappedValue);
    }

    public Collection<V> values() {
        ValuesView<K, V> vs = values;
        return vs != null ? vs : (values = new ValuesView<K, V>(this));
    }

    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        return es != null ? es : (entrySet = new EntrySetView<K, V>(this));
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    abstract static class CollectionView<K, V, E> implements Collection<E>, java.io.Serializable {
        final ConcurrentHashMap<K, V> map;

        CollectionView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public final void clear() {
            map.clear();
        }

        public final int size() {
            return map.size();
        }

        public final boolean isEmpty() {
            return map.isEmpty();
        }

        public abstract Iterator<E> iterator();

        public abstract boolean contains(Object o);

        public abstract boolean remove(Object o);

        public final Object[] toArray() {
            long sz = map.mappingCount();
            if (sz > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("Required array size too large");
            int n = (int) sz;
            Object[] r = new Object[n];
            int i = 0;
            for (E e : this) {
                if (i == n) {
                    Object[] g = new Object[n + (n >>> 1) + 1];
                    System.arraycopy(r, 0, g, 0, n);
                    r = g;
                    n = g.length;
                }
                r[i++] = e;
            }
            if (i == n) return r;
            Object[] t = new Object[i];
            System.arraycopy(r, 0, t, 0, i);
            return t;
        }

        public final <T> T[] toArray(T[] a) {
            return CU.toArray(toArray(), a);
        }

        public final String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append('[');
            Iterator<E> it = iterator();
            if (it.hasNext()) {
                for (;;) {
                    Object e = it.next();
                    sb.append(e == this ? "(this Collection)" : e);
                    if (!it.hasNext()) break;
                    sb.append(',').append(' ');
                }
            }
            return sb.append(']').toString();
        }

        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c) {
                    if (e == null || !contains(e)) return false;
                }
            }
            return true;
        }

        public boolean removeAll(Collection<?> c) {
            if (c == null) throw new NullPointerException();
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        public final boolean retainAll(Collection<?> c) {
            if (c == null) throw new NullPointerException();
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }
    }

    public static class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K>, java.io.Serializable {
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        public V getMappedValue() {
            return value;
        }

        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        public Iterator<K> iterator() {
            return new KeyIterator<K, V>(map.table, map);
        }

        public boolean add(K e) {
            V v = value;
            if (v == null) throw new UnsupportedOperationException();
            return map.putVal(e, v, true) == null;
        }

        public boolean addAll(Collection<? extends K> c) {
            boolean added = false;
            V v = value;
            if (v == null) throw new UnsupportedOperationException();
            for (K e : c) {
                if (map.putVal(e, v, true) == null) added = true;
            }
            return added;
        }

        public int hashCode() {
            int h = 0;
            for (K e : this) h += e.hashCode();
            return h;
        }

        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        public void forEach(Consumer<? super K> action) {
            if (action == null) throw new NullPointerException();
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null; ) action.accept(p.key);
        }

        public boolean removeIf(Predicate<? super K> filter) {
            if (filter == null) throw new NullPointerException();
            boolean removed = false;
            for (Iterator<K> it = iterator(); it.hasNext(); ) {
                if (filter.test(it.next())) {
                    it.remove();
                    removed = true;
                }
            }
            return removed;
        }
    }

    static final class ValuesView<K, V> extends CollectionView<K, V, V> implements Collection<V>, java.io.Serializable {
        ValuesView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public final boolean contains(Object o) {
            return map.containsValue(o);
        }

        public final boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext(); ) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        public final Iterator<V> iterator() {
            return new ValueIterator<K, V>(map.table, map);
        }

        public final boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        public final boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }

        public boolean removeIf(Predicate<? super V> filter) {
            return map.removeValueIf(filter);
        }

        public void forEach(Consumer<? super V> action) {
            if (action == null) throw new NullPointerException();
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null; ) action.accept(p.val);
        }
    }

    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>>
            implements Set<Map.Entry<K, V>>, java.io.Serializable {
        EntrySetView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        public boolean contains(Object o) {
            Object k, v, r;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (r = map.get(k)) != null && (v = e.getValue()) != null && (v == r || v.equals(r)));
        }

        public boolean remove(Object o) {
            Object k, v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && map.remove(k, v));
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<K, V>(map.table, map);
        }

        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c) {
                if (add(e)) added = true;
            }
            return added;
        }

        public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
            return map.removeEntryIf(filter);
        }

        public final int hashCode() {
            int h = 0;
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null; ) h += p.hashCode();
            return h;
        }

        public final boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) throw new NullPointerException();
            Traverser<K, V> it = new Traverser<K, V>(map.table);
            for (Node<K, V> p; (p = it.advance()) != null; ) action.accept(new MapEntry<K, V>(p.key, p.val, map));
        }
    }
}
