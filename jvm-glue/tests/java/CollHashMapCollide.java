import java.util.*;

public class CollHashMapCollide {
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
            return "K" + id;
        }
    }

    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        // all keys in one bin: treeify after 8 once the table reaches 64
        HashMap<K, Integer> m = new HashMap<>();
        int[] order = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 15, 12, 11, 14, 13, 10, 20, 18, 19, 17, 16, 25, 22, 21, 24, 23};
        for (int i = 0; i < order.length; i++) {
            m.put(new K(order[i], 42), i);
            p(i + " " + m.keySet());
        }
        for (int id : new int[] {7, 0, 25, 13, 5, 3, 9}) {
            m.remove(new K(id, 42));
            p("rm " + id + " " + m.keySet());
        }
        p(m.get(new K(11, 42)) + " " + m.containsKey(new K(7, 42)) + " " + m.get(new K(99, 42)));
        while (m.size() > 2) {
            K first = m.keySet().iterator().next();
            m.remove(first);
            p("rmfirst " + first + " " + m.keySet());
        }
        // several colliding groups sharing buckets with different hashes
        HashMap<K, String> g = new HashMap<>();
        for (int i = 0; i < 60; i++) g.put(new K(i, (i % 3) * 64 + 5), "v" + i);
        p(g.keySet());
        for (int i = 0; i < 60; i += 4) g.remove(new K(i, (i % 3) * 64 + 5));
        p(g.keySet());
        for (int i = 60; i < 140; i++) g.put(new K(i, (i % 5) * 16 + 1), "w" + i);
        p(g.keySet());
        Iterator<K> it = g.keySet().iterator();
        int n = 0;
        while (it.hasNext()) {
            it.next();
            if (n++ % 3 == 0) it.remove();
        }
        p(g.keySet());
        p(g.size());
        // collisions with negative hashes and hashes differing only in high bits
        HashMap<K, Integer> hi = new HashMap<>();
        for (int i = 0; i < 40; i++) hi.put(new K(i, (i % 4) << 20 ^ (i % 2 == 0 ? -1 : 7)), i);
        p(hi.keySet());
        for (int i = 0; i < 40; i += 3) hi.remove(new K(i, (i % 4) << 20 ^ (i % 2 == 0 ? -1 : 7)));
        p(hi.keySet());
        // String collisions: "Aa" and "BB" have equal hash codes
        HashMap<String, Integer> s = new HashMap<>();
        String[] base = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) sb.append(base[(i >> b) & 1]);
            s.put(sb.toString(), i);
        }
        p(s.keySet());
        p(s.get("AaAaAaAaAaAa") + " " + s.get("BBBBBBBBBBBB") + " " + s.get("AaBBAaBBAaBB"));
        for (int i = 0; i < 64; i += 5) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 6; b++) sb.append(base[(i >> b) & 1]);
            s.remove(sb.toString());
        }
        p(s.keySet());
        s.put("x", 1);
        s.put("y", 2);
        p(s.keySet());
    }
}
