import java.util.*;

public class CollTreeMapBasic {
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
        TreeMap<String, Integer> m = new TreeMap<>();
        t("empty", () -> m + " " + m.size() + " " + m.firstEntry() + " " + m.lastEntry() + " " + m.pollFirstEntry() + " " + m.ceilingKey("a") + " " + m.comparator());
        t("firstKey", () -> m.firstKey());
        t("lastKey", () -> m.lastKey());
        t("put null empty", () -> m.put(null, 1));
        t("get null", () -> m.get(null));
        t("containsKey null", () -> m.containsKey(null));
        t("remove null", () -> m.remove(null));
        for (String s : "mango apple kiwi banana cherry fig date grape lemon".split(" ")) m.put(s, s.length());
        t("sorted", () -> m);
        t("put null", () -> m.put(null, 1));
        t("ceiling null", () -> m.ceilingKey(null));
        t("put existing", () -> m.put("kiwi", 40) + " " + m.get("kiwi") + " " + m.size());
        t("get", () -> m.get("fig") + " " + m.get("zzz") + " " + m.containsKey("date") + " " + m.containsValue(6) + " " + m.containsValue(60));
        t("remove", () -> m.remove("mango") + " " + m.remove("mango") + " " + m);
        t("first/last", () -> m.firstKey() + " " + m.lastKey() + " " + m.firstEntry() + " " + m.lastEntry());
        t("keys", () -> m.keySet() + " " + m.values() + " " + m.navigableKeySet() + " " + m.descendingKeySet());
        t("hash eq", () -> m.hashCode() + " " + m.equals(new HashMap<>(m)) + " " + new HashMap<>(m).equals(m));
        TreeMap<String, Integer> ci = new TreeMap<>((String x, String y) -> x.toLowerCase().compareTo(y.toLowerCase()));
        for (String s : "b A c a B C d".split(" ")) ci.merge(s, 1, Integer::sum);
        t("case insensitive", () -> ci + " " + ci.get("D") + " " + ci.containsKey("C"));
        TreeMap<Integer, String> rev = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 10; i++) rev.put(i * 3 % 10, "v" + i);
        t("reverse", () -> rev + " " + rev.firstKey() + " " + rev.headMap(5) + " " + rev.tailMap(5) + " " + rev.ceilingKey(4) + " " + rev.higherKey(4));
        TreeMap<String, Integer> nullCmp = new TreeMap<>((String x, String y) -> x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y));
        nullCmp.put(null, 0);
        nullCmp.put("b", 2);
        nullCmp.put("a", 1);
        t("nulls first", () -> nullCmp + " " + nullCmp.get(null) + " " + nullCmp.firstKey() + " " + nullCmp.containsKey(null));
        t("from map", () -> new TreeMap<>(Map.of(3, "c", 1, "a", 2, "b")));
        t("from sorted", () -> new TreeMap<>(rev).comparator() != null);
        t("clone", () -> {
            @SuppressWarnings("unchecked")
            TreeMap<String, Integer> c = (TreeMap<String, Integer>) m.clone();
            c.put("zz", 0);
            return c.size() + " " + m.size() + " " + c.lastKey();
        });
        t("entry setValue via iter", () -> {
            for (Map.Entry<String, Integer> e : m.entrySet()) e.setValue(e.getValue() * 2);
            return m;
        });
        t("first entry immutable", () -> m.firstEntry().setValue(5));
        t("entry toString", () -> m.ceilingEntry("c") + " " + m.ceilingEntry("c").getClass().getSimpleName().length());
        t("iter remove", () -> {
            Iterator<String> it = m.keySet().iterator();
            while (it.hasNext()) if (it.next().contains("a")) it.remove();
            return m;
        });
        t("cme", () -> {
            for (String k : m.keySet()) m.put(k + "x", 0);
            return m;
        });
        t("forEach", () -> {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, v) -> sb.append(k.charAt(0)));
            return sb;
        });
        t("replaceAll", () -> {
            m.replaceAll((k, v) -> k.length());
            return m;
        });
        t("putAll", () -> {
            m.putAll(Map.of("aa", 1, "zz", 2));
            return m;
        });
        t("values remove", () -> m.values().remove(2) + " " + m);
        t("entrySet remove", () -> m.entrySet().remove(Map.entry("aa", 1)) + " " + m);
        t("clear", () -> {
            m.clear();
            return m + " " + m.size();
        });
        t("non comparable", () -> {
            TreeMap<Object, Integer> x = new TreeMap<>();
            x.put("a", 1);
            return x.put("b", 2);
        });
    }
}
