import java.util.*;

public class CollHashMapCompute {
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

    static final class K implements Comparable<K> {
        final int id;

        K(int id) {
            this.id = id;
        }

        public int hashCode() {
            return id % 4;
        }

        public boolean equals(Object o) {
            return o instanceof K && ((K) o).id == id;
        }

        public int compareTo(K o) {
            return Integer.compare(id, o.id);
        }

        public String toString() {
            return "K" + id;
        }
    }

    public static void main(String[] args) {
        HashMap<Integer, Integer> a = new HashMap<>();
        HashMap<Integer, Integer> b = new HashMap<>();
        for (int i = 0; i < 13; i++) {
            a.put(i * 16, i);
            b.computeIfAbsent(i * 16, k -> k / 16);
        }
        t("put vs cia 13", () -> a.keySet() + " / " + b.keySet());
        for (int i = 13; i < 30; i++) {
            a.put(i * 16, i);
            b.merge(i * 16, i, Integer::sum);
        }
        t("put vs merge", () -> a.keySet() + " / " + b.keySet());
        HashMap<K, Integer> c = new HashMap<>();
        for (int i = 0; i < 20; i++) c.compute(new K(i), (k, v) -> v == null ? k.id : v + 1);
        t("compute collide", () -> c.keySet());
        for (int i = 0; i < 40; i++) c.merge(new K(i), 100, (x, y) -> x + y);
        t("merge collide", () -> c);
        HashMap<K, Integer> d = new HashMap<>();
        for (int i = 0; i < 40; i++) d.computeIfAbsent(new K(i * 4), k -> k.id);
        t("cia single bin", () -> d.keySet());
        HashMap<String, Integer> m = new HashMap<>();
        t("cia", () -> m.computeIfAbsent("a", k -> 1) + " " + m.computeIfAbsent("a", k -> 2) + " " + m.computeIfAbsent("n", k -> null) + " " + m);
        t("cip", () -> m.computeIfPresent("a", (k, v) -> v + 10) + " " + m.computeIfPresent("zz", (k, v) -> 5) + " " + m.computeIfPresent("a", (k, v) -> null) + " " + m);
        m.put("nullv", null);
        t("cia null value", () -> m.computeIfAbsent("nullv", k -> 7) + " " + m);
        m.put("nullv", null);
        t("cip null value", () -> m.computeIfPresent("nullv", (k, v) -> 7) + " " + m);
        t("compute", () -> m.compute("c", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("c", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("c", (k, v) -> null) + " " + m.compute("q", (k, v) -> null) + " " + m);
        m.put("nullv", null);
        t("compute null->null", () -> m.compute("nullv", (k, v) -> null) + " " + m.containsKey("nullv"));
        t("merge", () -> m.merge("x", 1, Integer::sum) + " " + m.merge("x", 5, Integer::sum) + " " + m.merge("x", 1, (p, q) -> null) + " " + m);
        m.put("nv", null);
        t("merge null old", () -> m.merge("nv", 3, (p, q) -> 99) + " " + m);
        t("merge null value", () -> m.merge("x", null, Integer::sum));
        t("merge null fn", () -> m.merge("x", 1, null));
        t("cia null fn", () -> m.computeIfAbsent("x", null));
        t("getOrDefault", () -> m.getOrDefault("x", -1) + " " + m.getOrDefault("nv", -1) + " " + m.getOrDefault("zz", -1));
        m.put("nul", null);
        t("getOrDefault null val", () -> m.getOrDefault("nul", -1));
        t("putIfAbsent", () -> m.putIfAbsent("p", 1) + " " + m.putIfAbsent("p", 2) + " " + m.putIfAbsent("nul", 3) + " " + m);
        t("replace", () -> m.replace("p", 10) + " " + m.replace("zz", 1) + " " + m.replace("p", 10, 11) + " " + m.replace("p", 10, 12) + " " + m);
        t("remove kv", () -> m.remove("p", 12) + " " + m.remove("p", 11) + " " + m.remove("zz", null) + " " + m);
        t("replaceAll", () -> {
            m.replaceAll((k, v) -> v == null ? -1 : v * 2);
            return m;
        });
        t("forEach", () -> {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, v) -> sb.append(k).append(v));
            return sb;
        });
        t("cia cme", () -> m.computeIfAbsent("new1", k -> {
            m.put("other", 1);
            return 5;
        }));
        t("after cme", () -> m);
        t("compute cme", () -> m.compute("new2", (k, v) -> {
            m.remove("other");
            return 5;
        }));
        t("merge cme", () -> m.merge("x2", 1, (p, q) -> 0) + " " + m.merge("x2", 1, (p, q) -> {
            m.clear();
            return 0;
        }));
        t("forEach cme", () -> {
            HashMap<Integer, Integer> z = new HashMap<>(Map.of(1, 1, 2, 2));
            z.forEach((k, v) -> z.put(k + 10, v));
            return z;
        });
        t("replaceAll cme", () -> {
            HashMap<Integer, Integer> z = new HashMap<>(Map.of(1, 1, 2, 2));
            z.replaceAll((k, v) -> {
                z.remove(2);
                return v;
            });
            return z;
        });
        TreeMap<String, Integer> tm = new TreeMap<>();
        t("tm defaults", () -> tm.computeIfAbsent("a", k -> 1) + " " + tm.merge("a", 5, Integer::sum) + " " + tm.compute("b", (k, v) -> 3) + " " + tm.computeIfPresent("b", (k, v) -> null) + " " + tm.putIfAbsent("c", 9) + " " + tm.replace("c", 10) + " " + tm.getOrDefault("zz", 0) + " " + tm);
        LinkedHashMap<String, Integer> lm = new LinkedHashMap<>();
        t("lhm defaults", () -> lm.computeIfAbsent("z", k -> 1) + " " + lm.merge("a", 5, Integer::sum) + " " + lm.compute("m", (k, v) -> 3) + " " + lm.merge("z", 1, Integer::sum) + " " + lm);
    }
}
