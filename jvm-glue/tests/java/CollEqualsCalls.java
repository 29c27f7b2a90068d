import java.util.*;

public class CollEqualsCalls {
    static int eqCalls;

    static final class V implements Comparable<V> {
        final int x;

        V(int x) {
            this.x = x;
        }

        public boolean equals(Object o) {
            eqCalls++;
            return o instanceof V && ((V) o).x == x;
        }

        public int hashCode() {
            return x;
        }

        public int compareTo(V o) {
            return Integer.compare(x, o.x);
        }

        public String toString() {
            return "V" + x;
        }
    }

    static String take() {
        String s = "" + eqCalls;
        eqCalls = 0;
        return s;
    }

    public static void main(String[] args) {
        List<V> vs = new ArrayList<>();
        for (int i = 0; i < 10; i++) vs.add(new V(i));
        V same = vs.get(7);
        V copy = new V(7);
        List<List<V>> lists = List.of(new ArrayList<>(vs), new LinkedList<>(vs), new Vector<>(vs), Arrays.asList(vs.toArray(new V[0])), List.copyOf(vs), Collections.unmodifiableList(new ArrayList<>(vs)));
        for (List<V> l : lists) {
            StringBuilder sb = new StringBuilder(l.getClass().getSimpleName().isEmpty() ? "anon" : "list");
            l.contains(same);
            sb.append(' ').append(take());
            l.indexOf(same);
            sb.append(' ').append(take());
            l.lastIndexOf(same);
            sb.append(' ').append(take());
            l.contains(copy);
            sb.append(' ').append(take());
            l.equals(new ArrayList<>(vs));
            sb.append(' ').append(take());
            new ArrayList<>(vs).equals(l);
            sb.append(' ').append(take());
            new LinkedList<>(vs).equals(l);
            sb.append(' ').append(take());
            System.out.println(sb);
        }
        Map<String, V> hm = new HashMap<>();
        Map<String, V> tm = new TreeMap<>();
        Map<String, V> ht = new Hashtable<>();
        Map<String, V> lhm = new LinkedHashMap<>();
        for (V v : vs) {
            hm.put("k" + v.x, v);
            tm.put("k" + v.x, v);
            ht.put("k" + v.x, v);
            lhm.put("k" + v.x, v);
        }
        take();
        for (Map<String, V> m : List.of(hm, tm, ht, lhm)) {
            StringBuilder sb = new StringBuilder();
            m.containsValue(same);
            sb.append(take()).append(' ');
            m.containsValue(copy);
            sb.append(take()).append(' ');
            m.entrySet().contains(Map.entry("k7", same));
            sb.append(take()).append(' ');
            m.entrySet().contains(new AbstractMap.SimpleEntry<>("k7", copy));
            sb.append(take()).append(' ');
            m.equals(new HashMap<>(m));
            sb.append(take()).append(' ');
            new HashMap<>(m).equals(m);
            sb.append(take()).append(' ');
            m.values().contains(same);
            sb.append(take()).append(' ');
            m.remove("k3", vs.get(3));
            m.replace("k4", vs.get(4), vs.get(4));
            sb.append(take()).append(' ');
            for (Map.Entry<String, V> e : m.entrySet()) e.equals(Map.entry(e.getKey(), e.getValue()));
            sb.append(take());
            System.out.println(sb);
        }
        AbstractMap.SimpleEntry<String, V> se = new AbstractMap.SimpleEntry<>("a", same);
        se.equals(new AbstractMap.SimpleEntry<>("a", same));
        System.out.println("entries " + take() + " " + Collections.frequency(vs, same) + " " + take() + " " + Collections.indexOfSubList(vs, vs.subList(3, 5)) + " " + take() + " " + Collections.singletonList(same).contains(same) + " " + take() + " " + Collections.nCopies(3, same).contains(same) + " " + take());
    }
}
