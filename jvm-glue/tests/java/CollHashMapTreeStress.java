import java.util.*;

public class CollHashMapTreeStress {
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
            return Integer.toString(id);
        }
    }

    public static void main(String[] args) {
        Random r = new Random(31337);
        // few distinct hashes so bins are big trees; several hashes per bin as the table grows
        int[] hashes = {3, 67, 131, 195, 3 + 1024, -61, 7};
        for (int round = 0; round < 3; round++) {
            HashMap<K, Integer> m = round == 2 ? new LinkedHashMap<>() : new HashMap<>();
            for (int step = 0; step < 1500; step++) {
                int id = r.nextInt(300);
                K k = new K(id, hashes[id % (round + 5)]);
                int op = r.nextInt(10);
                if (op < 5) m.put(k, step);
                else if (op < 7) m.remove(k);
                else if (op == 7) m.merge(k, 1, Integer::sum);
                else if (op == 8) m.computeIfAbsent(k, x -> x.id);
                else {
                    Iterator<K> it = m.keySet().iterator();
                    int skip = r.nextInt(Math.max(1, m.size()));
                    for (int i = 0; i < skip && it.hasNext(); i++) it.next();
                    if (it.hasNext()) {
                        it.next();
                        it.remove();
                    }
                }
                if (step % 250 == 249) {
                    System.out.println(round + ":" + step + " " + m.size() + " " + m.keySet().toString().hashCode());
                }
            }
            System.out.println(m.keySet());
            int found = 0;
            for (int id = 0; id < 300; id++) if (m.containsKey(new K(id, hashes[id % (round + 5)]))) found++;
            System.out.println("found " + found + " of " + m.size());
            while (m.size() > 20) {
                Iterator<K> it = m.keySet().iterator();
                K first = it.next();
                m.remove(first);
                if (it.hasNext()) {
                    K second = null;
                    for (K k : m.keySet()) second = k;
                    m.remove(second);
                }
            }
            System.out.println(m.keySet());
        }
    }
}
