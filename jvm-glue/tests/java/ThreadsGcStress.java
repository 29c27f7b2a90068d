// mote-opts: -Xgcstress=3 -Xmx32m
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ThreadsGcStress {
    static final Map<String, List<String>> shared = new HashMap<>();

    static void work(int id) {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String s = "t" + id + ":" + i + ":" + Integer.toHexString(i * 31 + id);
            mine.add(s);
            if (i % 50 == 0) {
                synchronized (shared) {
                    shared.computeIfAbsent("k" + (i % 7), k -> new ArrayList<>()).add(s);
                }
                Thread.yield();
            }
            if (i % 97 == 0) {
                try {
                    throw new IllegalStateException("checkpoint " + id + "/" + i);
                } catch (IllegalStateException e) {
                    mine.add(e.getMessage());
                }
            }
        }
        long sum = 0;
        for (String s : mine) sum += s.length();
        synchronized (shared) {
            shared.computeIfAbsent("sums", k -> new ArrayList<>()).add(id + "=" + sum);
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> work(id));
            ts[i].start();
        }
        work(99);
        for (Thread t : ts) t.join();
        List<String> sums = shared.get("sums");
        java.util.Collections.sort(sums);
        System.out.println(sums);
        int total = 0;
        for (Map.Entry<String, List<String>> e : shared.entrySet()) total += e.getValue().size();
        System.out.println("entries " + total + " keys " + shared.size());
    }
}
