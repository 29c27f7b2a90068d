import java.util.*;

public class CollProgramMix {
    record Edge(String to, int w) {}

    public static void main(String[] args) {
        String text = "it was the best of times it was the worst of times it was the age of wisdom "
                + "it was the age of foolishness it was the epoch of belief it was the epoch of incredulity "
                + "it was the season of light it was the season of darkness";
        Map<String, Integer> freq = new HashMap<>();
        for (String w : text.split(" ")) freq.merge(w, 1, Integer::sum);
        System.out.println(freq);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(entries.subList(0, 6));
        PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
        for (Map.Entry<String, Integer> e : freq.entrySet()) {
            top.offer(e);
            if (top.size() > 4) top.poll();
        }
        List<String> topWords = new ArrayList<>();
        while (!top.isEmpty()) topWords.add(top.poll().getKey());
        Collections.reverse(topWords);
        System.out.println(topWords);
        TreeMap<Integer, List<String>> byLen = new TreeMap<>();
        for (String w : new TreeSet<>(freq.keySet())) byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        System.out.println(byLen + " " + byLen.lastEntry() + " " + byLen.floorKey(6));
        Map<String, List<Edge>> g = new LinkedHashMap<>();
        String[][] es = {{"a", "b", "4"}, {"a", "c", "1"}, {"c", "b", "2"}, {"b", "d", "1"}, {"c", "d", "5"}, {"d", "e", "3"}, {"e", "a", "7"}};
        for (String[] e : es) {
            g.computeIfAbsent(e[0], k -> new ArrayList<>()).add(new Edge(e[1], Integer.parseInt(e[2])));
            g.putIfAbsent(e[1], new ArrayList<>());
        }
        Map<String, Integer> dist = new HashMap<>();
        PriorityQueue<Object[]> pq = new PriorityQueue<>((x, y) -> Integer.compare((Integer) x[1], (Integer) y[1]));
        pq.add(new Object[] {"a", 0});
        while (!pq.isEmpty()) {
            Object[] cur = pq.poll();
            String n = (String) cur[0];
            int d = (Integer) cur[1];
            if (dist.containsKey(n)) continue;
            dist.put(n, d);
            for (Edge e : g.get(n)) if (!dist.containsKey(e.to())) pq.add(new Object[] {e.to(), d + e.w()});
        }
        System.out.println(new TreeMap<>(dist));
        Deque<String> queue = new ArrayDeque<>(List.of("a"));
        Set<String> seen = new LinkedHashSet<>(List.of("a"));
        while (!queue.isEmpty()) {
            String n = queue.poll();
            for (Edge e : g.get(n)) if (seen.add(e.to())) queue.add(e.to());
        }
        System.out.println(seen);
        Map<List<Integer>, Long> memo = new HashMap<>();
        System.out.println(paths(12, 12, memo) + " " + memo.size());
        LinkedHashMap<Integer, String> lru = new LinkedHashMap<>(8, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<Integer, String> e) {
                return size() > 3;
            }
        };
        for (int i : new int[] {1, 2, 3, 1, 4, 2, 5, 1}) lru.computeIfAbsent(i, k -> "v" + k);
        System.out.println(lru);
        BitSet sieve = new BitSet(100);
        sieve.set(2, 100);
        for (int p = 2; p * p < 100; p = sieve.nextSetBit(p + 1)) for (int m = p * p; m < 100; m += p) sieve.clear(m);
        System.out.println(sieve.cardinality() + " " + sieve);
        EnumMap<Thread.State, Integer> states = new EnumMap<>(Thread.State.class);
        for (Thread.State s : Thread.State.values()) states.put(s, s.name().length());
        System.out.println(states + " " + EnumSet.complementOf(EnumSet.of(Thread.State.NEW, Thread.State.TERMINATED)));
        int[][] grid = new int[4][5];
        for (int[] row : grid) Arrays.fill(row, 1);
        grid[2][3] = 9;
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepHashCode(grid));
    }

    static long paths(int r, int c, Map<List<Integer>, Long> memo) {
        if (r == 0 || c == 0) return 1;
        List<Integer> key = List.of(r, c);
        Long v = memo.get(key);
        if (v != null) return v;
        long res = paths(r - 1, c, memo) + paths(r, c - 1, memo);
        memo.put(key, res);
        return res;
    }
}
