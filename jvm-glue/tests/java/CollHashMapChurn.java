import java.util.*;

public class CollHashMapChurn {
    static final class Bad implements Comparable<Bad> {
        final String s;

        Bad(String s) {
            this.s = s;
        }

        public int hashCode() {
            return s.length() * 128;
        }

        public boolean equals(Object o) {
            return o instanceof Bad && ((Bad) o).s.equals(s);
        }

        public int compareTo(Bad o) {
            return s.compareTo(o.s);
        }

        public String toString() {
            return s;
        }
    }

    public static void main(String[] args) {
        Random r = new Random(77);
        HashMap<String, Integer> m = new HashMap<>();
        for (int round = 0; round < 4000; round++) {
            String k = Integer.toString(r.nextInt(700), 36);
            if (r.nextInt(3) == 0) m.remove(k);
            else m.merge(k, 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (n++ < 40) sb.append(e).append(' ');
        }
        System.out.println(m.size() + " " + sb);
        System.out.println(m.keySet().toString().hashCode() + " " + m.hashCode());
        HashMap<Bad, Integer> bad = new HashMap<>();
        List<Bad> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Bad b = new Bad(Integer.toString(r.nextInt(5000), 7));
            keys.add(b);
            bad.put(b, i);
            if (i % 5 == 4) bad.remove(keys.get(r.nextInt(keys.size())));
            if (i % 50 == 49) System.out.println(i + " " + bad.keySet());
        }
        Iterator<Bad> it = bad.keySet().iterator();
        int c = 0;
        while (it.hasNext()) {
            it.next();
            if (c++ % 2 == 0) it.remove();
        }
        System.out.println(bad.keySet());
        for (Bad b : keys) bad.remove(b);
        System.out.println(bad + " " + bad.size());
        HashSet<Integer> ints = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            int v = r.nextInt(20000) - 10000;
            if (!ints.add(v)) ints.remove(v);
        }
        long h = 0;
        for (int v : ints) h = h * 31 + v;
        System.out.println(ints.size() + " " + h);
    }
}
