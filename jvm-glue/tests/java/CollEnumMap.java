import java.util.*;

public class CollEnumMap {
    enum Color { RED, GREEN, BLUE, YELLOW, BLACK }

    enum Size { S, M, L }

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
        EnumMap<Color, Integer> m = new EnumMap<>(Color.class);
        t("empty", () -> m + " " + m.size() + " " + m.isEmpty() + " " + m.get(Color.RED) + " " + m.containsKey(Color.RED));
        t("put", () -> m.put(Color.BLUE, 3) + " " + m.put(Color.RED, 1) + " " + m.put(Color.BLUE, 33) + " " + m.put(Color.BLACK, null) + " " + m);
        t("get", () -> m.get(Color.BLUE) + " " + m.get(Color.BLACK) + " " + m.containsKey(Color.BLACK) + " " + m.containsValue(null) + " " + m.containsValue(33) + " " + m.get(null) + " " + m.get("RED") + " " + m.containsKey(Size.S));
        t("put null key", () -> m.put(null, 1));
        t("size", () -> m.size() + " " + m.keySet() + " " + m.values() + " " + m.entrySet());
        t("remove", () -> m.remove(Color.BLACK) + " " + m.remove(Color.GREEN) + " " + m.remove(null) + " " + m.remove(Size.S) + " " + m + " " + m.size());
        m.put(Color.YELLOW, 4);
        m.put(Color.GREEN, 2);
        t("order", () -> m);
        t("entry setValue", () -> {
            for (Map.Entry<Color, Integer> e : m.entrySet()) e.setValue(e.getValue() * 10);
            return m;
        });
        t("iter remove", () -> {
            Iterator<Color> it = m.keySet().iterator();
            while (it.hasNext()) if (it.next() == Color.GREEN) it.remove();
            return m + " " + m.size();
        });
        t("values remove", () -> m.values().remove(40) + " " + m);
        t("equals", () -> m.equals(Map.of(Color.RED, 10, Color.BLUE, 330)) + " " + new HashMap<>(m).equals(m) + " " + (m.hashCode() == new HashMap<>(m).hashCode()) + " " + m.equals(new EnumMap<>(m)));
        t("copy ctor", () -> new EnumMap<>(m) + " " + new EnumMap<>(new HashMap<>(Map.of(Size.L, "l", Size.S, "s"))));
        t("copy empty", () -> new EnumMap<Color, Integer>(new HashMap<Color, Integer>()));
        t("copy empty enummap", () -> new EnumMap<Color, Integer>(new EnumMap<Color, Integer>(Color.class)));
        t("defaults", () -> m.merge(Color.RED, 5, Integer::sum) + " " + m.computeIfAbsent(Color.BLACK, c -> c.ordinal()) + " " + m.getOrDefault(Color.GREEN, -1) + " " + m.putIfAbsent(Color.RED, 0) + " " + m);
        t("clone", () -> {
            EnumMap<Color, Integer> c = m.clone();
            c.clear();
            return c + " " + m;
        });
        t("putAll", () -> {
            EnumMap<Color, Integer> c = new EnumMap<>(Color.class);
            c.putAll(Map.of(Color.GREEN, 1));
            c.putAll(m);
            return c;
        });
        t("forEach", () -> {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, v) -> sb.append(k.name().charAt(0)).append(v));
            return sb;
        });
        t("entrySet contains", () -> m.entrySet().contains(Map.entry(Color.RED, 15)) + " " + m.entrySet().contains(Map.entry(Color.RED, 1)));
        t("clear", () -> {
            m.clear();
            return m + " " + m.size();
        });
        EnumMap<Size, List<String>> groups = new EnumMap<>(Size.class);
        for (String w : "a bb ccc d ee fff gggg".split(" ")) groups.computeIfAbsent(w.length() == 1 ? Size.S : w.length() == 2 ? Size.M : Size.L, k -> new ArrayList<>()).add(w);
        t("groups", () -> groups);
    }
}
