import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

// HashMap lookups the JVM does in place for String and Integer keys (hash and
// nodeFor): equal keys that are other instances, colliding hashes in one
// bin ("Aa"/"BB"), strings whose hash is 0, null keys and values, keys of
// other classes in the same map (Long, a custom key), tree bins, and
// LinkedHashMap entries.
public class InterpMapLookups {
    static final class Odd {
        final int v;
        Odd(int v) { this.v = v; }
        @Override public int hashCode() { return 1; } // everything collides
        @Override public boolean equals(Object o) { return o instanceof Odd && ((Odd) o).v == v; }
        @Override public String toString() { return "Odd" + v; }
    }

    static String fresh(String s) {
        return new String(s.toCharArray()); // same chars, no cached hash yet
    }

    static void probe(Map<Object, Object> m, Object k) {
        System.out.print(m.get(k) + "/" + m.containsKey(k) + " ");
    }

    public static void main(String[] args) {
        Map<Object, Object> m = new HashMap<>();
        String[] keys = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "f5a5a608", "Host", "host", "x"};
        for (int i = 0; i < keys.length; i++) m.put(keys[i], i);
        for (int i = -3; i < 40; i += 3) m.put(i, "int" + i);
        m.put(1L, "long1");
        m.put(null, "nullkey");
        m.put("nullval", null);
        m.put(new Odd(1), "odd1");
        for (int round = 0; round < 2; round++) {
            for (String k : keys) probe(m, fresh(k));
            System.out.println();
            for (String k : keys) probe(m, k);
            System.out.println();
            for (int i = -4; i < 42; i++) probe(m, i);
            System.out.println();
            probe(m, 1L);
            probe(m, 1);
            probe(m, (short) 1);
            probe(m, null);
            probe(m, "nullval");
            probe(m, "missing");
            probe(m, fresh("missing"));
            probe(m, new Odd(1));
            probe(m, new Odd(2));
            probe(m, Integer.valueOf(1000000));
            System.out.println();
        }
        // a bin that turns into a tree: many colliding strings
        Map<Object, Object> tree = new HashMap<>();
        String[] base = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            String k = base[i & 1] + base[(i >> 1) & 1] + base[(i >> 2) & 1] + base[(i >> 3) & 1] + base[(i >> 4) & 1] + base[(i >> 5) & 1];
            tree.put(k, i);
        }
        long sum = 0;
        for (Object k : new HashSet<>(tree.keySet())) sum += (Integer) tree.get(fresh((String) k)) + (tree.containsKey(k) ? 1 : 0);
        System.out.println(sum + " " + tree.size() + " " + tree.get("AaAaAaAaAaAa") + " " + tree.get("AaAaAaAaAaAb"));
        for (int i = 0; i < 20; i++) tree.put(new Odd(i), i);
        System.out.println(tree.get(new Odd(7)) + " " + tree.get(new Odd(99)) + " " + tree.get("BBBBBBBBBBBB"));
        // LinkedHashMap: same lookups through its entries
        Map<Object, Object> lm = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) lm.put(i % 2 == 0 ? (Object) ("k" + i) : (Object) i, i);
        int hits = 0;
        for (int i = 0; i < 60; i++) {
            if (lm.get(fresh("k" + i)) != null) hits++;
            if (lm.get(i) != null) hits++;
        }
        System.out.println(hits + " " + lm.keySet().iterator().next());
        // churn: growth and removal between lookups
        Map<Integer, Integer> churn = new HashMap<>();
        long check = 0;
        for (int r = 0; r < 5; r++) {
            for (int i = 0; i < 3000; i++) churn.put(i * 7 + r, i ^ r);
            for (int i = 0; i < 3000; i += 3) {
                Integer v = churn.remove(i * 7 + r);
                if (v != null) check += v;
            }
            for (int i = 0; i < 3000; i++) {
                Integer v = churn.get(i * 5);
                if (v != null) check += v;
            }
        }
        System.out.println(check + " " + churn.size());
    }
}
