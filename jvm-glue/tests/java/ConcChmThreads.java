import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcChmThreads {
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, AtomicInteger> buckets = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Integer> owners = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        LongAdder putIfAbsentWins = new LongAdder();
        Thread[] ts = new Thread[8];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 1500; i++) {
                    counts.merge("k" + (i % 37), 1, Integer::sum);
                    buckets.computeIfAbsent(i % 50, k -> {
                        created.incrementAndGet();
                        return new AtomicInteger();
                    }).incrementAndGet();
                    if (owners.putIfAbsent(i, id) == null) putIfAbsentWins.increment();
                    counts.compute("total", (k, v) -> v == null ? 1 : v + 1);
                    if (i % 10 == 0) counts.computeIfPresent("k0", (k, v) -> v + 1000);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        int sum = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (!e.getKey().equals("total")) sum += e.getValue();
        System.out.println("total " + counts.get("total") + " merged " + sum + " k0 " + counts.get("k0") + " k36 " + counts.get("k36"));
        int bsum = 0;
        for (AtomicInteger a : buckets.values()) bsum += a.get();
        System.out.println("buckets " + buckets.size() + " created " + created + " sum " + bsum);
        System.out.println("owners " + owners.size() + " wins " + putIfAbsentWins.sum());
        System.out.println(new java.util.TreeMap<>(counts)); // bin order after concurrent inserts depends on scheduling
        // concurrent removers and adders on disjoint keys
        ConcurrentHashMap<Integer, Integer> m = new ConcurrentHashMap<>();
        for (int i = 0; i < 4000; i++) m.put(i, i);
        Thread[] ws = new Thread[8];
        for (int t = 0; t < ws.length; t++) {
            final int id = t;
            ws[t] = new Thread(() -> {
                for (int i = id; i < 4000; i += 8) {
                    if (i % 2 == 0) m.remove(i);
                    else m.replace(i, i, -i);
                }
                for (int i = 0; i < 500; i++) m.put(10000 + id * 500 + i, id);
            });
            ws[t].start();
        }
        // a reader iterating meanwhile must not fail
        long seen = 0;
        for (int round = 0; round < 5; round++) {
            for (Integer k : m.keySet()) seen += k >= 0 ? 1 : 0;
        }
        for (Thread t : ws) t.join();
        long neg = 0;
        for (int v : m.values()) if (v < 0) neg++;
        System.out.println("size " + m.size() + " negatives " + neg + " mappingCount " + m.mappingCount() + " iterated something " + (seen > 0));
        ConcurrentHashMap<Integer, Integer> small = new ConcurrentHashMap<>();
        for (int i = 0; i < 20; i++) small.put(i * 3, i);
        System.out.println(small);
        // newKeySet shared by threads
        Set<Integer> seenIds = ConcurrentHashMap.newKeySet();
        Thread[] adders = new Thread[4];
        for (int t = 0; t < adders.length; t++) {
            final int id = t;
            adders[t] = new Thread(() -> {
                for (int i = 0; i < 300; i++) seenIds.add(i * (id % 2 + 1));
            });
            adders[t].start();
        }
        for (Thread t : adders) t.join();
        System.out.println("keyset size " + seenIds.size());
    }
}
