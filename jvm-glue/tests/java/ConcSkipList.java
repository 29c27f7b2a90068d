import java.util.*;
import java.util.concurrent.*;

public class ConcSkipList {
    public static void main(String[] args) throws Exception {
        ConcurrentSkipListMap<String, Integer> m = new ConcurrentSkipListMap<>();
        for (String s : "pear apple fig banana cherry date grape".split(" ")) m.put(s, s.length());
        System.out.println(m + " " + m.size());
        System.out.println(m.firstKey() + " " + m.lastKey() + " " + m.firstEntry() + " " + m.lastEntry());
        System.out.println(m.ceilingKey("c") + " " + m.floorKey("c") + " " + m.higherKey("date") + " " + m.lowerKey("date") + " " + m.ceilingEntry("zzz") + " " + m.floorEntry("a"));
        System.out.println(m.higherEntry("fig") + " " + m.lowerEntry("fig"));
        System.out.println(m.headMap("date") + " " + m.headMap("date", true) + " " + m.tailMap("fig") + " " + m.tailMap("fig", false) + " " + m.subMap("b", "f") + " " + m.descendingMap());
        System.out.println(m.keySet() + " " + m.values() + " " + m.entrySet());
        try {
            m.firstEntry().setValue(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable entry: " + e);
        }
        System.out.println(m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m);
        System.out.println(m.putIfAbsent("kiwi", 4) + " " + m.putIfAbsent("kiwi", 5) + " " + m.replace("kiwi", 40) + " " + m.replace("kiwi", 40, 41) + " " + m.remove("kiwi", 1) + " " + m.get("kiwi"));
        System.out.println(m.merge("fig", 10, Integer::sum) + " " + m.compute("lime", (k, v) -> v == null ? 4 : v) + " " + m.computeIfAbsent("fig", k -> 0) + " " + m.computeIfPresent("lime", (k, v) -> null) + " " + m.containsKey("lime"));
        Iterator<String> it = m.keySet().iterator();
        it.next();
        it.remove();
        m.put("aaa", 0);
        System.out.println(m + " " + m.containsValue(13));
        try {
            m.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e);
        }
        try {
            new ConcurrentSkipListMap<String, Integer>().firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("empty firstKey: " + e);
        }
        System.out.println(new ConcurrentSkipListMap<String, Integer>().firstEntry());
        ConcurrentSkipListMap<Integer, String> rev = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 10; i++) rev.put(i * 7 % 10, "v" + i);
        System.out.println(rev + " " + rev.firstKey() + " " + rev.comparator().compare(1, 2));
        // concurrent inserts
        ConcurrentSkipListMap<Integer, Integer> shared = new ConcurrentSkipListMap<>();
        Thread[] ts = new Thread[6];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) shared.merge(i % 50, id, Integer::sum);
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(shared.size() + " " + shared.firstEntry() + " " + shared.lastEntry() + " " + shared.get(25));
        ConcurrentSkipListSet<Integer> set = new ConcurrentSkipListSet<>(Arrays.asList(5, 1, 9, 3, 7, 3));
        System.out.println(set + " " + set.first() + " " + set.last() + " " + set.ceiling(4) + " " + set.floor(4) + " " + set.higher(9) + " " + set.lower(1));
        System.out.println(set.pollFirst() + " " + set.pollLast() + " " + set + " " + set.add(4) + " " + set.add(4) + " " + set.remove(5) + " " + set + " " + set.contains(7));
        Iterator<Integer> d = set.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) sb.append(d.next());
        System.out.println("descending " + sb + " clone " + set.clone() + " size " + set.size());
        ConcurrentSkipListSet<String> byLen = new ConcurrentSkipListSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        byLen.addAll(Arrays.asList("ccc", "a", "bb", "aa", "b"));
        System.out.println(byLen);
    }
}
