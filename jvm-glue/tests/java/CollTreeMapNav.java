import java.util.*;

public class CollTreeMapNav {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 0; i <= 40; i += 4) m.put(i, "v" + i);
        StringBuilder sb = new StringBuilder();
        for (int k = -3; k <= 44; k++) {
            sb.setLength(0);
            sb.append(k).append(": ");
            sb.append(m.lowerKey(k)).append(' ').append(m.floorKey(k)).append(' ');
            sb.append(m.ceilingKey(k)).append(' ').append(m.higherKey(k)).append(' ');
            sb.append(m.lowerEntry(k)).append(' ').append(m.floorEntry(k)).append(' ');
            sb.append(m.ceilingEntry(k)).append(' ').append(m.higherEntry(k));
            System.out.println(sb);
        }
        NavigableMap<Integer, String> d = m.descendingMap();
        for (int k = -1; k <= 41; k += 3) {
            System.out.println("desc " + k + ": " + d.lowerKey(k) + " " + d.floorKey(k) + " " + d.ceilingKey(k) + " " + d.higherKey(k));
        }
        System.out.println(d + " " + d.firstKey() + " " + d.lastKey() + " " + d.firstEntry() + " " + d.lastEntry());
        System.out.println(m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m);
        System.out.println(d.pollFirstEntry() + " " + d.pollLastEntry() + " " + m);
        NavigableSet<Integer> ks = m.navigableKeySet();
        System.out.println(ks.lower(13) + " " + ks.floor(12) + " " + ks.ceiling(13) + " " + ks.higher(12) + " " + ks.first() + " " + ks.last());
        System.out.println(ks.pollFirst() + " " + ks.pollLast() + " " + m);
        NavigableSet<Integer> dks = m.descendingKeySet();
        System.out.println(dks + " " + dks.first() + " " + dks.lower(16) + " " + dks.higher(16) + " " + dks.descendingSet());
        Iterator<Integer> di = ks.descendingIterator();
        while (di.hasNext()) if (di.next() % 8 == 0) di.remove();
        System.out.println(m);
        TreeMap<Integer, Integer> big = new TreeMap<>();
        Random r = new Random(11);
        for (int i = 0; i < 500; i++) big.put(r.nextInt(2000), i);
        long acc = 0;
        for (int k = 0; k < 2000; k += 7) {
            Integer c = big.ceilingKey(k), f = big.floorKey(k), h = big.higherKey(k), l = big.lowerKey(k);
            acc = acc * 31 + (c == null ? -1 : c) + 3L * (f == null ? -1 : f) + 7L * (h == null ? -1 : h) + 11L * (l == null ? -1 : l);
        }
        System.out.println(big.size() + " " + acc);
        while (big.size() > 5) {
            big.pollFirstEntry();
            big.pollLastEntry();
            big.remove(big.ceilingKey(1000) == null ? 0 : big.ceilingKey(1000));
        }
        System.out.println(big);
    }
}
