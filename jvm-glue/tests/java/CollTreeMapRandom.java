import java.util.*;

public class CollTreeMapRandom {
    public static void main(String[] args) {
        Random r = new Random(2024);
        TreeMap<Integer, Integer> m = new TreeMap<>();
        boolean[] present = new boolean[512];
        int[] vals = new int[512];
        long check = 0;
        for (int step = 0; step < 20000; step++) {
            int k = r.nextInt(512);
            int op = r.nextInt(10);
            if (op < 5) {
                Integer old = m.put(k, step);
                if ((old != null) != present[k] || (old != null && old != vals[k])) throw new AssertionError("put " + k);
                present[k] = true;
                vals[k] = step;
            } else if (op < 8) {
                Integer old = m.remove(k);
                if ((old != null) != present[k]) throw new AssertionError("remove " + k);
                present[k] = false;
            } else if (op == 8) {
                Integer c = m.ceilingKey(k);
                int exp = -1;
                for (int j = k; j < 512; j++) if (present[j]) {
                    exp = j;
                    break;
                }
                if ((c == null ? -1 : c) != exp) throw new AssertionError("ceiling " + k);
                check += exp;
            } else {
                Map.Entry<Integer, Integer> e = r.nextBoolean() ? m.pollFirstEntry() : m.pollLastEntry();
                if (e != null) {
                    if (!present[e.getKey()]) throw new AssertionError("poll");
                    present[e.getKey()] = false;
                }
            }
            if (step % 1000 == 0) {
                int n = 0;
                int prev = -1;
                for (int key : m.keySet()) {
                    if (key <= prev || !present[key]) throw new AssertionError("order");
                    prev = key;
                    n++;
                }
                int expN = 0;
                for (boolean b : present) if (b) expN++;
                if (n != expN || m.size() != n) throw new AssertionError("size");
                System.out.println(step + " size=" + n + " first=" + (n == 0 ? "-" : m.firstKey()) + " last=" + (n == 0 ? "-" : m.lastKey()));
            }
        }
        System.out.println("check " + check);
        Iterator<Map.Entry<Integer, Integer>> it = m.entrySet().iterator();
        int removed = 0;
        while (it.hasNext()) {
            Map.Entry<Integer, Integer> e = it.next();
            if (e.getKey() % 3 != 0) {
                it.remove();
                removed++;
            }
        }
        System.out.println("removed " + removed + " left " + m.size() + " " + m.headMap(60));
        NavigableMap<Integer, Integer> d = m.descendingMap();
        Iterator<Integer> di = d.keySet().iterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) {
            int k = di.next();
            if (k % 2 == 0) di.remove();
            else if (sb.length() < 80) sb.append(k).append(' ');
        }
        System.out.println(sb + "| " + m.size());
        TreeSet<String> words = new TreeSet<>();
        for (int i = 0; i < 3000; i++) words.add(Integer.toString(r.nextInt(100000), 36));
        System.out.println(words.size() + " " + words.first() + " " + words.last() + " " + words.ceiling("m") + " " + words.floor("m") + " " + words.subSet("a", "b").size());
    }
}
