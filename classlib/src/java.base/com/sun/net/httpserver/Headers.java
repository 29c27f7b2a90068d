package com.sun.net.httpserver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTTP headers: a map from header name to values whose keys are normalised
 * (first character upper case, the rest lower case), so lookups ignore case.
 */
public class Headers implements Map<String, List<String>> {
    // HotSpot's capacity, so that headers are written in HotSpot's order
    private final HashMap<String, List<String>> map = new HashMap<>(32);

    public Headers() {}

    /** A key and its normal form, remembered by {@link #normalize}. */
    private static final class Normal {
        final String key, normal;

        Normal(String key, String normal) {
            this.key = key;
            this.normal = normal;
        }
    }

    /**
     * Keys normalised lately, by hash. Handlers and the server pass the same
     * literal names on every exchange, so the same String object usually
     * comes back and its normal form is found without a scan.
     */
    private static final Normal[] NORMALS = new Normal[32];

    private static String normalize(String key) {
        if (key == null) return null;
        int slot = key.hashCode() & (NORMALS.length - 1);
        Normal memo = NORMALS[slot];
        if (memo != null && memo.key == key) return memo.normal;
        String normal = normalizeNew(key);
        NORMALS[slot] = new Normal(key, normal);
        return normal;
    }

    private static String normalizeNew(String key) {
        int n = key.length();
        if (n == 0) return key;
        if (isNormal(key, n)) return key; // the usual case: no copy
        char[] c = key.toCharArray();
        if (c[0] >= 'a' && c[0] <= 'z') c[0] = (char) (c[0] - ('a' - 'A'));
        for (int i = 1; i < n; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') c[i] = (char) (c[i] + ('a' - 'A'));
            else if (c[i] == '\r' || c[i] == '\n') throw new IllegalArgumentException("illegal character in key");
        }
        return new String(c);
    }

    /** Whether {@code key} is already in normal form (and has no CR/LF). */
    private static boolean isNormal(String key, int n) {
        char c0 = key.charAt(0);
        if (c0 >= 'a' && c0 <= 'z') return false;
        for (int i = 1; i < n; i++) {
            char c = key.charAt(i);
            if ((c >= 'A' && c <= 'Z') || c == '\r' || c == '\n') return false;
        }
        return true;
    }

    private static String key(Object key) {
        return key instanceof String ? normalize((String) key) : null;
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String && map.containsKey(normalize((String) key));
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public List<String> get(Object key) {
        return map.get(key(key));
    }

    public String getFirst(String key) {
        List<String> l = map.get(normalize(key));
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    /** Adds a value under a key the caller has normalised (the server's request parser). */
    void addNormal(String normalKey, String value) {
        List<String> l = map.get(normalKey);
        if (l == null) {
            l = new ArrayList<>(2);
            map.put(normalKey, l);
        }
        l.add(value);
    }

    /** Writes every header as "Name: value" lines, one per value. */
    void writeTo(ServerImpl.Wire w) throws java.io.IOException {
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            List<String> vs = e.getValue();
            if (vs == null) continue;
            String k = e.getKey();
            for (int i = 0, n = vs.size(); i < n; i++) {
                String v = vs.get(i);
                w.writeHeader(k, v == null ? "null" : v);
            }
        }
    }

    @Override
    public List<String> put(String key, List<String> value) {
        return map.put(normalize(key), value);
    }

    public void add(String key, String value) {
        String k = normalize(key);
        List<String> l = map.get(k);
        if (l == null) {
            l = new ArrayList<>();
            map.put(k, l);
        }
        l.add(value);
    }

    /** Sets a key the caller has normalised (the server's own Date, Content-length, Connection). */
    void setNormal(String normalKey, String value) {
        List<String> l = new ArrayList<>(1);
        l.add(value);
        map.put(normalKey, l);
    }

    public void set(String key, String value) {
        List<String> l = new ArrayList<>(1);
        l.add(value);
        map.put(normalize(key), l);
    }

    @Override
    public List<String> remove(Object key) {
        return map.remove(key(key));
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<String>> t) {
        for (Map.Entry<? extends String, ? extends List<String>> e : t.entrySet()) put(e.getKey(), e.getValue());
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public Set<String> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<List<String>> values() {
        return map.values();
    }

    @Override
    public Set<Map.Entry<String, List<String>>> entrySet() {
        return map.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return map.equals(o);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }
}
