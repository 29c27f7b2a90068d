import java.util.*;

public class CollEqualsHash {
    public static void main(String[] args) {
        List<List<Integer>> lists = List.of(new ArrayList<>(List.of(1, 2, 3)), new LinkedList<>(List.of(1, 2, 3)), List.of(1, 2, 3), Arrays.asList(1, 2, 3), Collections.unmodifiableList(new ArrayList<>(List.of(1, 2, 3))), new ArrayList<>(List.of(1, 2, 3, 4)).subList(0, 3), Collections.synchronizedList(new ArrayList<>(List.of(1, 2, 3))));
        for (List<Integer> a : lists) {
            StringBuilder sb = new StringBuilder();
            for (List<Integer> b : lists) sb.append(a.equals(b) ? 'T' : 'F');
            System.out.println(a.hashCode() + " " + sb);
        }
        List<Set<String>> sets = List.of(new HashSet<>(List.of("x", "y")), new LinkedHashSet<>(List.of("y", "x")), new TreeSet<>(List.of("x", "y")), Set.of("x", "y"), Collections.unmodifiableSet(new HashSet<>(List.of("x", "y"))), new TreeMap<>(Map.of("x", 1, "y", 2)).keySet(), new HashMap<>(Map.of("x", 1, "y", 2)).keySet());
        for (Set<String> a : sets) {
            StringBuilder sb = new StringBuilder();
            for (Set<String> b : sets) sb.append(a.equals(b) ? 'T' : 'F');
            System.out.println(a.hashCode() + " " + sb);
        }
        List<Map<String, Integer>> maps = List.of(new HashMap<>(Map.of("a", 1, "b", 2)), new LinkedHashMap<>(Map.of("a", 1, "b", 2)), new TreeMap<>(Map.of("a", 1, "b", 2)), Map.of("a", 1, "b", 2), Collections.unmodifiableMap(new HashMap<>(Map.of("a", 1, "b", 2))), new TreeMap<>(Map.of("a", 1, "b", 2, "c", 3)).headMap("c"), Collections.synchronizedMap(new HashMap<>(Map.of("a", 1, "b", 2))));
        for (Map<String, Integer> a : maps) {
            StringBuilder sb = new StringBuilder();
            for (Map<String, Integer> b : maps) sb.append(a.equals(b) ? 'T' : 'F');
            System.out.println(a.hashCode() + " " + sb + " " + a.entrySet().hashCode() + " " + a.keySet().hashCode());
        }
        System.out.println(new ArrayList<>().equals(new HashSet<>()) + " " + new HashSet<>().equals(new ArrayList<>()) + " " + new HashMap<>().equals(new TreeMap<>()) + " " + new ArrayList<>().hashCode() + " " + new HashSet<>().hashCode() + " " + new HashMap<>().hashCode());
        List<Object> withNull = new ArrayList<>(Arrays.asList(null, "a", null));
        System.out.println(withNull.hashCode() + " " + withNull.equals(Arrays.asList(null, "a", null)) + " " + new LinkedList<>(withNull).equals(withNull));
        Set<Object> nullSet = new HashSet<>(Arrays.asList(null, 1));
        System.out.println(nullSet.hashCode() + " " + nullSet.equals(new HashSet<>(Arrays.asList(1, null))));
        Map<String, Integer> nullVal = new HashMap<>();
        nullVal.put("k", null);
        Map<String, Integer> other = new HashMap<>();
        other.put("j", null);
        System.out.println(nullVal.equals(other) + " " + nullVal.hashCode() + " " + other.hashCode() + " " + nullVal.equals(new TreeMap<>(nullVal)));
        TreeSet<String> ci = new TreeSet<>((x, y) -> x.toLowerCase().compareTo(y.toLowerCase()));
        ci.addAll(List.of("A", "b"));
        HashSet<String> plain = new HashSet<>(List.of("a", "B"));
        System.out.println(ci.equals(plain) + " " + plain.equals(ci));
        Map.Entry<String, Integer> e1 = new AbstractMap.SimpleEntry<>("k", 1);
        Map.Entry<String, Integer> e2 = new AbstractMap.SimpleImmutableEntry<>("k", 1);
        Map.Entry<String, Integer> e3 = Map.entry("k", 1);
        Map.Entry<String, Integer> e4 = new HashMap<>(Map.of("k", 1)).entrySet().iterator().next();
        Map.Entry<String, Integer> e5 = new TreeMap<>(Map.of("k", 1)).firstEntry();
        Map.Entry<String, Integer> e6 = new TreeMap<>(Map.of("k", 1)).entrySet().iterator().next();
        List<Map.Entry<String, Integer>> es = List.of(e1, e2, e3, e4, e5, e6);
        for (Map.Entry<String, Integer> a : es) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Integer> b : es) sb.append(a.equals(b) ? 'T' : 'F');
            System.out.println(a + " " + a.hashCode() + " " + sb);
        }
        AbstractMap.SimpleEntry<String, Integer> nul = new AbstractMap.SimpleEntry<>(null, null);
        System.out.println(nul + " " + nul.hashCode() + " " + nul.equals(new AbstractMap.SimpleImmutableEntry<>(null, null)) + " " + nul.setValue(5) + " " + nul + " " + nul.equals("x"));
        AbstractMap.SimpleEntry<String, Integer> copy = new AbstractMap.SimpleEntry<>(e3);
        AbstractMap.SimpleImmutableEntry<String, Integer> icopy = new AbstractMap.SimpleImmutableEntry<>(e1);
        System.out.println(copy + " " + icopy + " " + copy.getKey() + copy.getValue());
        try {
            icopy.setValue(3);
        } catch (UnsupportedOperationException ex) {
            System.out.println("UOE " + ex.getMessage());
        }
        List<Map.Entry<String, Integer>> sortable = new ArrayList<>(List.of(Map.entry("b", 1), Map.entry("a", 3), Map.entry("c", 2)));
        sortable.sort(Map.Entry.comparingByKey());
        System.out.println(sortable);
        sortable.sort(Map.Entry.comparingByValue());
        System.out.println(sortable);
        sortable.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        System.out.println(sortable);
        sortable.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        System.out.println(sortable);
    }
}
