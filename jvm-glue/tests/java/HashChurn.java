import java.util.HashMap;
import java.util.Map;

public class HashChurn {
    public static void main(String[] args) {
        Map<Integer, Integer> m = new HashMap<>();
        long checksum = 0;
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 5000; i++) m.put(i * 7 + round, i ^ round);
            for (int i = 0; i < 5000; i += 3) {
                Integer v = m.remove(i * 7 + round);
                if (v != null) checksum += v;
            }
            checksum += m.size();
        }
        System.out.println(checksum + " " + m.size());
        Map<String, String> sm = new HashMap<>();
        for (int i = 0; i < 2000; i++) sm.put("key" + i, "value" + (i * i));
        int found = 0;
        for (int i = 0; i < 4000; i++) if (sm.containsKey("key" + i)) found++;
        System.out.println(found + " " + sm.get("key1999"));
        int iter = 0;
        for (String k : sm.keySet()) {
            if (iter++ < 5) System.out.print(k + " ");
        }
        System.out.println();
    }
}
