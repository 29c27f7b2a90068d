import java.util.*;

public class CollHashSet {
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
        HashSet<String> s = new HashSet<>();
        t("empty", () -> s + " " + s.size() + " " + s.hashCode() + " " + s.contains(null));
        for (String w : "to be or not to be that is the question whether tis nobler in the mind".split(" ")) s.add(w);
        t("order", () -> s + " " + s.size() + " " + s.hashCode());
        t("add dup", () -> s.add("to") + " " + s.add(null) + " " + s.add(null) + " " + s.contains(null) + " " + s);
        t("remove", () -> s.remove(null) + " " + s.remove("be") + " " + s.remove("be") + " " + s);
        HashSet<String> o = new HashSet<>(List.of("to", "or", "mind", "xyz", "question"));
        t("containsAll", () -> s.containsAll(o) + " " + s.containsAll(List.of("to", "or")));
        HashSet<String> u = new HashSet<>(s);
        u.addAll(o);
        HashSet<String> i = new HashSet<>(s);
        i.retainAll(o);
        HashSet<String> d = new HashSet<>(s);
        d.removeAll(o);
        t("algebra", () -> u + " | " + i + " | " + d);
        t("equals", () -> i.equals(Set.of("to", "or", "mind", "question")) + " " + i.equals(new TreeSet<>(i)) + " " + new TreeSet<>(i).equals(i) + " " + i.equals(List.of("to")) + " " + i.hashCode());
        t("iter remove", () -> {
            Iterator<String> it = u.iterator();
            while (it.hasNext()) if (it.next().length() <= 2) it.remove();
            return u;
        });
        t("cme", () -> {
            for (String x : u) u.add(x + "1");
            return u;
        });
        t("removeIf", () -> u.removeIf(x -> x.endsWith("1")) + " " + u);
        HashSet<Integer> ints = new HashSet<>();
        for (int k = 0; k < 100; k++) ints.add((k * 7919) % 1009);
        t("ints", () -> ints);
        HashSet<Integer> fromColl = new HashSet<>(Arrays.asList(900, 17, 33, 200, 64, 1000, 3));
        t("fromColl", () -> fromColl);
        HashSet<Integer> sized = new HashSet<>(2);
        sized.addAll(Arrays.asList(900, 17, 33, 200, 64, 1000, 3));
        t("sized", () -> sized);
        HashSet<Integer> lf = new HashSet<>(64, 0.5f);
        lf.addAll(Arrays.asList(900, 17, 33, 200, 64, 1000, 3, 129, 257));
        t("lf", () -> lf);
        @SuppressWarnings("unchecked")
        HashSet<Integer> cl = (HashSet<Integer>) lf.clone();
        cl.add(5);
        t("clone", () -> cl + " " + lf.size());
        t("toArray", () -> Arrays.toString(fromColl.toArray()) + " " + fromColl.toArray(new Integer[0]).length);
        HashSet<Character> chars = new HashSet<>();
        for (char c : "the five boxing wizards jump quickly".toCharArray()) chars.add(c);
        t("chars", () -> chars + " " + chars.size());
        t("clear", () -> {
            chars.clear();
            return chars + " " + chars.isEmpty();
        });
        HashSet<List<Integer>> lists = new HashSet<>();
        lists.add(List.of(1, 2));
        lists.add(Arrays.asList(1, 2));
        lists.add(new ArrayList<>(List.of(2, 1)));
        t("lists", () -> lists.size() + " " + lists.contains(new LinkedList<>(List.of(2, 1))));
    }
}
