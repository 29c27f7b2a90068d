import java.util.*;
public class CollCheckedViews {
    interface R { Object run() throws Exception; }
    static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e); } }
    @SuppressWarnings({"unchecked","rawtypes"})
    public static void main(String[] a) {
        List l = Collections.checkedList(new ArrayList<String>(), String.class);
        t("add ok", () -> l.add("x") + " " + l);
        t("add bad", () -> l.add(1));
        t("add null", () -> l.add(null) + " " + l);
        t("set bad", () -> l.set(0, 2));
        t("addAll bad", () -> l.addAll(List.of("a", 3)));
        t("li add bad", () -> { ListIterator it = l.listIterator(); it.add(5); return 0; });
        t("li set bad", () -> { ListIterator it = l.listIterator(); it.next(); it.set(5); return 0; });
        t("toString", () -> l.toString() + " " + l.equals(Arrays.asList("x", null)) + " " + l.hashCode());
        Map m = Collections.checkedMap(new HashMap<String, Integer>(), String.class, Integer.class);
        t("map put bad key", () -> m.put(1, 1));
        t("map put bad val", () -> m.put("a", "b"));
        t("map put ok", () -> m.put("a", 1) + " " + m);
        t("map entry setValue bad", () -> ((Map.Entry) m.entrySet().iterator().next()).setValue("s"));
        t("map putAll bad", () -> { m.putAll(Map.of("z", "q")); return 0; });
        t("map merge bad", () -> m.merge("a", "x", (x, y) -> y));
        t("map computeIfAbsent bad", () -> m.computeIfAbsent("q", k -> "v"));
        Set s = Collections.checkedSet(new TreeSet<Integer>(), Integer.class);
        t("set add bad", () -> s.add("s"));
        Collection c = Collections.checkedCollection(new ArrayList<Long>(), Long.class);
        t("coll add bad", () -> c.add(1));
        t("checked of checked", () -> Collections.checkedList(Collections.checkedList(new ArrayList<String>(), String.class), String.class).getClass().getSimpleName());
        Queue q = Collections.checkedQueue(new ArrayDeque<String>(), String.class);
        t("queue offer bad", () -> q.offer(1));
        t("lifo", () -> { Queue<Integer> lq = Collections.asLifoQueue(new ArrayDeque<>()); lq.add(1); lq.add(2); return lq.poll() + " " + lq; });
        t("unmod nav map", () -> Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, 2, 3, 4))).descendingMap());
        t("unmod nav map put", () -> Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, 2, 3, 4))).headMap(3, true).put(0, 1));
        t("unmod nav map poll", () -> Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, 2, 3, 4))).pollFirstEntry());
        t("unmod nav map firstEntry setValue", () -> Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(1, 2, 3, 4))).firstEntry().setValue(9));
        t("emptySortedMap", () -> Collections.emptySortedMap() + " " + Collections.emptyNavigableMap().descendingMap());
        t("sync sorted", () -> Collections.synchronizedSortedMap(new TreeMap<>(Map.of(1, 2))).firstKey() + " " + Collections.synchronizedNavigableSet(new TreeSet<>(Set.of(1, 2))).ceiling(2) + " " + Collections.synchronizedSortedSet(new TreeSet<>(Set.of(5))).first() + " " + Collections.synchronizedNavigableMap(new TreeMap<>(Map.of(1, 2))).lastEntry());
        t("sync nav views", () -> {
            NavigableMap<Integer, String> nm = Collections.synchronizedNavigableMap(new TreeMap<>(Map.of(1, "a", 5, "e", 9, "i")));
            NavigableSet<Integer> ns = Collections.synchronizedNavigableSet(new TreeSet<>(Set.of(2, 4, 6, 8)));
            return nm.headMap(5, true) + " " + nm.descendingMap() + " " + nm.navigableKeySet().higher(1) + " " + nm.pollFirstEntry() + " " + nm + " " + ns.descendingSet() + " " + ns.subSet(3, true, 8, false) + " " + ns.pollLast() + " " + ns + " " + Collections.synchronizedSortedSet(ns).headSet(5);
        });
    }
}
