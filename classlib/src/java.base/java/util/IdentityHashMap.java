package java.util;

/** Map comparing keys (and values) by reference; iteration order is unspecified (as in HotSpot). */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final class Id {
        final Object ref;

        Id(Object ref) {
            this.ref = ref;
        }

        public int hashCode() {
            return System.identityHashCode(ref);
        }

        public boolean equals(Object o) {
            return o instanceof Id && ((Id) o).ref == ref;
        }
    }

    private transient LinkedHashMap<Id, V> m;

    public IdentityHashMap() {
        m = new LinkedHashMap<>();
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        m = new LinkedHashMap<>();
    }

    public IdentityHashMap(Map<? extends K, ? extends V> map) {
        this();
        putAll(map);
    }

    public int size() {
        return m.size();
    }

    public boolean isEmpty() {
        return m.isEmpty();
    }

    public V get(Object key) {
        return m.get(new Id(key));
    }

    public boolean containsKey(Object key) {
        return m.containsKey(new Id(key));
    }

    public boolean containsValue(Object value) {
        for (V v : m.values()) if (v == value) return true;
        return false;
    }

    public V put(K key, V value) {
        return m.put(new Id(key), value);
    }

    public V remove(Object key) {
        return m.remove(new Id(key));
    }

    public void clear() {
        m.clear();
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> other = (IdentityHashMap<?, ?>) o;
            if (other.size() != size()) return false;
            for (Map.Entry<Id, V> e : m.entrySet()) {
                if (!other.m.containsKey(e.getKey()) || other.m.get(e.getKey()) != e.getValue()) return false;
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int h = 0;
        for (Map.Entry<Id, V> e : m.entrySet()) h += e.getKey().hashCode() ^ System.identityHashCode(e.getValue());
        return h;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> c = (IdentityHashMap<K, V>) super.clone();
            c.m = new LinkedHashMap<>(m);
            return c;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                Iterator<Map.Entry<Id, V>> it = m.entrySet().iterator();
                return new Iterator<Map.Entry<K, V>>() {
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        Map.Entry<Id, V> e = it.next();
                        return new Map.Entry<K, V>() {
                            public K getKey() {
                                return (K) e.getKey().ref;
                            }

                            public V getValue() {
                                return e.getValue();
                            }

                            public V setValue(V value) {
                                return e.setValue(value);
                            }

                            public boolean equals(Object o) {
                                return o instanceof Map.Entry && ((Map.Entry<?, ?>) o).getKey() == getKey()
                                        && ((Map.Entry<?, ?>) o).getValue() == getValue();
                            }

                            public int hashCode() {
                                return System.identityHashCode(getKey()) ^ System.identityHashCode(getValue());
                            }

                            public String toString() {
                                return getKey() + "=" + getValue();
                            }
                        };
                    }

                    public void remove() {
                        it.remove();
                    }
                };
            }

            public int size() {
                return m.size();
            }

            public void clear() {
                m.clear();
            }
        };
    }
}
