import java.util.*;
import java.util.concurrent.*;

public class ConcChmOrder {
    public static void main(String[] args) {
        for (int cap : new int[] {0, 1, 2, 3, 5, 8, 11, 12, 13, 16, 24, 33, 100}) {
            ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>(cap);
            for (int i = 0; i < 40; i += 3) m.put(i * 37, i);
            System.out.println(cap + " " + m);
        }
        ConcurrentHashMap<Integer, Integer> lf = new ConcurrentHashMap<>(10, 0.5f, 16);
        for (int i = 0; i < 30; i++) lf.put(i * 29, i);
        System.out.println("lf " + lf);
        // growth one key at a time (resizes reorder bins)
        ConcurrentHashMap<Integer, String> grow = new ConcurrentHashMap<>();
        for (int i = 0; i < 60; i++) {
            grow.put(i * 13 + (i % 4) * 64, "v" + i);
            if (i % 6 == 5) System.out.println(grow.keySet());
        }
        // colliding keys: small tables grow, big ones get tree bins
        ConcurrentHashMap<Integer, Integer> col = new ConcurrentHashMap<>();
        for (int i = 0; i < 12; i++) {
            col.put(i * 16, i);
            System.out.println(col);
        }
        ConcurrentHashMap<Integer, Integer> tree = new ConcurrentHashMap<>(64);
        for (int i = 0; i < 12; i++) tree.put(i * 128, i);
        System.out.println(tree);
        tree.put(1, 1);
        tree.put(128 * 20, 20);
        tree.putIfAbsent(128 * 21, 21);
        tree.computeIfAbsent(128 * 22, k -> 22);
        tree.merge(128 * 23, 23, Integer::sum);
        tree.compute(128 * 24, (k, v) -> 24);
        System.out.println(tree);
        for (int i = 0; i < 70; i++) tree.put(i * 7 + 3, i);
        System.out.println(tree);
        // strings
        ConcurrentHashMap<String, Integer> words = new ConcurrentHashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness it was the epoch of belief";
        for (String w : text.split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words);
        HashMap<String, Integer> hm = new HashMap<>(words);
        System.out.println(new ConcurrentHashMap<>(hm));
        for (int n : new int[] {5, 12, 13, 48, 49}) {
            HashMap<Integer, Integer> src = new HashMap<>();
            for (int i = 0; i < n; i++) src.put(i * 31, i);
            ConcurrentHashMap<Integer, Integer> cp = new ConcurrentHashMap<>(src);
            cp.put(1000, 0);
            System.out.println("copy " + n + " " + cp.keySet());
        }
        ConcurrentHashMap<Integer, Integer> pa = new ConcurrentHashMap<>();
        pa.put(-1, -1);
        HashMap<Integer, Integer> more = new HashMap<>();
        for (int i = 0; i < 30; i++) more.put(i * 17, i);
        pa.putAll(more);
        System.out.println("putAll " + pa);
        // removals and re-insertions
        for (int i = 0; i < 60; i += 2) grow.remove(i * 13 + (i % 4) * 64);
        grow.put(5, "five");
        System.out.println(grow);
        // negative and large hash codes
        ConcurrentHashMap<Long, Integer> longs = new ConcurrentHashMap<>();
        for (long v : new long[] {-1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, (1L << 32) + 1, -65536L, 65536L, 0x7fff_ffffL}) longs.put(v, (int) (v & 0xff));
        System.out.println(longs);
        ConcurrentHashMap<Object, Object> self = new ConcurrentHashMap<>();
        self.put("me", self);
        self.put("y", "z");
        System.out.println(self.keySet().size() + " " + self.get("me").equals(self));
        // iterate while inserting: the traversal follows the resize
        ConcurrentHashMap<Integer, Integer> live = new ConcurrentHashMap<>();
        for (int i = 0; i < 10; i++) live.put(i, i);
        StringBuilder sb = new StringBuilder();
        for (Integer k : live.keySet()) {
            sb.append(k).append(' ');
            if (k < 40) live.put(k + 20, k);
        }
        System.out.println(sb.toString().trim());
        System.out.println(live);
        StringBuilder sb2 = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : live.entrySet()) {
            if (e.getKey() % 3 == 0) live.remove(e.getKey() + 1);
            sb2.append(e.getKey()).append(' ');
        }
        System.out.println(sb2.toString().trim() + " -> " + live.size());
    }
}
