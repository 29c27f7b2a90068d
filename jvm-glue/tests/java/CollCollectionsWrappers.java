import java.util.*;

public class CollCollectionsWrappers {
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
        List<Integer> base = new ArrayList<>(List.of(3, 1, 2));
        List<Integer> ul = Collections.unmodifiableList(base);
        t("ul", () -> ul + " " + ul.size() + " " + ul.get(1) + " " + ul.indexOf(2) + " " + ul.contains(3) + " " + ul.equals(base) + " " + ul.hashCode() + " " + (ul instanceof RandomAccess));
        t("ul add", () -> ul.add(1));
        t("ul set", () -> ul.set(0, 1));
        t("ul remove", () -> ul.remove(0));
        t("ul clear", () -> {
            ul.clear();
            return 0;
        });
        t("ul sort", () -> {
            ul.sort(null);
            return 0;
        });
        t("ul iter remove", () -> {
            Iterator<Integer> it = ul.iterator();
            it.next();
            it.remove();
            return 0;
        });
        t("ul li set", () -> {
            ListIterator<Integer> it = ul.listIterator();
            it.next();
            it.set(1);
            return 0;
        });
        t("ul sub", () -> ul.subList(1, 3) + " " + ul.subList(0, 1).getClass().getSimpleName().length());
        t("ul sub add", () -> ul.subList(1, 3).add(1));
        base.add(4);
        t("ul live", () -> ul);
        t("ul of ul", () -> Collections.unmodifiableList(ul) == ul);
        t("ul linked", () -> Collections.unmodifiableList(new LinkedList<>(base)) instanceof RandomAccess);
        Set<String> us = Collections.unmodifiableSet(new TreeSet<>(Set.of("b", "a")));
        t("us", () -> us + " " + us.contains("a") + " " + us.equals(Set.of("a", "b")) + " " + us.hashCode());
        t("us add", () -> us.add("c"));
        t("us removeIf", () -> us.removeIf(x -> true));
        Map<String, Integer> base2 = new TreeMap<>(Map.of("x", 1, "y", 2));
        Map<String, Integer> um = Collections.unmodifiableMap(base2);
        t("um", () -> um + " " + um.get("x") + " " + um.containsKey("y") + " " + um.keySet() + " " + um.values() + " " + um.entrySet() + " " + um.equals(base2) + " " + um.hashCode() + " " + um.getOrDefault("q", 0));
        t("um put", () -> um.put("z", 1));
        t("um merge", () -> um.merge("x", 1, Integer::sum));
        t("um entry set", () -> um.entrySet().iterator().next().setValue(3));
        t("um keyset remove", () -> um.keySet().remove("x"));
        t("um entry toArray", () -> Arrays.toString(um.entrySet().toArray()));
        base2.put("w", 0);
        t("um live", () -> um);
        SortedMap<String, Integer> usm = Collections.unmodifiableSortedMap(new TreeMap<>(base2));
        t("usm", () -> usm.firstKey() + " " + usm.headMap("y") + " " + usm.tailMap("x"));
        t("usm put", () -> usm.headMap("y").put("a", 1));
        NavigableSet<Integer> uns = Collections.unmodifiableNavigableSet(new TreeSet<>(List.of(5, 1, 3)));
        t("uns", () -> uns + " " + uns.ceiling(2) + " " + uns.descendingSet() + " " + uns.headSet(3, true));
        t("uns poll", () -> uns.pollFirst());
        Collection<Integer> uc = Collections.unmodifiableCollection(base);
        t("uc", () -> uc + " " + uc.equals(base) + " " + uc.size());
        t("uc remove", () -> uc.remove(1));
        List<Integer> sl = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) sl.add(i);
        sl.remove(Integer.valueOf(2));
        t("sl", () -> sl + " " + sl.get(1) + " " + sl.hashCode() + " " + sl.equals(List.of(0, 1, 3, 4)) + " " + sl.subList(1, 3));
        Map<String, Integer> sm = Collections.synchronizedMap(new LinkedHashMap<>());
        sm.put("b", 1);
        sm.put("a", 2);
        sm.merge("b", 5, Integer::sum);
        t("sm", () -> sm + " " + sm.keySet() + " " + sm.equals(Map.of("a", 2, "b", 6)));
        Set<Integer> ss = Collections.synchronizedSet(new TreeSet<>(List.of(9, 8)));
        t("ss", () -> ss + " " + ss.add(1) + " " + ss);
        t("emptyList", () -> Collections.emptyList() + " " + Collections.emptyList().size() + " " + Collections.emptyList().hashCode() + " " + Collections.emptyList().equals(new ArrayList<>()) + " " + Collections.emptyList().contains(null));
        t("emptyList get", () -> Collections.emptyList().get(0));
        t("emptyList add", () -> Collections.<Integer>emptyList().add(1));
        t("emptyList li", () -> Collections.emptyList().listIterator(1));
        t("emptySet", () -> Collections.emptySet() + " " + Collections.emptySet().hashCode() + " " + Collections.emptySet().equals(Set.of()));
        t("emptySet add", () -> Collections.<Integer>emptySet().add(1));
        t("emptyMap", () -> Collections.emptyMap() + " " + Collections.emptyMap().hashCode() + " " + Collections.emptyMap().get("x") + " " + Collections.<String, Integer>emptyMap().getOrDefault("x", 5) + " " + Collections.emptyMap().keySet());
        t("emptyMap put", () -> Collections.<String, Integer>emptyMap().put("a", 1));
        t("emptyIterator", () -> Collections.emptyIterator().hasNext());
        t("emptyIterator next", () -> Collections.emptyIterator().next());
        t("emptyIterator remove", () -> {
            Collections.emptyIterator().remove();
            return 0;
        });
        t("singleton", () -> Collections.singleton("s") + " " + Collections.singleton("s").contains("s") + " " + Collections.singleton(null).contains(null) + " " + Collections.singleton("s").hashCode() + " " + Collections.singleton(1).equals(Set.of(1)));
        t("singleton add", () -> Collections.singleton("s").add("t"));
        t("singleton iter", () -> {
            Iterator<String> it = Collections.singleton("s").iterator();
            return it.next() + it.hasNext();
        });
        t("singleton iter2", () -> {
            Iterator<String> it = Collections.singleton("s").iterator();
            it.next();
            return it.next();
        });
        t("singletonList", () -> Collections.singletonList(5) + " " + Collections.singletonList(5).get(0) + " " + Collections.singletonList(5).hashCode() + " " + Collections.singletonList(5).equals(List.of(5)));
        t("singletonList get", () -> Collections.singletonList(5).get(1));
        t("singletonList set", () -> Collections.singletonList(5).set(0, 1));
        t("singletonMap", () -> Collections.singletonMap("k", 1) + " " + Collections.singletonMap("k", 1).get("k") + " " + Collections.singletonMap("k", 1).hashCode() + " " + Collections.singletonMap("k", 1).equals(Map.of("k", 1)));
        t("singletonMap put", () -> Collections.singletonMap("k", 1).put("j", 2));
        Set<String> fromMap = Collections.newSetFromMap(new LinkedHashMap<>());
        fromMap.add("z");
        fromMap.add("a");
        fromMap.add("z");
        t("newSetFromMap", () -> fromMap + " " + fromMap.size() + " " + fromMap.remove("z") + " " + fromMap);
        t("newSetFromMap bad", () -> Collections.newSetFromMap(new HashMap<>(Map.of("a", true))));
    }
}
