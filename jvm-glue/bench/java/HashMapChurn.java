import java.util.HashMap;
import java.util.Map;

public class HashMapChurn {
    public static void main(String[] args) {
        Map<Integer, Integer> m = new HashMap<>();
        long checksum = 0;
        for (int round = 0; round < 60; round++) {
            for (int i = 0; i < 20000; i++) m.put(i * 7 + round, i ^ round);
            for (int i = 0; i < 20000; i += 3) {
                Integer v = m.remove(i * 7 + round);
                if (v != null) checksum += v;
            }
            for (int i = 0; i < 20000; i++) {
                Integer v = m.get(i * 5);
                if (v != null) checksum += v;
            }
        }
        Map<String, Integer> sm = new HashMap<>();
        for (int i = 0; i < 100000; i++) sm.merge("k" + (i % 5000), 1, Integer::sum);
        System.out.println(checksum + " " + m.size() + " " + sm.size() + " " + sm.get("k42"));
    }
}
