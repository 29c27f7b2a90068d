import java.util.*;

public class CollCollectionsAlgo {
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

    static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    public static void main(String[] args) {
        for (int seed : new int[] {1, 42, 12345}) {
            for (int n : new int[] {0, 1, 2, 4, 5, 10, 33}) {
                List<Integer> a = range(n);
                List<Integer> b = new LinkedList<>(range(n));
                Collections.shuffle(a, new Random(seed));
                Collections.shuffle(b, new Random(seed));
                System.out.println("shuffle " + seed + " " + n + " " + a + " " + a.equals(b));
            }
        }
        Random shared = new Random(99);
        List<String> words = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f"));
        for (int i = 0; i < 3; i++) {
            Collections.shuffle(words, shared);
            System.out.println(words);
        }
        List<Integer> l = new ArrayList<>(List.of(5, 3, 9, 1, 7, 3, 8));
        Collections.sort(l);
        t("sort", () -> l);
        t("binarySearch", () -> Collections.binarySearch(l, 7) + " " + Collections.binarySearch(l, 3) + " " + Collections.binarySearch(l, 4) + " " + Collections.binarySearch(l, 0) + " " + Collections.binarySearch(l, 100));
        t("binarySearch linked", () -> Collections.binarySearch(new LinkedList<>(l), 8) + " " + Collections.binarySearch(new LinkedList<>(l), 2));
        Collections.sort(l, Collections.reverseOrder());
        t("sort rev", () -> l + " " + Collections.binarySearch(l, 7, Collections.reverseOrder()) + " " + Collections.binarySearch(l, 6, Collections.reverseOrder()));
        t("binarySearch null cmp", () -> Collections.binarySearch(List.of(1, 2, 3), 2, null));
        Collections.reverse(l);
        t("reverse", () -> l);
        LinkedList<Integer> ll = new LinkedList<>(range(25));
        Collections.reverse(ll);
        t("reverse linked", () -> ll);
        Collections.swap(l, 0, 6);
        t("swap", () -> l);
        t("swap bad", () -> {
            Collections.swap(l, 0, 7);
            return l;
        });
        for (int d : new int[] {0, 1, 3, -1, -8, 7, 14, 100}) {
            List<Integer> r = range(7);
            Collections.rotate(r, d);
            List<Integer> r2 = new LinkedList<>(range(7));
            Collections.rotate(r2, d);
            System.out.println("rotate " + d + " " + r + " " + r2);
        }
        List<Integer> big = range(150);
        Collections.rotate(big.subList(10, 140), 33);
        t("rotate sub", () -> big.subList(0, 20) + " " + big.subList(130, 150));
        t("rotate empty", () -> {
            List<Integer> e = new ArrayList<>();
            Collections.rotate(e, 5);
            return e;
        });
        t("max/min", () -> Collections.max(l) + " " + Collections.min(l) + " " + Collections.max(l, Comparator.reverseOrder()) + " " + Collections.min(List.of("bb", "a", "ccc"), Comparator.comparing(String::length)));
        t("max ties", () -> Collections.max(List.of("ab", "cd", "ef"), Comparator.comparing(String::length)) + " " + Collections.min(List.of("ab", "cd", "ef"), Comparator.comparing(String::length)));
        t("max empty", () -> Collections.max(new ArrayList<Integer>()));
        t("min empty cmp", () -> Collections.min(new ArrayList<Integer>(), Comparator.naturalOrder()));
        List<String> f = new ArrayList<>(List.of("x", "y", "z"));
        Collections.fill(f, "q");
        t("fill", () -> f);
        List<String> dst = new ArrayList<>(List.of("1", "2", "3", "4"));
        Collections.copy(dst, List.of("a", "b"));
        t("copy", () -> dst);
        t("copy bad", () -> {
            Collections.copy(new ArrayList<>(List.of("a")), List.of("x", "y"));
            return 0;
        });
        t("nCopies", () -> Collections.nCopies(3, "ab") + " " + Collections.nCopies(0, "x") + " " + Collections.nCopies(4, null) + " " + Collections.nCopies(3, 7).hashCode() + " " + Collections.nCopies(3, 7).indexOf(7) + " " + Collections.nCopies(3, 7).lastIndexOf(7) + " " + Collections.nCopies(3, 7).contains(8));
        t("nCopies neg", () -> Collections.nCopies(-2, "x"));
        t("nCopies get", () -> Collections.nCopies(2, "x").get(2));
        t("nCopies sub", () -> Collections.nCopies(5, "x").subList(1, 3) + " " + new ArrayList<>(Collections.nCopies(3, 'c')));
        List<Object> fr = Arrays.asList("a", null, "b", "a", null, "a");
        t("frequency", () -> Collections.frequency(fr, "a") + " " + Collections.frequency(fr, null) + " " + Collections.frequency(fr, "z"));
        t("disjoint", () -> Collections.disjoint(List.of(1, 2), List.of(3, 4)) + " " + Collections.disjoint(List.of(1, 2), Set.of(2, 5)) + " " + Collections.disjoint(new HashSet<>(List.of(1)), List.of()) + " " + Collections.disjoint(List.of(), List.of()));
        List<String> target = new ArrayList<>(List.of("z"));
        t("addAll", () -> Collections.addAll(target, "a", "b") + " " + Collections.addAll(new HashSet<>(List.of("a")), "a") + " " + target);
        List<Integer> src = List.of(1, 2, 3, 1, 2, 3, 4);
        t("indexOfSubList", () -> Collections.indexOfSubList(src, List.of(2, 3)) + " " + Collections.lastIndexOfSubList(src, List.of(2, 3)) + " " + Collections.indexOfSubList(src, List.of(3, 5)) + " " + Collections.indexOfSubList(src, List.of()) + " " + Collections.lastIndexOfSubList(src, List.of()) + " " + Collections.indexOfSubList(List.of(1), List.of(1, 2)));
        List<String> ra = new ArrayList<>(Arrays.asList("a", "b", "a", null));
        t("replaceAll", () -> Collections.replaceAll(ra, "a", "A") + " " + Collections.replaceAll(ra, null, "N") + " " + Collections.replaceAll(ra, "q", "Q") + " " + ra);
        t("reverseOrder", () -> {
            List<String> s = new ArrayList<>(List.of("b", "c", "a"));
            s.sort(Collections.reverseOrder());
            List<String> s2 = new ArrayList<>(List.of("bb", "c", "aaa"));
            s2.sort(Collections.reverseOrder(Comparator.comparing(String::length)));
            return s + " " + s2 + " " + Collections.reverseOrder(Collections.reverseOrder(Comparator.comparing(String::length))).compare("a", "bb") + " " + Collections.reverseOrder(null).compare(1, 2);
        });
        List<Integer> st = new ArrayList<>();
        for (int i = 0; i < 40; i++) st.add(i % 7);
        List<Integer> idx = range(40);
        idx.sort(Comparator.comparing(st::get));
        t("stable", () -> idx);
    }
}
