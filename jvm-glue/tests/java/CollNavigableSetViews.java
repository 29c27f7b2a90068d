import java.util.*;

public class CollNavigableSetViews {
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
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < 30; i += 3) s.add(i);
        NavigableSet<Integer> d = s.descendingSet();
        t("desc", () -> d + " " + d.first() + " " + d.last() + " " + d.comparator().compare(1, 2));
        t("desc nav", () -> d.lower(10) + " " + d.floor(10) + " " + d.ceiling(10) + " " + d.higher(10) + " " + d.floor(9) + " " + d.ceiling(9));
        t("desc views", () -> d.headSet(12) + " " + d.headSet(12, true) + " " + d.tailSet(12) + " " + d.tailSet(12, false) + " " + d.subSet(21, 6) + " " + d.subSet(21, false, 6, true));
        t("desc subSet bad", () -> d.subSet(6, 21));
        t("desc desc", () -> d.descendingSet() + " " + d.descendingSet().equals(s));
        NavigableSet<Integer> v = s.subSet(5, true, 20, true);
        t("view", () -> v + " " + v.size() + " " + v.first() + " " + v.last() + " " + v.lower(6) + " " + v.higher(18) + " " + v.ceiling(19) + " " + v.floor(4));
        t("view desc", () -> v.descendingSet() + " " + v.descendingSet().headSet(12) + " " + v.descendingIterator().next());
        t("view add", () -> v.add(7) + " " + v.add(7) + " " + s);
        t("view add out", () -> v.add(21));
        t("view add edge", () -> v.add(20) + " " + v.add(5) + " " + s);
        t("view remove", () -> v.remove(5) + " " + v.remove(24) + " " + s);
        t("view poll", () -> v.pollFirst() + " " + v.pollLast() + " " + v + " " + s);
        t("view iter remove", () -> {
            Iterator<Integer> it = v.iterator();
            while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
            return v + " " + s;
        });
        t("view clear", () -> {
            v.clear();
            return v + " " + v.isEmpty() + " " + s;
        });
        t("view empty first", () -> v.first());
        t("view empty poll", () -> v.pollFirst() + " " + v.pollLast());
        t("view nested bad", () -> v.subSet(0, 10));
        t("view nested ok", () -> v.subSet(6, 19) + " " + v.headSet(19, true).tailSet(6, false));
        NavigableSet<Integer> h = s.headSet(15, false);
        s.add(-3);
        s.add(14);
        s.add(15);
        t("head live", () -> h + " " + h.size() + " " + h.contains(15) + " " + h.contains(14) + " " + h.last());
        NavigableSet<Integer> tl = s.tailSet(15, true);
        t("tail", () -> tl + " " + tl.descendingSet() + " " + tl.pollFirst() + " " + s);
        t("tail add low", () -> tl.add(3));
        TreeMap<String, Integer> m = new TreeMap<>();
        for (String w : "kiwi fig apple banana cherry date".split(" ")) m.put(w, w.length());
        NavigableSet<String> ks = m.navigableKeySet();
        t("keyset", () -> ks + " " + ks.headSet("c") + " " + ks.tailSet("d") + " " + ks.subSet("b", "e") + " " + ks.descendingSet());
        t("keyset remove", () -> ks.remove("fig") + " " + ks.remove("fig") + " " + m);
        t("keyset poll", () -> ks.pollFirst() + " " + ks.pollLast() + " " + m);
        t("keyset add", () -> ks.add("zzz"));
        t("keyset sub remove", () -> ks.subSet("b", "d").remove("cherry") + " " + m);
        t("keyset desc iter", () -> {
            StringBuilder sb = new StringBuilder();
            for (Iterator<String> it = ks.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
            return sb;
        });
        NavigableSet<String> dks = m.descendingKeySet();
        t("desc keyset", () -> dks + " " + dks.first() + " " + dks.headSet("banana") + " " + dks.pollFirst() + " " + m);
        NavigableMap<String, Integer> sub = m.subMap("a", true, "z", false);
        t("submap keyset", () -> sub.navigableKeySet() + " " + sub.descendingKeySet() + " " + sub.keySet().contains("date") + " " + sub.keySet().size());
    }
}
