import java.util.*;

public class CollToString {
    public static void main(String[] args) {
        List<Object> l = new ArrayList<>();
        l.add(l);
        l.add("x");
        l.add(null);
        System.out.println(l);
        Set<Object> s = new HashSet<>();
        s.add("only");
        System.out.println(s);
        Map<Object, Object> m = new HashMap<>();
        m.put("self", m);
        System.out.println(m);
        Map<Object, Object> m2 = new LinkedHashMap<>();
        m2.put(m2, "v");
        m2.put("k", null);
        m2.put(null, "n");
        System.out.println(m2);
        Deque<Object> d = new ArrayDeque<>();
        d.add(d);
        d.add(1);
        System.out.println(d);
        LinkedList<Object> ll = new LinkedList<>();
        ll.add(ll);
        System.out.println(ll);
        List<List<Map<String, Set<Integer>>>> nested = List.of(List.of(Map.of("a", new TreeSet<>(Set.of(3, 1)))), new ArrayList<>());
        System.out.println(nested);
        System.out.println(new TreeMap<>(Map.of(1, List.of(2, 3), 4, Map.of(5, 6))));
        System.out.println(new PriorityQueue<>(List.of("c", "a", "b")));
        System.out.println(new ArrayDeque<>(List.of(1.5, -0.0, Double.NaN)));
        System.out.println(Arrays.asList('a', 'b') + " " + Arrays.asList(1L, 2L) + " " + Arrays.asList(true, null));
        System.out.println(Collections.emptyList() + " " + Collections.emptyMap() + " " + new TreeSet<>() + " " + new TreeMap<>() + " " + new LinkedList<>() + " " + new PriorityQueue<>() + " " + EnumSet.noneOf(Thread.State.class) + " " + new BitSet());
        System.out.println(new TreeMap<>(Map.of("z", 1, "a", 2)).entrySet() + " " + new TreeMap<>(Map.of("z", 1, "a", 2)).descendingMap());
        StringBuilder sb = new StringBuilder();
        sb.append(List.of(1)).append(Set.of()).append(Map.of());
        System.out.println(sb + " " + String.valueOf(new ArrayList<>(List.of("q"))) + " " + ("" + new HashMap<>(Map.of(1, 1))));
        Object[] arr = {List.of(1), new int[] {2}, Map.of()};
        System.out.println(Arrays.deepToString(arr).replaceAll("\\[I@[0-9a-f]+", "[I@") + " " + Arrays.asList(new Object[] {List.of("a")}));
    }
}
