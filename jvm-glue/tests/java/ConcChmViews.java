import java.util.*;
import java.util.concurrent.*;

public class ConcChmViews {
    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (String s : "alpha beta gamma delta epsilon zeta eta theta iota kappa".split(" ")) m.put(s, s.length());
        System.out.println(m);
        System.out.println(m.keySet() + " " + m.values() + " " + m.entrySet());
        System.out.println(m.containsKey("eta") + " " + m.containsValue(5) + " " + m.containsValue(42) + " " + m.get("nope") + " " + m.getOrDefault("nope", -1));
        System.out.println(m.putIfAbsent("eta", 99) + " " + m.putIfAbsent("omega", 5) + " " + m.replace("omega", 6) + " " + m.replace("omega", 6, 7) + " " + m.replace("omega", 1, 2) + " " + m.remove("omega", 1) + " " + m.remove("omega", 7));
        System.out.println(m.computeIfAbsent("mu", String::length) + " " + m.computeIfAbsent("mu", k -> 100) + " " + m.computeIfAbsent("nu", k -> null) + " " + m.containsKey("nu"));
        System.out.println(m.computeIfPresent("mu", (k, v) -> v * 10) + " " + m.computeIfPresent("mu", (k, v) -> null) + " " + m.computeIfPresent("mu", (k, v) -> 1));
        System.out.println(m.compute("xi", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("xi", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("xi", (k, v) -> null) + " " + m.merge("pi", 3, Integer::sum) + " " + m.merge("pi", 3, Integer::sum) + " " + m.merge("pi", 3, (a, b) -> null));
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        Map.Entry<String, Integer> first = it.next();
        System.out.println("setValue old " + first.setValue(1000) + " map has " + m.get(first.getKey()) + " entry " + first);
        it.remove();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("double remove: " + e);
        }
        System.out.println(m.size() + " " + m.containsKey(first.getKey()));
        m.keySet().remove("beta");
        m.values().remove(5);
        m.entrySet().removeIf(e -> e.getValue() == 4);
        m.values().removeIf(v -> v == 7);
        m.keySet().removeIf(k -> k.startsWith("t"));
        System.out.println(m);
        try {
            m.keySet().add("no");
        } catch (UnsupportedOperationException e) {
            System.out.println("keySet add: " + e);
        }
        try {
            m.values().add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("values add: " + e);
        }
        ConcurrentHashMap.KeySetView<String, Integer> withDefault = m.keySet(0);
        System.out.println(withDefault.add("added") + " " + withDefault.add("added") + " " + m.get("added") + " " + withDefault.getMappedValue() + " " + withDefault.getMap().size());
        System.out.println(m.entrySet().add(new AbstractEntry("entry", 8)) + " " + m.get("entry") + " " + m.entrySet().contains(new AbstractEntry("entry", 8)) + " " + m.entrySet().remove(new AbstractEntry("entry", 9)));
        ConcurrentHashMap.KeySetView<Integer, Boolean> ks = ConcurrentHashMap.newKeySet(4);
        for (int i = 10; i > 0; i--) ks.add(i * 7);
        System.out.println(ks + " " + ks.contains(14) + " " + ks.remove(14) + " " + ks.size() + " " + ks.getMappedValue());
        HashMap<String, Integer> copy = new HashMap<>(m);
        System.out.println(m.equals(copy) + " " + copy.equals(m) + " " + (m.hashCode() == copy.hashCode()) + " " + m.keySet().equals(copy.keySet()));
        copy.put("different", 1);
        System.out.println(m.equals(copy));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k.charAt(0)).append(v));
        System.out.println(sb);
        sb.setLength(0);
        m.forEach(Long.MAX_VALUE, (k, v) -> k + v, s -> sb.append(s).append(','));
        m.forEachKey(Long.MAX_VALUE, k -> sb.append(k.length()));
        m.forEachValue(Long.MAX_VALUE, v -> sb.append(v));
        System.out.println(sb);
        System.out.println(m.reduceValues(1, Integer::sum) + " " + m.reduce(1, (k, v) -> k.length() * v, Integer::sum) + " " + m.reduceKeys(1, (a, b) -> a.compareTo(b) < 0 ? a : b) + " " + m.search(Long.MAX_VALUE, (k, v) -> v > 5 ? k : null) + " " + m.searchKeys(Long.MAX_VALUE, k -> k.contains("p") ? k : null) + " " + m.reduceValuesToLong(1, Integer::longValue, 0L, Long::sum) + " " + m.reduceValuesToInt(Long.MAX_VALUE, v -> v, 1, (a, b) -> a * b % 1000));
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(m + " " + m.mappingCount());
        System.out.println(Arrays.toString(m.keySet().toArray()) + " " + Arrays.toString(m.values().toArray()));
        try {
            m.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("put null key: " + e);
        }
        try {
            m.put("x", null);
        } catch (NullPointerException e) {
            System.out.println("put null value: " + e);
        }
        try {
            m.get(null);
        } catch (NullPointerException e) {
            System.out.println("get null: " + e.getMessage());
        }
        try {
            m.remove(null);
        } catch (NullPointerException e) {
            System.out.println("remove null: " + e.getMessage());
        }
        try {
            m.containsValue(null);
        } catch (NullPointerException e) {
            System.out.println("containsValue null: " + e);
        }
        try {
            m.merge("a", null, Integer::sum);
        } catch (NullPointerException e) {
            System.out.println("merge null: " + e);
        }
        try {
            new ConcurrentHashMap<String, String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative capacity: " + e);
        }
        try {
            new ConcurrentHashMap<String, String>(4, 0f);
        } catch (IllegalArgumentException e) {
            System.out.println("zero load factor: " + e);
        }
        m.clear();
        System.out.println(m + " " + m.isEmpty() + " " + m.keySet() + " " + m.size());
    }

    static final class AbstractEntry implements Map.Entry<String, Integer> {
        final String k;
        final Integer v;

        AbstractEntry(String k, Integer v) {
            this.k = k;
            this.v = v;
        }

        public String getKey() {
            return k;
        }

        public Integer getValue() {
            return v;
        }

        public Integer setValue(Integer value) {
            throw new UnsupportedOperationException();
        }
    }
}
