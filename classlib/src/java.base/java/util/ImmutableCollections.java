package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Backing classes of List.of / Set.of / Map.of and friends. */
final class ImmutableCollections {
    private ImmutableCollections() {}

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    static final String EQUALS_NPE = "Cannot invoke \"Object.equals(Object)\" because \"o\" is null";

    // ---------------- lists ----------------

    static final int LIST_N = 0;
    static final int LIST_12 = 1;
    static final int SUB_LIST = 2;

    static final ImmList<Object> EMPTY_LIST = new ImmList<>(new Object[0], LIST_N);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    @SafeVarargs
    static <E> List<E> listOf(E... es) {
        for (E e : es) Objects.requireNonNull(e);
        if (es.length == 0) return emptyList();
        return new ImmList<>(es, es.length <= 2 ? LIST_12 : LIST_N);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof ImmList && ((ImmList<?>) coll).kind != SUB_LIST) return (List<E>) coll;
        return (List<E>) listOf(coll.toArray());
    }

    static final class ImmList<E> extends AbstractCollection<E> implements List<E>, RandomAccess {
        final Object[] a;
        final int kind;

        ImmList(Object[] a, int kind) {
            this.a = a;
            this.kind = kind;
        }

        public int size() {
            return a.length;
        }

        public boolean isEmpty() {
            return a.length == 0;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (kind == LIST_12) {
                if (index < 0 || index >= a.length)
                    throw new IndexOutOfBoundsException("Index: " + index + " Size: " + a.length);
            } else if (kind == SUB_LIST) {
                Objects.checkIndex(index, a.length);
            }
            return (E) a[index];
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < a.length; i++) if (o == a[i] || o.equals(a[i])) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = a.length - 1; i >= 0; i--) if (o == a[i] || o.equals(a[i])) return i;
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            return Arrays.copyOf(a, a.length, Object[].class);
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] t) {
            return (T[]) Arrays.fillArray(a.clone(), t);
        }

        public Iterator<E> iterator() {
            return new Itr(0);
        }

        public ListIterator<E> listIterator() {
            return new Itr(0);
        }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > a.length)
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + a.length);
            return new Itr(index);
        }

        final class Itr implements ListIterator<E> {
            int cursor;

            Itr(int cursor) {
                this.cursor = cursor;
            }

            public boolean hasNext() {
                return cursor != a.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor >= a.length) throw new NoSuchElementException();
                return (E) a[cursor++];
            }

            public boolean hasPrevious() {
                return cursor != 0;
            }

            @SuppressWarnings("unchecked")
            public E previous() {
                if (cursor <= 0) throw new NoSuchElementException();
                return (E) a[--cursor];
            }

            public int nextIndex() {
                return cursor;
            }

            public int previousIndex() {
                return cursor - 1;
            }

            public void remove() {
                throw uoe();
            }

            public void set(E e) {
                throw uoe();
            }

            public void add(E e) {
                throw uoe();
            }
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, a.length);
            return new ImmList<>(Arrays.copyOfRange(a, fromIndex, toIndex), SUB_LIST);
        }

        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof List)) return false;
            Iterator<?> it = ((List<?>) o).iterator();
            for (Object x : a) {
                if (!it.hasNext()) return false;
                Object y = it.next();
                if (x != y && !x.equals(y)) return false;
            }
            return !it.hasNext();
        }

        public int hashCode() {
            int h = 1;
            for (Object x : a) h = 31 * h + x.hashCode();
            return h;
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }
    }

    // ---------------- sets ----------------

    static final ImmSet<Object> EMPTY_SET = new ImmSet<>(new Object[0], new HashSet<>());

    @SafeVarargs
    @SuppressWarnings("unchecked")
    static <E> Set<E> setOf(E... es) {
        if (es.length == 0) return (Set<E>) EMPTY_SET;
        if (es.length == 2 && es[0] == null)
            throw new NullPointerException("Cannot invoke \"Object.equals(Object)\" because \"e0\" is null");
        if (es.length > 2) {
            for (E e : es) {
                if (e == null) throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"pe\" is null");
            }
        }
        if (es.length <= 2) {
            // small sets compare by equals only, like HotSpot's
            for (E e : es) Objects.requireNonNull(e);
            if (es.length == 2 && es[0].equals(es[1])) throw new IllegalArgumentException("duplicate element: " + es[0]);
            return new ImmSet<>(es, null);
        }
        HashSet<Object> seen = new HashSet<>();
        for (E e : es) {
            if (!seen.add(Objects.requireNonNull(e))) throw new IllegalArgumentException("duplicate element: " + e);
        }
        return new ImmSet<>(es, seen);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof ImmSet) return (Set<E>) coll;
        return (Set<E>) setOf(new HashSet<Object>(coll).toArray());
    }

    static final class ImmSet<E> extends AbstractSet<E> {
        final Object[] a;
        final HashSet<Object> lookup;

        ImmSet(Object[] a, HashSet<Object> lookup) {
            this.a = a;
            this.lookup = lookup;
        }

        public int size() {
            return a.length;
        }

        public boolean isEmpty() {
            return a.length == 0;
        }

        public boolean contains(Object o) {
            if (o == null) {
                if (a.length == 1 || a.length == 2) throw new NullPointerException(EQUALS_NPE);
                throw new NullPointerException();
            }
            if (lookup == null) {
                for (Object e : a) if (o.equals(e)) return true;
                return false;
            }
            return lookup.contains(o);
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int i;

                public boolean hasNext() {
                    return i < a.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= a.length) throw new NoSuchElementException();
                    return (E) a[i++];
                }

                public void remove() {
                    throw new UnsupportedOperationException("remove");
                }
            };
        }

        public int hashCode() {
            int h = 0;
            for (Object x : a) h += x.hashCode();
            return h;
        }

        public Object[] toArray() {
            return Arrays.copyOf(a, a.length, Object[].class);
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    // ---------------- maps ----------------

    static final class KeyValue<K, V> implements Map.Entry<K, V> {
        final K key;
        final V value;

        KeyValue(K k, V v) {
            key = Objects.requireNonNull(k);
            value = Objects.requireNonNull(v);
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            throw new UnsupportedOperationException("not supported");
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry && key.equals(((Map.Entry<?, ?>) o).getKey())
                    && value.equals(((Map.Entry<?, ?>) o).getValue());
        }

        public int hashCode() {
            return key.hashCode() ^ value.hashCode();
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object... kv) {
        if (kv.length == 2) {
            Objects.requireNonNull(kv[0]);
            Objects.requireNonNull(kv[1]);
            return new ImmMap<>(kv, null);
        }
        HashMap<Object, Object> lookup = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object k = Objects.requireNonNull(kv[i]);
            Object v = Objects.requireNonNull(kv[i + 1]);
            if (lookup.put(k, v) != null) throw new IllegalArgumentException("duplicate key: " + k);
        }
        return new ImmMap<>(kv, lookup);
    }

    static final class ImmMap<K, V> extends AbstractMap<K, V> {
        final Object[] kv;
        final HashMap<Object, Object> lookup;

        ImmMap(Object[] kv, HashMap<Object, Object> lookup) {
            this.kv = kv;
            this.lookup = lookup;
        }

        private void checkKey(Object o) {
            if (o == null) {
                if (kv.length == 2) throw new NullPointerException(EQUALS_NPE);
                if (kv.length == 0) throw new NullPointerException();
                throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"pk\" is null");
            }
        }

        public int size() {
            return kv.length / 2;
        }

        public boolean isEmpty() {
            return kv.length == 0;
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            checkKey(o);
            if (lookup == null) return kv.length == 2 && o.equals(kv[0]) ? (V) kv[1] : null;
            return (V) lookup.get(o);
        }

        public boolean containsKey(Object o) {
            if (o == null) {
                if (kv.length == 2) throw new NullPointerException(EQUALS_NPE);
                throw new NullPointerException();
            }
            if (lookup == null) return kv.length == 2 && o.equals(kv[0]);
            return lookup.containsKey(o);
        }

        public boolean containsValue(Object o) {
            if (o == null) {
                if (kv.length == 2) throw new NullPointerException(EQUALS_NPE);
                throw new NullPointerException();
            }
            if (lookup == null) return kv.length == 2 && o.equals(kv[1]);
            return lookup.containsValue(o);
        }

        @SuppressWarnings("unchecked")
        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v != null ? v : defaultValue;
        }

        public int hashCode() {
            int h = 0;
            for (int i = 0; i < kv.length; i += 2) h += kv[i].hashCode() ^ kv[i + 1].hashCode();
            return h;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return kv.length / 2;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        int i;

                        public boolean hasNext() {
                            return i < kv.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= kv.length) throw new NoSuchElementException();
                            Map.Entry<K, V> e = new KeyValue<>((K) kv[i], (V) kv[i + 1]);
                            i += 2;
                            return e;
                        }

                        public void remove() {
                            throw new UnsupportedOperationException("remove");
                        }
                    };
                }
            };
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}
