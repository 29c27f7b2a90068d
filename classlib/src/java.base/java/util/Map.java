package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public interface Map<K, V> {
    interface Entry<K, V> {
        K getKey();

        V getValue();

        V setValue(V v);

        // ---- comparators (area: stream helper) ----

        static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return (a, b) -> a.getKey().compareTo(b.getKey());
        }

        static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return (a, b) -> a.getValue().compareTo(b.getValue());
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<? super K> cmp) {
            Objects.requireNonNull(cmp);
            return (a, b) -> cmp.compare(a.getKey(), b.getKey());
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<? super V> cmp) {
            Objects.requireNonNull(cmp);
            return (a, b) -> cmp.compare(a.getValue(), b.getValue());
        }
    }

    int size();

    boolean isEmpty();

    V get(Object key);

    V put(K key, V value);

    V remove(Object key);

    boolean containsKey(Object key);

    void clear();

    Set<K> keySet();

    Collection<V> values();

    Set<Map.Entry<K, V>> entrySet();

    default boolean containsValue(Object v) {
        for (V x : values()) {
            if (Objects.equals(x, v)) return true;
        }
        return false;
    }

    default V getOrDefault(Object key, V def) {
        V v = get(key);
        return v != null || containsKey(key) ? v : def;
    }

    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) v = put(key, value);
        return v;
    }

    default void forEach(BiConsumer<? super K, ? super V> action) {
        for (Map.Entry<K, V> e : entrySet()) action.accept(e.getKey(), e.getValue());
    }

    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> fn) {
        V old = get(key);
        V nv = old == null ? value : fn.apply(old, value);
        if (nv == null) remove(key);
        else put(key, nv);
        return nv;
    }

    default V computeIfAbsent(K key, Function<? super K, ? extends V> fn) {
        V v = get(key);
        if (v == null) {
            v = fn.apply(key);
            if (v != null) put(key, v);
        }
        return v;
    }

    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> fn) {
        V nv = fn.apply(key, get(key));
        if (nv == null) remove(key);
        else put(key, nv);
        return nv;
    }

    default void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }
}
