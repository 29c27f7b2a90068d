import java.util.*;

public class CollImmutables {
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

    static String sorted(Collection<?> c) {
        List<String> l = new ArrayList<>();
        for (Object o : c) l.add(String.valueOf(o));
        Collections.sort(l);
        return l.toString();
    }

    public static void main(String[] args) {
        List<Integer> l0 = List.of(), l1 = List.of(1), l2 = List.of(1, 2), l3 = List.of(1, 2, 3), l12 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        t("lists", () -> l0 + " " + l1 + " " + l2 + " " + l3 + " " + l12 + " " + l12.size());
        t("hash", () -> l0.hashCode() + " " + l1.hashCode() + " " + l3.hashCode() + " " + l3.equals(Arrays.asList(1, 2, 3)) + " " + Arrays.asList(1, 2, 3).equals(l3) + " " + l3.equals(List.of(1, 2)));
        t("l1 get", () -> l1.get(1));
        t("l2 get", () -> l2.get(-1));
        t("l3 get", () -> l3.get(3));
        t("l0 get", () -> l0.get(0));
        t("l3 contains null", () -> l3.contains(null));
        t("l1 indexOf null", () -> l1.indexOf(null));
        t("l3 lastIndexOf", () -> l12.lastIndexOf(5) + " " + l12.indexOf(13));
        t("l listIterator", () -> l3.listIterator(4));
        t("l0 listIterator", () -> l0.listIterator(1));
        t("l sub", () -> l12.subList(3, 6) + " " + l12.subList(3, 6).get(1) + " " + l12.subList(3, 6).size());
        t("l sub get", () -> l12.subList(3, 6).get(3));
        t("l sub bad", () -> l12.subList(6, 3));
        t("l sub li", () -> l12.subList(3, 6).listIterator(4));
        t("l add", () -> l3.add(4));
        t("l add idx", () -> {
            l3.add(0, 4);
            return 0;
        });
        t("l set", () -> l3.set(0, 4));
        t("l remove", () -> l3.remove(0));
        t("l remove obj", () -> l3.remove((Object) 1));
        t("l clear empty", () -> {
            l0.clear();
            return 0;
        });
        t("l sort", () -> {
            l3.sort(null);
            return 0;
        });
        t("l replaceAll", () -> {
            l3.replaceAll(x -> x);
            return 0;
        });
        t("l removeIf", () -> l3.removeIf(x -> false));
        t("l addAll empty", () -> l3.addAll(List.of()));
        t("l iter remove", () -> {
            Iterator<Integer> it = l3.iterator();
            it.next();
            it.remove();
            return 0;
        });
        t("l li set", () -> {
            ListIterator<Integer> it = l3.listIterator();
            it.next();
            it.set(3);
            return 0;
        });
        t("l of null", () -> List.of(1, null));
        t("l of null1", () -> List.of((Object) null));
        t("l of arr null elem", () -> List.of(new Integer[] {1, 2, null}));
        Integer[] arr = {3, 2, 1};
        List<Integer> fromArr = List.of(arr);
        arr[0] = 99;
        t("l of arr copy", () -> fromArr);
        t("l copyOf", () -> List.copyOf(new ArrayList<>(List.of(5, 6))) + " " + (List.copyOf(l3) == l3));
        t("l copyOf null", () -> List.copyOf(Arrays.asList(1, null)));
        t("l toArray", () -> Arrays.toString(l3.toArray()) + " " + Arrays.toString(l3.toArray(new Integer[5])) + " " + l3.toArray(new Number[0]).getClass().getSimpleName());
        t("l iter", () -> {
            StringBuilder sb = new StringBuilder();
            ListIterator<Integer> it = l12.listIterator(6);
            while (it.hasPrevious()) sb.append(it.previous()).append(it.nextIndex());
            return sb;
        });
        t("l iter end", () -> l1.iterator().next() + " " + l0.iterator().hasNext());
        t("l0 iter next", () -> l0.iterator().next());
        Set<String> s0 = Set.of(), s1 = Set.of("a"), s2 = Set.of("a", "b"), s5 = Set.of("e", "d", "c", "b", "a");
        t("sets", () -> s0 + " " + s1 + " " + sorted(s2) + " " + sorted(s5) + " " + s5.size() + " " + s5.contains("c") + " " + s5.contains("z"));
        t("set hash", () -> s5.hashCode() + " " + s5.equals(new HashSet<>(List.of("a", "b", "c", "d", "e"))) + " " + new TreeSet<>(s5).equals(s5) + " " + s0.equals(Set.of()));
        t("s dup", () -> Set.of("a", "b", "a"));
        t("s dup2", () -> Set.of(1, 1));
        t("s null", () -> Set.of("a", null));
        t("s1 contains null", () -> s1.contains(null));
        t("s2 contains null", () -> s2.contains(null));
        t("s5 contains null", () -> s5.contains(null));
        t("s0 contains null", () -> s0.contains(null));
        t("s add", () -> s2.add("c"));
        t("s remove", () -> s2.remove("a"));
        t("s clear", () -> {
            s0.clear();
            return 0;
        });
        t("s copyOf dups", () -> sorted(Set.copyOf(List.of(3, 1, 3, 2, 1))) + " " + Set.copyOf(List.of(3, 1, 3, 2, 1)).size());
        t("s copyOf null", () -> Set.copyOf(Arrays.asList("a", null)));
        t("s iter remove", () -> {
            Iterator<String> it = s5.iterator();
            it.next();
            it.remove();
            return 0;
        });
        Map<String, Integer> m0 = Map.of(), m1 = Map.of("a", 1), m3 = Map.of("a", 1, "b", 2, "c", 3);
        t("maps", () -> m0 + " " + m1 + " " + new TreeMap<>(m3) + " " + m3.size() + " " + m3.get("b") + " " + m3.get("z") + " " + m3.containsKey("c") + " " + m3.containsValue(3) + " " + m3.getOrDefault("z", 9));
        t("map hash", () -> m3.hashCode() + " " + m3.equals(new HashMap<>(m3)) + " " + new HashMap<>(m3).equals(m3) + " " + m0.equals(new HashMap<>()));
        t("m dup", () -> Map.of("a", 1, "a", 2));
        t("m null key", () -> Map.of("a", 1, null, 2));
        t("m null val", () -> Map.of("a", null));
        t("m1 get null", () -> m1.get(null));
        t("m3 get null", () -> m3.get(null));
        t("m0 get null", () -> m0.get(null));
        t("m3 containsKey null", () -> m3.containsKey(null));
        t("m3 containsValue null", () -> m3.containsValue(null));
        t("m put", () -> m3.put("d", 4));
        t("m remove", () -> m3.remove("a"));
        t("m putAll", () -> {
            m3.putAll(Map.of());
            return 0;
        });
        t("m cia", () -> m3.computeIfAbsent("a", k -> 1));
        t("m merge", () -> m3.merge("a", 1, Integer::sum));
        t("m replaceAll", () -> {
            m3.replaceAll((k, v) -> v);
            return 0;
        });
        t("m clear", () -> {
            m0.clear();
            return 0;
        });
        t("m entry setValue", () -> m3.entrySet().iterator().next().setValue(5));
        t("m1 entry setValue", () -> m1.entrySet().iterator().next().setValue(5));
        t("m keyset", () -> sorted(m3.keySet()) + " " + sorted(m3.values()) + " " + sorted(m3.entrySet()));
        t("m keyset remove", () -> m3.keySet().remove("a"));
        t("ofEntries", () -> new TreeMap<>(Map.ofEntries(Map.entry("x", 1), Map.entry("y", 2))) + " " + Map.ofEntries().size());
        t("ofEntries dup", () -> Map.ofEntries(Map.entry("x", 1), Map.entry("x", 2)));
        Map.Entry<String, Integer> e = Map.entry("k", 7);
        t("entry", () -> e + " " + e.getKey() + " " + e.getValue() + " " + e.hashCode() + " " + e.equals(new AbstractMap.SimpleEntry<>("k", 7)) + " " + new AbstractMap.SimpleEntry<>("k", 7).equals(e));
        t("entry setValue", () -> e.setValue(8));
        t("entry null", () -> Map.entry("k", null));
        t("entry null key", () -> Map.entry(null, 1));
        t("m copyOf", () -> new TreeMap<>(Map.copyOf(new HashMap<>(Map.of(1, 2, 3, 4)))) + " " + (Map.copyOf(m3) == m3));
        t("m copyOf null", () -> {
            HashMap<String, Integer> h = new HashMap<>();
            h.put("a", null);
            return Map.copyOf(h);
        });
        Map<Integer, Integer> m10 = Map.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10);
        t("m10", () -> m10.size() + " " + new TreeMap<>(m10));
        List<Integer> l10 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Set<Integer> s10 = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        t("10s", () -> l10 + " " + sorted(s10) + " " + s10.containsAll(l10));
    }
}
