import java.util.*;

public class CollHashMapOrder {
    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        HashMap<String, Integer> m = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog and then some more words appear here to force a resize of the table beyond sixteen entries alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split(" ");
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i);
            if (i == 5 || i == 11 || i == 12 || i == 13 || i == 24 || i == 25) p(i + " " + m);
        }
        p(m.size() + " " + m);
        p(m.keySet());
        p(m.values());
        p(m.entrySet());
        for (int i = 0; i < words.length; i += 3) m.remove(words[i]);
        p(m);
        HashMap<Integer, String> ints = new HashMap<>();
        int[] keys = {100, 17, 33, 1, 49, 65, -1, -16, 1024, 4096, 31, 47, 63, 79, 95, 111, 127, 1 << 20, Integer.MIN_VALUE, Integer.MAX_VALUE, 0};
        for (int k : keys) ints.put(k, "v" + k);
        p(ints);
        HashMap<Integer, String> sized = new HashMap<>(3);
        for (int k : keys) sized.put(k, "s");
        p(sized.keySet());
        HashMap<Integer, String> sized2 = new HashMap<>(1000);
        for (int k : keys) sized2.put(k, "s");
        p(sized2.keySet());
        HashMap<Integer, String> lf = new HashMap<>(4, 2.0f);
        for (int k : keys) lf.put(k, "s");
        p(lf.keySet());
        HashMap<Integer, String> lf2 = new HashMap<>(4, 0.25f);
        for (int k : keys) lf2.put(k, "s");
        p(lf2.keySet());
        HashMap<Integer, String> copy = new HashMap<>(ints);
        p(copy.keySet() + " " + copy.equals(ints));
        @SuppressWarnings("unchecked")
        HashMap<Integer, String> cl = (HashMap<Integer, String>) ints.clone();
        p(cl.keySet());
        HashMap<Integer, String> pa = new HashMap<>();
        pa.put(7, "x");
        pa.putAll(ints);
        p(pa.keySet());
        HashMap<Object, Object> mixed = new HashMap<>();
        mixed.put(null, "nullkey");
        mixed.put("k", null);
        mixed.put(3.5, 'c');
        mixed.put(10L, true);
        mixed.put('z', (byte) 3);
        mixed.put(List.of(1, 2), Set.of());
        p(mixed + " " + mixed.get(null) + " " + mixed.containsKey(null) + " " + mixed.containsValue(null) + " " + mixed.get("k") + " " + mixed.containsKey("k"));
        p(mixed.remove(null) + " " + mixed.containsKey(null) + " " + mixed.size());
        HashMap<String, Integer> grow = new HashMap<>();
        for (int i = 0; i < 300; i++) grow.put("key" + i, i);
        StringBuilder sb = new StringBuilder();
        for (String k : grow.keySet()) sb.append(k.substring(3)).append(',');
        p(sb);
        for (int i = 0; i < 300; i += 2) grow.remove("key" + i);
        p(grow.keySet().toString().hashCode() + " " + grow.size());
        grow.clear();
        p(grow + " " + grow.size() + " " + grow.isEmpty());
        grow.put("again", 1);
        p(grow);
        HashMap<Long, Integer> longs = new HashMap<>();
        for (long x = 1; x < (1L << 40); x *= 3) longs.put(x, (int) (x % 1000));
        p(longs);
        HashMap<Double, Integer> dbl = new HashMap<>();
        for (int i = 0; i < 20; i++) dbl.put(i / 4.0, i);
        p(dbl.keySet());
    }
}
