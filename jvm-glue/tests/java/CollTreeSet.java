import java.util.*;

public class CollTreeSet {
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
        t("empty", () -> s + " " + s.pollFirst() + " " + s.pollLast() + " " + s.ceiling(3) + " " + s.comparator());
        t("first", () -> s.first());
        t("last", () -> s.last());
        t("add null", () -> s.add(null));
        for (int i : new int[] {50, 20, 80, 10, 30, 70, 90, 25, 35, 65}) s.add(i);
        t("sorted", () -> s + " " + s.size() + " " + s.add(30) + " " + s.contains(35) + " " + s.contains(36));
        t("nav", () -> s.lower(30) + " " + s.floor(30) + " " + s.ceiling(31) + " " + s.higher(90) + " " + s.lower(10) + " " + s.first() + " " + s.last());
        t("headSet", () -> s.headSet(30) + " " + s.headSet(30, true) + " " + s.tailSet(70) + " " + s.tailSet(70, false) + " " + s.subSet(25, 70) + " " + s.subSet(25, false, 70, true));
        t("desc", () -> s.descendingSet() + " " + s.descendingSet().first() + " " + s.descendingSet().headSet(50) + " " + s.descendingSet().subSet(80, 25));
        t("desc iter", () -> {
            StringBuilder sb = new StringBuilder();
            Iterator<Integer> it = s.descendingIterator();
            while (it.hasNext()) sb.append(it.next()).append(',');
            return sb;
        });
        SortedSet<Integer> view = s.subSet(20, 70);
        t("view add ok", () -> view.add(45) + " " + s);
        t("view add bad", () -> view.add(75));
        t("view remove", () -> view.remove(45) + " " + view.remove(80) + " " + s);
        t("view first/last", () -> view.first() + " " + view.last() + " " + view.size());
        t("subSet bad", () -> s.subSet(70, 20));
        t("headSet of view bad", () -> view.headSet(80));
        t("poll", () -> s.pollFirst() + " " + s.pollLast() + " " + s);
        t("iter remove", () -> {
            Iterator<Integer> it = s.iterator();
            while (it.hasNext()) if (it.next() % 20 == 5) it.remove();
            return s;
        });
        t("removeIf", () -> s.removeIf(x -> x > 60) + " " + s);
        t("cme", () -> {
            for (Integer x : s) s.remove(x);
            return s;
        });
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        byLen.addAll(List.of("ccc", "a", "bb", "aa", "b", "dddd", "ab"));
        t("comparator", () -> byLen + " " + byLen.first() + " " + byLen.ceiling("zz") + " " + byLen.headSet("b"));
        TreeSet<String> copy = new TreeSet<>(byLen);
        t("copy sorted", () -> copy + " " + (copy.comparator() != null));
        TreeSet<String> nat = new TreeSet<>(List.of("ccc", "a", "bb"));
        t("copy coll", () -> nat + " " + nat.comparator());
        t("equals", () -> nat.equals(Set.of("a", "bb", "ccc")) + " " + nat.hashCode() + " " + nat.equals(new HashSet<>(List.of("a", "bb", "ccc"))));
        t("clone", () -> {
            @SuppressWarnings("unchecked")
            TreeSet<String> c = (TreeSet<String>) nat.clone();
            c.add("zz");
            return c + " " + nat;
        });
        t("toArray", () -> Arrays.toString(nat.toArray()) + " " + Arrays.toString(nat.toArray(new String[0])));
        t("addAll null elem", () -> nat.addAll(Arrays.asList("x", null)));
        t("after", () -> nat);
        NavigableSet<Integer> big = new TreeSet<>();
        for (int i = 0; i < 100; i++) big.add(i * 7 % 100);
        t("big", () -> big.subSet(10, true, 20, true) + " " + big.headSet(5).size() + " " + big.tailSet(95).size() + " " + big.descendingSet().headSet(97, true));
        t("pollAll", () -> {
            StringBuilder sb = new StringBuilder();
            NavigableSet<Integer> sub = big.subSet(40, true, 50, false);
            while (!sub.isEmpty()) sb.append(sub.pollLast()).append(' ');
            return sb + "" + big.size();
        });
    }
}
