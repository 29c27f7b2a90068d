import java.util.*;

public class CollHashMapViews {
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

    public static void main(String[] args) {
        for (int kind = 0; kind < 3; kind++) {
            Map<String, Integer> m = kind == 0 ? new HashMap<>() : kind == 1 ? new LinkedHashMap<>() : new TreeMap<>();
            System.out.println("== " + m.getClass().getSimpleName());
            for (String s : "one two three four five six seven eight nine ten".split(" ")) m.put(s, s.length());
            Set<String> ks = m.keySet();
            Collection<Integer> vs = m.values();
            Set<Map.Entry<String, Integer>> es = m.entrySet();
            t("views", () -> ks + " " + vs + " " + es);
            t("sizes", () -> ks.size() + " " + vs.size() + " " + es.size() + " " + ks.contains("six") + " " + vs.contains(5) + " " + vs.contains(9));
            t("ks remove", () -> ks.remove("six") + " " + ks.remove("nope") + " " + m);
            t("vs remove", () -> vs.remove(3) + " " + m);
            t("es contains", () -> es.contains(Map.entry("four", 4)) + " " + es.contains(Map.entry("four", 5)) + " " + es.contains("four"));
            t("es remove", () -> es.remove(new AbstractMap.SimpleEntry<>("four", 5)) + " " + es.remove(new AbstractMap.SimpleEntry<>("four", 4)) + " " + m);
            t("setValue", () -> {
                for (Map.Entry<String, Integer> e : es) if (e.getKey().startsWith("t")) e.setValue(e.getValue() * 100);
                return m;
            });
            t("entry eq", () -> {
                Map.Entry<String, Integer> e = es.iterator().next();
                return e + " " + e.hashCode() + " " + e.equals(new AbstractMap.SimpleEntry<>(e.getKey(), e.getValue())) + " " + e.equals(Map.entry(e.getKey(), e.getValue()));
            });
            t("ks retainAll", () -> ks.retainAll(Set.of("one", "two", "three", "seven", "nine", "ten", "zz")) + " " + m);
            t("vs removeIf", () -> vs.removeIf(v -> v > 100) + " " + m);
            t("es removeIf", () -> es.removeIf(e -> e.getKey().equals("one")) + " " + m);
            t("ks toArray", () -> Arrays.toString(ks.toArray()) + " " + Arrays.toString(ks.toArray(new String[0])) + " " + Arrays.toString(vs.toArray(new Integer[5])));
            t("ks add", () -> ks.add("x"));
            t("vs add", () -> vs.add(1));
            t("es add", () -> es.add(Map.entry("a", 1)));
            t("iter remove", () -> {
                Iterator<String> it = ks.iterator();
                it.next();
                it.remove();
                try {
                    it.remove();
                } catch (IllegalStateException e) {
                    System.out.println("ISE");
                }
                return m;
            });
            t("iter cme", () -> {
                for (String k : ks) m.put(k + "!", 0);
                return m;
            });
            t("after", () -> m);
            t("iter noncme put existing", () -> {
                for (String k : ks) m.put(k, 1);
                return m;
            });
            t("hash eq", () -> m.hashCode() + " " + m.equals(new HashMap<>(m)) + " " + m.equals(new TreeMap<>(m)) + " " + new TreeMap<>(m).equals(m) + " " + m.keySet().equals(new HashSet<>(m.keySet())) + " " + ks.hashCode());
            t("ks clear", () -> {
                ks.clear();
                return m + " " + es + " " + vs + " " + m.isEmpty();
            });
            t("empty iter", () -> es.iterator().next());
        }
        HashMap<Integer, Integer> hm = new HashMap<>();
        for (int i = 0; i < 20; i++) hm.put(i, i);
        t("keySet forEach", () -> {
            StringBuilder sb = new StringBuilder();
            hm.keySet().forEach(sb::append);
            hm.values().forEach(v -> sb.append('.'));
            hm.entrySet().forEach(e -> sb.append(e.getValue() % 2));
            return sb;
        });
        t("keySet forEach cme", () -> {
            hm.keySet().forEach(k -> hm.remove(k));
            return hm;
        });
    }
}
