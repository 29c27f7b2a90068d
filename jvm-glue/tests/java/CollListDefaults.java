import java.util.*;
import java.util.function.*;

public class CollListDefaults {
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

    static List<List<Integer>> all() {
        List<List<Integer>> r = new ArrayList<>();
        r.add(new ArrayList<>(List.of(5, 2, 8, 2, 9, 1)));
        r.add(new LinkedList<>(List.of(5, 2, 8, 2, 9, 1)));
        r.add(Arrays.asList(5, 2, 8, 2, 9, 1));
        r.add(new ArrayList<>(List.of(0, 5, 2, 8, 2, 9, 1, 0)).subList(1, 7));
        r.add(new LinkedList<>(List.of(0, 5, 2, 8, 2, 9, 1, 0)).subList(1, 7));
        return r;
    }

    public static void main(String[] args) {
        for (List<Integer> l : all()) {
            System.out.println("== " + l);
            t("sort", () -> {
                l.sort(null);
                return l;
            });
            t("sort cmp", () -> {
                l.sort(Comparator.comparing((Integer x) -> x % 3).thenComparing(Comparator.reverseOrder()));
                return l;
            });
            t("replaceAll", () -> {
                l.replaceAll(x -> x * 10);
                return l;
            });
            t("forEach", () -> {
                StringBuilder sb = new StringBuilder();
                l.forEach(x -> sb.append(x).append(';'));
                return sb;
            });
            t("iter forEachRemaining", () -> {
                StringBuilder sb = new StringBuilder();
                Iterator<Integer> it = l.iterator();
                it.next();
                it.forEachRemaining(x -> sb.append(x).append(','));
                return sb;
            });
            t("toArray gen", () -> Arrays.toString(l.toArray(Integer[]::new)) + " " + l.toArray(new Number[0]).getClass().getSimpleName());
            t("removeIf", () -> l.removeIf(x -> x > 50) + " " + l);
            t("containsAll", () -> l.containsAll(List.of(20, 10)) + " " + l.containsAll(List.of(20, 11)) + " " + l.containsAll(List.of()));
            t("listIterator back", () -> {
                StringBuilder sb = new StringBuilder();
                ListIterator<Integer> it = l.listIterator(l.size());
                while (it.hasPrevious()) sb.append(it.previous()).append(' ');
                return sb;
            });
        }
        Collection<String> c = new ArrayDeque<>(List.of("a", "bb", "ccc"));
        t("deque toArray gen", () -> Arrays.toString(c.toArray(String[]::new)));
        t("deque removeIf", () -> c.removeIf(s -> s.length() == 2) + " " + c);
        Collection<String> hs = new TreeSet<>(List.of("x", "yy", "zzz"));
        t("set toArray gen", () -> Arrays.toString(hs.toArray(String[]::new)) + " " + hs.removeIf(s -> s.startsWith("y")) + " " + hs);
        Iterable<Integer> it = () -> List.of(1, 2, 3).iterator();
        t("iterable forEach", () -> {
            int[] sum = {0};
            it.forEach(x -> sum[0] += x);
            return sum[0];
        });
        t("removeIf null", () -> new ArrayList<>(List.of(1)).removeIf(null));
        t("forEach null", () -> {
            new LinkedList<>(List.of(1)).forEach(null);
            return 0;
        });
        t("replaceAll null", () -> {
            new LinkedList<>(List.of(1)).replaceAll(null);
            return 0;
        });
        Map<String, Integer> m = new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3));
        t("map forEach", () -> {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
            return sb;
        });
        BiFunction<String, Integer, Integer> f = (k, v) -> v + k.length();
        t("map replaceAll", () -> {
            m.replaceAll(f);
            return m;
        });
        t("entrySet stream-free", () -> {
            List<String> keys = new ArrayList<>();
            for (Map.Entry<String, Integer> e : m.entrySet()) keys.add(e.getKey() + e.getValue());
            return keys;
        });
    }
}
