import java.util.*;

public class Collections1 {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) list.add(i * 7 % 13);
        System.out.println(list + " " + list.size() + " " + list.contains(5) + " " + list.indexOf(12));
        list.remove(Integer.valueOf(12));
        list.remove(0);
        list.add(3, 100);
        list.set(1, -1);
        System.out.println(list);
        Collections.sort(list);
        System.out.println(list + " max=" + Collections.max(list) + " min=" + Collections.min(list));
        Collections.reverse(list);
        System.out.println(list);
        Map<String, Integer> counts = new HashMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end fox";
        for (String w : text.split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        System.out.println(counts.get("the") + " " + counts.get("cat") + " " + counts.getOrDefault("cat", 0) + " " + counts.containsKey("fox") + " " + counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() > 1) System.out.println(e.getKey() + "=" + e.getValue());
        Map<Integer, String> big = new HashMap<>();
        for (int i = 0; i < 100; i++) big.put(i * 31, "v" + i);
        System.out.println(big.size() + " " + big.get(31 * 50) + " " + big.remove(0) + " " + big.size());
        StringBuilder keys = new StringBuilder();
        for (int k : big.keySet()) keys.append(k).append(' ');
        System.out.println(keys);
        Set<String> set = new HashSet<>(Arrays.asList("b", "a", "c", "a"));
        System.out.println(set + " " + set.size() + " " + set.contains("c"));
        Map<String, Integer> lhm = new LinkedHashMap<>();
        lhm.put("z", 1);
        lhm.put("a", 2);
        lhm.put("m", 3);
        lhm.remove("a");
        lhm.put("a", 4);
        System.out.println(lhm);
        TreeMap<String, Integer> tm = new TreeMap<>();
        tm.put("pear", 1);
        tm.put("apple", 2);
        tm.put("fig", 3);
        System.out.println(tm + " " + tm.firstKey() + " " + tm.lastKey());
        Deque<Integer> dq = new ArrayDeque<>();
        dq.push(1);
        dq.addLast(2);
        dq.addFirst(0);
        System.out.println(dq.pollFirst() + " " + dq.pollLast() + " " + dq.peek() + " " + dq.size());
        LinkedList<String> ll = new LinkedList<>();
        ll.add("b");
        ll.addFirst("a");
        ll.addLast("c");
        ll.add(1, "x");
        System.out.println(ll + " " + ll.getFirst() + ll.getLast() + " " + ll.removeFirst() + " " + ll);
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(list);
        try {
            for (Integer x : list) if (x > 0) list.add(1);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
        try {
            list.get(1000);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        List<String> im = List.of("a", "b");
        try {
            im.add("c");
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable");
        }
        Map<Character, List<String>> groups = new TreeMap<>();
        for (String w : text.split(" ")) groups.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        System.out.println(groups);
    }
}
