package java.util;

/** Map keyed by the constants of one enum type, stored in an array indexed by ordinal. */
@SuppressWarnings("unchecked")
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private final Class<K> keyType;
    private transient K[] keyUniverse;
    private transient Object[] vals;
    private transient int size = 0;
    private static final Object NULL = new Object();

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = (K[]) EnumSet.universeOf(keyType);
        vals = new Object[keyUniverse.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) throw new IllegalArgumentException("Specified map is empty");
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = (K[]) EnumSet.universeOf(keyType);
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    private Object maskNull(Object value) {
        return value == null ? NULL : value;
    }

    private V unmaskNull(Object value) {
        return (V) (value == NULL ? null : value);
    }

    private boolean isValidKey(Object key) {
        if (key == null) return false;
        Class<?> keyClass = key.getClass();
        return keyClass == keyType || keyClass.getSuperclass() == keyType;
    }

    private void typeCheck(K key) {
        if (key == null)
            throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"key\" is null");
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType)
            throw new ClassCastException(keyClass + " != " + keyType);
    }

    public int size() {
        return size;
    }

    public boolean containsValue(Object value) {
        value = maskNull(value);
        for (Object val : vals) if (value.equals(val)) return true;
        return false;
    }

    public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    public V get(Object key) {
        return isValidKey(key) ? unmaskNull(vals[((Enum<?>) key).ordinal()]) : null;
    }

    public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        Object oldValue = vals[index];
        vals[index] = maskNull(value);
        if (oldValue == null) size++;
        return unmaskNull(oldValue);
    }

    public V remove(Object key) {
        if (!isValidKey(key)) return null;
        int index = ((Enum<?>) key).ordinal();
        Object oldValue = vals[index];
        vals[index] = null;
        if (oldValue != null) size--;
        return unmaskNull(oldValue);
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<Map.Entry<K, V>>() {
                    int index = 0;
                    int lastReturned = -1;

                    public boolean hasNext() {
                        while (index < vals.length && vals[index] == null) index++;
                        return index != vals.length;
                    }

                    public Map.Entry<K, V> next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        int i = lastReturned = index++;
                        return new Map.Entry<K, V>() {
                            public K getKey() {
                                return keyUniverse[i];
                            }

                            public V getValue() {
                                return unmaskNull(vals[i]);
                            }

                            public V setValue(V value) {
                                V old = unmaskNull(vals[i]);
                                vals[i] = maskNull(value);
                                return old;
                            }

                            public boolean equals(Object o) {
                                return AbstractMap.entryEquals(getKey(), getValue(), o);
                            }

                            public int hashCode() {
                                return AbstractMap.entryHash(getKey(), getValue());
                            }

                            public String toString() {
                                return keyUniverse[i] + "=" + unmaskNull(vals[i]);
                            }
                        };
                    }

                    public void remove() {
                        if (lastReturned < 0) throw new IllegalStateException();
                        if (vals[lastReturned] != null) {
                            vals[lastReturned] = null;
                            size--;
                        }
                        lastReturned = -1;
                    }
                };
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                return containsKey(e.getKey()) && Objects.equals(get(e.getKey()), e.getValue());
            }

            public boolean remove(Object o) {
                if (!contains(o)) return false;
                EnumMap.this.remove(((Map.Entry<?, ?>) o).getKey());
                return true;
            }

            public void clear() {
                EnumMap.this.clear();
            }
        };
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof EnumMap) {
            EnumMap<?, ?> em = (EnumMap<?, ?>) o;
            if (em.keyType != keyType) return size == 0 && em.size == 0;
            for (int i = 0; i < keyUniverse.length; i++) {
                Object a = vals[i];
                Object b = em.vals[i];
                if (b != a && (b == null || !b.equals(a))) return false;
            }
            return true;
        }
        return super.equals(o);
    }

    public EnumMap<K, V> clone() {
        try {
            EnumMap<K, V> result = (EnumMap<K, V>) super.clone();
            result.vals = vals.clone();
            result.keySet = null;
            result.values = null;
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
