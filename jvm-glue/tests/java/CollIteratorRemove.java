import java.util.*;

public class CollIteratorRemove {
    static <T> String sweep(Collection<T> c, int every) {
        Iterator<T> it = c.iterator();
        int i = 0;
        StringBuilder seen = new StringBuilder();
        while (it.hasNext()) {
            T x = it.next();
            seen.append(x).append(' ');
            if (i++ % every == 0) it.remove();
        }
        String err = "";
        try {
            it.remove();
        } catch (IllegalStateException e) {
            err = "ISE";
        } catch (UnsupportedOperationException e) {
            err = "UOE";
        }
        return seen + "| " + c + " " + c.size() + " " + err;
    }

    static List<Integer> nums() {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 25; i++) l.add((i * 13) % 25);
        return l;
    }

    public static void main(String[] args) {
        List<Collection<Integer>> cs = new ArrayList<>();
        cs.add(new ArrayList<>(nums()));
        cs.add(new LinkedList<>(nums()));
        cs.add(new ArrayDeque<>(nums()));
        cs.add(new PriorityQueue<>(nums()));
        cs.add(new HashSet<>(nums()));
        cs.add(new LinkedHashSet<>(nums()));
        cs.add(new TreeSet<>(nums()));
        cs.add(new TreeSet<>(nums()).descendingSet());
        cs.add(new TreeSet<>(nums()).subSet(5, 20));
        cs.add(new ArrayList<>(nums()).subList(3, 20));
        cs.add(new HashMap<>(Map.of(1, "a", 2, "b", 3, "c", 4, "d")).keySet());
        cs.add(new TreeMap<>(Map.of(1, 10, 2, 20, 3, 30, 4, 40)).values());
        for (Collection<Integer> c : cs) {
            System.out.println(sweep(c, 3));
        }
        for (Collection<Integer> c : cs) {
            if (c.isEmpty()) continue;
            System.out.println(sweep(c, 1));
        }
        PriorityQueue<Integer> pq = new PriorityQueue<>(nums());
        Iterator<Integer> it = pq.iterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) {
            int v = it.next();
            sb.append(v).append(' ');
            if (v % 4 == 1) it.remove();
        }
        System.out.println(sb + "| " + pq);
        Map<String, Integer> hm = new HashMap<>();
        for (int i = 0; i < 40; i++) hm.put("k" + i, i);
        Iterator<Map.Entry<String, Integer>> ei = hm.entrySet().iterator();
        while (ei.hasNext()) {
            Map.Entry<String, Integer> e = ei.next();
            if (e.getValue() % 3 != 0) ei.remove();
            else e.setValue(-e.getValue());
        }
        System.out.println(hm);
        Iterator<Integer> vi = hm.values().iterator();
        while (vi.hasNext()) if (vi.next() < -20) vi.remove();
        System.out.println(hm);
    }
}
