import java.util.*;

public class CollWeakHashMap {
    public static void main(String[] args) {
        // keys stay strongly reachable, so the map behaves like a plain map here
        List<String> keep = new ArrayList<>();
        WeakHashMap<String, Integer> m = new WeakHashMap<>();
        for (int i = 0; i < 40; i++) {
            String k = "key" + i;
            keep.add(k);
            m.put(k, i);
            if (i == 10 || i == 11 || i == 12 || i == 24) System.out.println(i + " " + m);
        }
        System.out.println(m.size() + " " + m);
        for (int i = 0; i < 40; i += 3) m.remove("key" + i);
        System.out.println(m.keySet());
        System.out.println(m.values());
        System.out.println(m.get("key4") + " " + m.get("key3") + " " + m.containsKey("key5") + " " + m.containsValue(7) + " " + m.containsValue(6));
        WeakHashMap<Integer, String> ints = new WeakHashMap<>(5);
        for (int i = 0; i < 30; i++) ints.put(i * 37, "v" + i);
        System.out.println(ints);
        WeakHashMap<Integer, String> copy = new WeakHashMap<>(new TreeMap<>(ints));
        System.out.println(copy);
        WeakHashMap<Integer, String> pa = new WeakHashMap<>();
        pa.putAll(new TreeMap<>(ints));
        System.out.println(pa);
        pa.put(1000, "x");
        System.out.println(pa.keySet());
        Iterator<Map.Entry<Integer, String>> it = pa.entrySet().iterator();
        while (it.hasNext()) if (it.next().getKey() % 2 == 0) it.remove();
        System.out.println(pa + " " + pa.size() + " " + pa.equals(new HashMap<>(pa)) + " " + pa.hashCode());
        try {
            for (Integer k : pa.keySet()) pa.put(k + 1, "y");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
        pa.clear();
        System.out.println(pa + " " + pa.isEmpty());
        try {
            new WeakHashMap<String, String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new WeakHashMap<String, String>(4, -1f);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(keep.size());
    }
}
