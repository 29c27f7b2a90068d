import java.util.*;

public class CollCce {
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

    static class Plain {
        public String toString() {
            return "plain";
        }
    }

    public static void main(String[] args) {
        t("treemap first", () -> new TreeMap<Object, Integer>().put(new Plain(), 1));
        t("treemap second", () -> {
            TreeMap<Object, Integer> m = new TreeMap<>();
            m.put("a", 1);
            return m.put(new Plain(), 2);
        });
        t("treemap mixed", () -> {
            TreeMap<Object, Integer> m = new TreeMap<>();
            m.put("a", 1);
            return m.put(1, 2);
        });
        t("treeset", () -> new TreeSet<Object>().add(new Plain()));
        t("pq first", () -> new PriorityQueue<Object>().add(new Plain()));
        t("pq second", () -> {
            PriorityQueue<Object> q = new PriorityQueue<>();
            q.add("x");
            return q.add(new Plain());
        });
        t("sort", () -> {
            Object[] a = {new Plain(), new Plain()};
            Arrays.sort(a);
            return 0;
        });
        t("sort mixed", () -> {
            Object[] a = {"a", 1};
            Arrays.sort(a);
            return 0;
        });
        t("collections sort", () -> {
            List<Object> l = new ArrayList<>(List.of(new Plain(), new Plain()));
            Collections.sort((List) l);
            return 0;
        });
        t("max", () -> Collections.max((List) List.of(new Plain(), new Plain())));
        t("bs", () -> Arrays.binarySearch(new Object[] {new Plain()}, new Plain()));
        t("enumset wrong", () -> {
            EnumSet s = EnumSet.noneOf(Thread.State.class);
            return s.add(null);
        });
        t("sort null", () -> {
            Integer[] a = {3, null, 1};
            Arrays.sort(a);
            return 0;
        });
        t("list sort null", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(3, null, 1));
            l.sort(null);
            return 0;
        });
    }
}
