import java.util.*;

public class CollHashCalls {
    static int hashCalls;
    static int eqCalls;

    static final class K implements Comparable<K> {
        final int v;
        final int h;

        K(int v, int h) {
            this.v = v;
            this.h = h;
        }

        public int hashCode() {
            hashCalls++;
            return h;
        }

        public boolean equals(Object o) {
            eqCalls++;
            return o instanceof K && ((K) o).v == v;
        }

        public int compareTo(K o) {
            return Integer.compare(v, o.v);
        }

        public String toString() {
            return "" + v;
        }
    }

    static String take() {
        String s = hashCalls + "/" + eqCalls;
        hashCalls = 0;
        eqCalls = 0;
        return s;
    }

    public static void main(String[] args) {
        List<K> keys = new ArrayList<>();
        for (int i = 0; i < 60; i++) keys.add(new K(i, i % 7 * 16));
        HashMap<K, Integer> m = new HashMap<>();
        for (K k : keys) m.put(k, k.v);
        System.out.println("hm put " + take());
        for (K k : keys) m.get(new K(k.v, k.h));
        System.out.println("hm get " + take());
        m.containsKey(new K(3, 48));
        m.remove(new K(10, 48));
        m.merge(new K(11, 64), 1, Integer::sum);
        m.computeIfAbsent(new K(100, 0), k -> 1);
        System.out.println("hm misc " + take());
        HashMap<K, Integer> copy = new HashMap<>(m);
        HashSet<K> set = new HashSet<>(keys);
        System.out.println("copies " + take() + " " + copy.size() + " " + set.size());
        LinkedHashMap<K, Integer> lm = new LinkedHashMap<>(m);
        lm.equals(m);
        System.out.println("lhm equals " + take());
        Hashtable<K, Integer> ht = new Hashtable<>();
        for (K k : keys) ht.put(k, k.v);
        System.out.println("ht put " + take());
        for (K k : keys) ht.get(k);
        ht.remove(keys.get(5));
        System.out.println("ht get " + take() + " " + ht.size());
        WeakHashMap<K, Integer> w = new WeakHashMap<>();
        for (K k : keys) w.put(k, k.v);
        System.out.println("whm put " + take());
        m.hashCode();
        ht.hashCode();
        System.out.println("map hashCode " + take());
        new ArrayList<>(keys).hashCode();
        new ArrayList<>(keys).indexOf(new K(59, 0));
        new LinkedList<>(keys).lastIndexOf(new K(0, 0));
        keys.contains(new K(30, 0));
        System.out.println("lists " + take());
        List.copyOf(keys).hashCode();
        Set.copyOf(keys.subList(0, 10));
        System.out.println("immutables " + hashCalls);
        take();
        Set<K> s2 = Set.of(keys.get(1), keys.get(2));
        boolean b1 = s2.contains(new K(2, 16)) && !s2.contains(new K(9, 0));
        Map<K, Integer> m1 = Map.of(keys.get(3), 3);
        Integer g1 = m1.get(new K(3, 48));
        boolean b2 = m1.containsKey(new K(4, 0)) || m1.containsValue(7);
        List<K> l3 = List.of(keys.get(0), keys.get(1), keys.get(2));
        int ix = l3.indexOf(new K(2, 0)) + l3.lastIndexOf(new K(0, 0));
        System.out.println("small immutables " + take() + " " + b1 + " " + g1 + " " + b2 + " " + ix + " " + Set.of(keys.get(5)).hashCode() + " " + take());
        try {
            Set.of(new K(1, 0), new K(1, 5));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + " " + take());
        }
    }
}
