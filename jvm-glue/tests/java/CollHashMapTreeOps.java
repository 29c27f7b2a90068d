import java.util.*;

public class CollHashMapTreeOps {
    static final class K implements Comparable<K> {
        final int id;
        final int h;

        K(int id, int h) {
            this.id = id;
            this.h = h;
        }

        public int hashCode() {
            return h;
        }

        public boolean equals(Object o) {
            return o instanceof K && ((K) o).id == id;
        }

        public int compareTo(K o) {
            return Integer.compare(id, o.id);
        }

        public String toString() {
            return id + "";
        }
    }

    static HashMap<K, Integer> bin(int n, int hash, int[] order) {
        HashMap<K, Integer> m = new HashMap<>(64);
        for (int i = 0; i < n; i++) m.put(new K(order[i % order.length] + 100 * (i / order.length), hash), i);
        return m;
    }

    public static void main(String[] args) {
        int[] order = {8, 3, 12, 1, 6, 10, 14, 0, 2, 5, 7, 9, 11, 13, 15, 4};
        HashMap<K, Integer> m = bin(16, 7, order);
        System.out.println("tree " + m.keySet());
        // removals that shrink the tree until it is turned back into a list
        for (int id : new int[] {0, 2, 15, 13, 8, 3, 12, 1, 6, 10, 14}) {
            m.remove(new K(id, 7));
            System.out.println("rm " + id + " -> " + m.keySet());
        }
        // iterator removal does not move the root or untreeify
        HashMap<K, Integer> it = bin(16, 7, order);
        Iterator<K> i = it.keySet().iterator();
        int n = 0;
        while (i.hasNext()) {
            i.next();
            if (n++ % 2 == 1) i.remove();
        }
        System.out.println("iter " + it.keySet());
        it.put(new K(50, 7), 0);
        it.put(new K(-5, 7), 0);
        System.out.println("iter+put " + it.keySet());
        for (int id : new int[] {8, 12, 6, 14}) it.remove(new K(id, 7));
        System.out.println("iter+rm " + it.keySet());
        // compute / merge / computeIfAbsent on a tree bin
        HashMap<K, Integer> c = bin(12, 7, order);
        c.computeIfAbsent(new K(40, 7), k -> 1);
        c.compute(new K(-1, 7), (k, v) -> 2);
        c.merge(new K(33, 7), 3, Integer::sum);
        c.merge(new K(8, 7), 3, Integer::sum);
        c.compute(new K(3, 7), (k, v) -> null);
        c.computeIfPresent(new K(12, 7), (k, v) -> null);
        System.out.println("compute " + c);
        // resize splits a tree bin in two (both halves large enough to stay trees)
        HashMap<K, Integer> s = new HashMap<>(64);
        for (int j = 0; j < 24; j++) s.put(new K(j, j % 2 == 0 ? 5 : 69), j);
        System.out.println("pre-split " + s.keySet());
        for (int j = 0; j < 40; j++) s.put(new K(1000 + j, 1000 + j), j);
        System.out.println("post-split " + s.keySet());
        // split where one half is small (untreeified) and the other stays a tree
        HashMap<K, Integer> u = new HashMap<>(64);
        for (int j = 0; j < 14; j++) u.put(new K(j, j < 3 ? 69 : 5), j);
        for (int j = 0; j < 40; j++) u.put(new K(1000 + j, 1000 + j), j);
        System.out.println("uneven " + u.keySet());
        // copies rebuild the table from scratch
        @SuppressWarnings("unchecked")
        HashMap<K, Integer> cl = (HashMap<K, Integer>) m.clone();
        HashMap<K, Integer> cp = new HashMap<>(bin(20, 7, order));
        System.out.println("copies " + cl.keySet() + " " + cp.keySet());
        System.out.println("lookups " + cp.get(new K(5, 7)) + " " + cp.get(new K(105, 7)) + " " + cp.containsKey(new K(99, 7)) + " " + cp.containsValue(19) + " " + cp.getOrDefault(new K(1, 8), -1));
        HashSet<K> hs = new HashSet<>();
        for (int j = 0; j < 30; j++) hs.add(new K(order[j % 16] * 3 + j / 16, 3));
        System.out.println("set " + hs);
        hs.removeIf(k -> k.id % 2 == 0);
        System.out.println("set removeIf " + hs);
        LinkedHashMap<K, Integer> lhm = new LinkedHashMap<>(64);
        for (int j = 0; j < 20; j++) lhm.put(new K(order[j % 16] + j / 16 * 50, 7), j);
        for (int j = 0; j < 16; j += 3) lhm.remove(new K(order[j], 7));
        System.out.println("linked " + lhm.keySet());
    }
}
