import java.util.*;

public class CollTreeMapViews {
    interface R {
        Object run() throws Exception;
    }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e);
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < 20; i += 2) m.put(i, "v" + i);
        t("subMap", () -> m.subMap(4, 12) + " " + m.subMap(4, true, 12, true) + " " + m.subMap(4, false, 12, false) + " " + m.subMap(5, 5));
        t("headMap", () -> m.headMap(6) + " " + m.headMap(6, true) + " " + m.headMap(-1) + " " + m.headMap(100));
        t("tailMap", () -> m.tailMap(14) + " " + m.tailMap(14, false) + " " + m.tailMap(100) + " " + m.tailMap(-5, false).size());
        t("subMap bad", () -> m.subMap(8, 2));
        t("subMap equal excl", () -> m.subMap(8, false, 8, false));
        NavigableMap<Integer, String> sub = m.subMap(4, true, 14, false);
        t("sub nav", () -> sub.firstKey() + " " + sub.lastKey() + " " + sub.ceilingKey(1) + " " + sub.floorKey(100) + " " + sub.higherKey(12) + " " + sub.lowerKey(4) + " " + sub.lowerKey(5) + " " + sub.floorEntry(3) + " " + sub.ceilingEntry(20));
        t("sub get", () -> sub.get(4) + " " + sub.get(14) + " " + sub.get(2) + " " + sub.containsKey(14) + " " + sub.containsKey(12) + " " + sub.size() + " " + sub.isEmpty());
        t("sub put out", () -> sub.put(14, "x"));
        t("sub put out2", () -> sub.put(3, "x"));
        t("sub put in", () -> sub.put(5, "five") + " " + m);
        t("sub remove", () -> sub.remove(6) + " " + sub.remove(16) + " " + m);
        t("sub of sub", () -> sub.subMap(5, 10) + " " + sub.headMap(8) + " " + sub.tailMap(8) + " " + sub.headMap(14) + " " + sub.tailMap(4, false));
        t("sub of sub bad from", () -> sub.subMap(2, 10));
        t("sub of sub bad to", () -> sub.subMap(5, 15));
        t("sub headMap bad", () -> sub.headMap(20));
        t("sub headMap incl edge", () -> sub.headMap(14, true));
        t("sub tailMap bad", () -> sub.tailMap(3));
        t("sub tailMap excl edge", () -> sub.tailMap(4, false));
        t("sub desc", () -> sub.descendingMap() + " " + sub.descendingKeySet() + " " + sub.descendingMap().firstKey() + " " + sub.descendingMap().headMap(8) + " " + sub.descendingMap().tailMap(8));
        t("sub desc sub", () -> sub.descendingMap().subMap(12, 5));
        t("sub desc sub bad", () -> sub.descendingMap().subMap(5, 12));
        t("sub poll", () -> sub.pollFirstEntry() + " " + sub.pollLastEntry() + " " + sub + " " + m);
        t("sub entrySet", () -> sub.entrySet() + " " + sub.entrySet().contains(Map.entry(8, "v8")) + " " + sub.entrySet().contains(Map.entry(0, "v0")) + " " + sub.keySet() + " " + sub.values());
        t("sub iter remove", () -> {
            Iterator<Integer> it = sub.keySet().iterator();
            while (it.hasNext()) if (it.next() == 8) it.remove();
            return sub + " " + m;
        });
        t("sub clear", () -> {
            m.subMap(10, 14).clear();
            return m;
        });
        t("sub empty first", () -> m.subMap(10, 14).firstKey());
        t("sub empty entries", () -> m.subMap(10, true, 14, false).firstEntry() + " " + m.subMap(10, true, 14, false).lastEntry() + " " + m.subMap(10, true, 14, false).pollFirstEntry());
        t("head view live", () -> {
            SortedMap<Integer, String> h = m.headMap(5);
            m.put(1, "one");
            m.put(-7, "neg");
            return h + " " + h.size();
        });
        t("tail view live", () -> {
            SortedMap<Integer, String> tl = m.tailMap(15);
            m.put(100, "h");
            m.remove(16);
            return tl + " " + tl.firstKey() + " " + tl.lastKey();
        });
        NavigableMap<Integer, String> desc = m.descendingMap();
        t("desc", () -> desc + " " + desc.headMap(5) + " " + desc.tailMap(5) + " " + desc.subMap(15, 2) + " " + desc.headMap(5, true).tailMap(1, true));
        t("desc put", () -> desc.put(3, "three") + " " + desc.descendingMap().equals(m));
        t("desc desc", () -> desc.descendingMap() + " " + desc.descendingMap().comparator());
        t("desc cmp", () -> desc.comparator().compare(1, 2));
        t("desc keyset nav", () -> desc.navigableKeySet().headSet(4) + " " + desc.navigableKeySet().tailSet(4) + " " + desc.navigableKeySet().subSet(15, true, 1, true));
        t("headMap null", () -> m.headMap(null));
        t("sub cme", () -> {
            for (Integer k : m.headMap(10).keySet()) m.put(k + 1000, "x");
            return m;
        });
        TreeMap<String, Integer> sm = new TreeMap<>();
        for (String s : "ant bee cat dog eel fox gnu hen".split(" ")) sm.put(s, s.length());
        t("string prefix", () -> sm.subMap("c", "f") + " " + sm.subMap("c", true, "fox", true) + " " + sm.tailMap("d").headMap("g"));
        t("sorted map api", () -> {
            SortedMap<String, Integer> s2 = sm.subMap("b", "h");
            return s2.firstKey() + " " + s2.lastKey() + " " + s2.headMap("dog") + " " + s2.tailMap("eel") + " " + s2.subMap("cat", "fox");
        });
    }
}
