import java.util.*;

public class CollLinkedHashMap {
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

    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        final List<String> evicted = new ArrayList<>();

        Lru(int cap) {
            super(4, 0.75f, true);
            this.cap = cap;
        }

        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean r = size() > cap;
            if (r) evicted.add(eldest.getKey() + "=" + eldest.getValue());
            return r;
        }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        for (String s : "zeta alpha mu beta omega pi rho".split(" ")) ins.put(s, s.length());
        t("insertion", () -> ins);
        ins.put("alpha", 100);
        ins.get("zeta");
        t("reput keeps order", () -> ins);
        ins.remove("mu");
        ins.put("mu", 2);
        t("remove+put", () -> ins + " " + ins.keySet() + " " + ins.values());
        LinkedHashMap<String, Integer> acc = new LinkedHashMap<>(16, 0.75f, true);
        for (String s : "a b c d e f".split(" ")) acc.put(s, s.charAt(0) - 'a');
        acc.get("b");
        acc.get("a");
        acc.get("zz");
        t("access get", () -> acc.toString());
        acc.put("c", 30);
        acc.getOrDefault("d", -1);
        acc.putIfAbsent("e", 99);
        t("access put/getOrDefault/putIfAbsent", () -> acc.toString());
        acc.replace("f", 50);
        acc.computeIfPresent("b", (k, v) -> v + 1);
        acc.merge("a", 1, Integer::sum);
        acc.compute("new", (k, v) -> 7);
        t("access replace/cip/merge/compute", () -> acc.toString());
        acc.containsKey("c");
        acc.containsValue(30);
        t("containsKey no access", () -> acc.toString());
        t("get during iteration", () -> {
            for (String k : acc.keySet()) acc.get(k);
            return acc;
        });
        t("get last during iteration", () -> {
            int n = 0;
            for (String k : acc.keySet()) if (++n == acc.size()) acc.get(k);
            return acc;
        });
        t("entry setValue no reorder", () -> {
            for (Map.Entry<String, Integer> e : acc.entrySet()) e.setValue(e.getValue() + 1);
            return acc;
        });
        Lru<Integer, String> lru = new Lru<>(3);
        for (int i = 0; i < 8; i++) {
            lru.put(i, "v" + i);
            if (i % 3 == 0) lru.get(i - 1);
        }
        t("lru", () -> lru + " evicted=" + lru.evicted);
        lru.computeIfAbsent(100, k -> "c");
        lru.merge(101, "m", String::concat);
        lru.compute(102, (k, v) -> "x");
        lru.putIfAbsent(103, "p");
        t("lru compute", () -> lru + " evicted=" + lru.evicted);
        Lru<Integer, String> lru2 = new Lru<>(2);
        lru2.putAll(Map.of(1, "a"));
        lru2.putAll(new TreeMap<>(Map.of(2, "b", 3, "c", 4, "d")));
        t("lru putAll", () -> lru2 + " evicted=" + lru2.evicted);
        LinkedHashMap<Integer, Integer> big = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) big.put((i * 37) % 101, i);
        for (int i = 0; i < 100; i += 3) big.remove(i);
        t("big order", () -> big.keySet().toString().hashCode() + " " + big.size() + " " + big.keySet().iterator().next());
        t("iter remove", () -> {
            Iterator<Map.Entry<Integer, Integer>> it = big.entrySet().iterator();
            while (it.hasNext()) if (it.next().getValue() % 2 == 0) it.remove();
            return big.size() + " " + big.keySet().toString().hashCode();
        });
        t("clear", () -> {
            big.clear();
            big.put(5, 5);
            return big;
        });
        LinkedHashMap<Integer, Integer> copy = new LinkedHashMap<>(new TreeMap<>(Map.of(3, 3, 1, 1, 2, 2)));
        t("copy", () -> copy + " " + copy.equals(Map.of(1, 1, 2, 2, 3, 3)));
        LinkedHashMap<Integer, Integer> tree = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) tree.put(i * 64, i);
        for (int i = 0; i < 50; i += 7) tree.remove(i * 64);
        t("collide order", () -> tree.keySet());
        t("forEach", () -> {
            StringBuilder sb = new StringBuilder();
            copy.forEach((k, v) -> sb.append(k).append(v));
            return sb;
        });
        t("replaceAll", () -> {
            copy.replaceAll((k, v) -> v * 10);
            return copy;
        });
        LinkedHashSet<String> lhs = new LinkedHashSet<>(List.of("q", "w", "e", "r", "t", "y"));
        lhs.add("q");
        lhs.remove("e");
        lhs.add("e");
        t("lhs", () -> lhs + " " + lhs.contains("w") + " " + lhs.equals(Set.of("q", "w", "e", "r", "t", "y")) + " " + lhs.hashCode());
        LinkedHashSet<Integer> lhs2 = new LinkedHashSet<>();
        for (int i = 50; i > 0; i -= 3) lhs2.add(i);
        lhs2.removeIf(x -> x % 4 == 0);
        t("lhs2", () -> lhs2);
        @SuppressWarnings("unchecked")
        LinkedHashSet<Integer> cl = (LinkedHashSet<Integer>) lhs2.clone();
        cl.add(-1);
        t("lhs clone", () -> cl + " " + lhs2.size());
        LinkedHashMap<String, Integer> am = new LinkedHashMap<>(4, 0.75f, true);
        for (String k : "p q r s t".split(" ")) am.put(k, k.charAt(0) - 'p');
        am.get("q");
        am.get("p");
        t("access clone", () -> {
            @SuppressWarnings("unchecked")
            LinkedHashMap<String, Integer> c = (LinkedHashMap<String, Integer>) am.clone();
            c.get("r");
            c.put("u", 9);
            return c + " " + am + " " + c.equals(am);
        });
        t("access copy ctor", () -> {
            LinkedHashMap<String, Integer> c = new LinkedHashMap<>(am);
            c.get("s");
            return c + " " + am;
        });
        t("hashmap clone order", () -> {
            HashMap<Integer, Integer> h = new HashMap<>(4);
            for (int i = 0; i < 40; i += 3) h.put(i * 17, i);
            @SuppressWarnings("unchecked")
            HashMap<Integer, Integer> c = (HashMap<Integer, Integer>) h.clone();
            c.put(1000, 0);
            return h.keySet() + " " + c.keySet();
        });
    }
}
