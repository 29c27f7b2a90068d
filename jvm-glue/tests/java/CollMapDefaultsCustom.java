import java.util.*;
import java.util.function.*;

public class CollMapDefaultsCustom {
    interface R {
        Object run() throws Exception;
    }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e);
        }
    }

    /** A minimal Map that relies on every default method; logs the primitive calls. */
    static final class Logged<K, V> implements Map<K, V> {
        final TreeMap<K, V> m = new TreeMap<>();
        final StringBuilder log = new StringBuilder();

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean containsKey(Object k) {
            log.append("ck ");
            return m.containsKey(k);
        }

        public boolean containsValue(Object v) {
            return m.containsValue(v);
        }

        public V get(Object k) {
            log.append("g ");
            return m.get(k);
        }

        public V put(K k, V v) {
            log.append("p ");
            return m.put(k, v);
        }

        public V remove(Object k) {
            log.append("r ");
            return m.remove(k);
        }

        public void putAll(Map<? extends K, ? extends V> o) {
            m.putAll(o);
        }

        public void clear() {
            m.clear();
        }

        public Set<K> keySet() {
            return m.keySet();
        }

        public Collection<V> values() {
            return m.values();
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return m.entrySet();
        }

        String take() {
            String s = log.toString().trim();
            log.setLength(0);
            return "[" + s + "] " + m;
        }
    }

    public static void main(String[] args) {
        Logged<String, Integer> l = new Logged<>();
        l.put("a", 1);
        l.put("n", null);
        l.take();
        t("getOrDefault", () -> l.getOrDefault("a", 9) + " " + l.getOrDefault("n", 9) + " " + l.getOrDefault("z", 9) + " " + l.take());
        t("putIfAbsent", () -> l.putIfAbsent("a", 5) + " " + l.putIfAbsent("n", 5) + " " + l.putIfAbsent("b", 2) + " " + l.take());
        l.put("n", null);
        l.take();
        t("remove kv", () -> l.remove("a", 2) + " " + l.remove("a", 1) + " " + l.remove("n", null) + " " + l.remove("zz", null) + " " + l.take());
        l.put("n", null);
        l.put("a", 1);
        l.take();
        t("replace3", () -> l.replace("a", 1, 10) + " " + l.replace("a", 1, 11) + " " + l.replace("n", null, 7) + " " + l.replace("q", null, 7) + " " + l.take());
        l.put("n", null);
        l.take();
        t("replace2", () -> l.replace("a", 100) + " " + l.replace("n", 5) + " " + l.replace("q", 5) + " " + l.take());
        l.put("n", null);
        l.take();
        t("computeIfAbsent", () -> l.computeIfAbsent("a", k -> 0) + " " + l.computeIfAbsent("n", k -> 3) + " " + l.computeIfAbsent("c", k -> null) + " " + l.take());
        t("computeIfPresent", () -> l.computeIfPresent("a", (k, v) -> v + 1) + " " + l.computeIfPresent("n", (k, v) -> null) + " " + l.computeIfPresent("zz", (k, v) -> 1) + " " + l.take());
        l.put("nn", null);
        l.take();
        t("compute", () -> l.compute("a", (k, v) -> null) + " " + l.compute("nn", (k, v) -> null) + " " + l.compute("x", (k, v) -> null) + " " + l.compute("y", (k, v) -> v == null ? 1 : v) + " " + l.take());
        l.put("nn", null);
        l.take();
        t("merge", () -> l.merge("y", 5, Integer::sum) + " " + l.merge("nn", 4, Integer::sum) + " " + l.merge("y", 1, (a, b) -> null) + " " + l.merge("new", 8, Integer::sum) + " " + l.take());
        t("merge null", () -> l.merge("y", null, Integer::sum));
        t("merge null fn", () -> l.merge("y", 1, null));
        t("cia null fn", () -> l.computeIfAbsent("y", null));
        t("forEach", () -> {
            StringBuilder sb = new StringBuilder();
            l.forEach((k, v) -> sb.append(k).append(v));
            return sb;
        });
        t("replaceAll", () -> {
            l.replaceAll((k, v) -> k.length() * 100);
            return l.take();
        });
        t("forEach null", () -> {
            l.forEach(null);
            return 0;
        });
    }
}
