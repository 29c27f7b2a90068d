import java.util.*;
import java.util.concurrent.*;

public class ConcCowCollections {
    public static void main(String[] args) throws Exception {
        CopyOnWriteArrayList<String> l = new CopyOnWriteArrayList<>(new String[] {"a", "b"});
        Iterator<String> it = l.iterator();
        l.add("c");
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.next());
        System.out.println("snapshot " + sb + " now " + l);
        try {
            Iterator<String> r = l.iterator();
            r.next();
            r.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator remove: " + e);
        }
        try {
            l.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            l.set(-1, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            l.add(7, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            l.remove(9);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        System.out.println(l.addIfAbsent("a") + " " + l.addIfAbsent("z") + " " + l + " " + l.indexOf("z") + " " + l.lastIndexOf("q") + " " + l.indexOf("a", 1) + " " + l.lastIndexOf("a", 2));
        l.add(1, "A");
        l.set(0, "first");
        System.out.println(l + " " + l.remove(2) + " " + l.remove("z") + " " + l.remove("nope") + " " + l + " size " + l.size());
        l.addAll(Arrays.asList("x", "y", "x"));
        l.addAll(0, Arrays.asList("0", "1"));
        System.out.println(l + " " + l.addAllAbsent(Arrays.asList("x", "new", "new")) + " " + l);
        l.removeIf(s -> s.length() > 1);
        System.out.println(l + " " + l.contains("x") + " " + l.containsAll(Arrays.asList("x", "y")));
        l.replaceAll(String::toUpperCase);
        l.sort(Comparator.reverseOrder());
        System.out.println(l + " " + l.hashCode() + " " + l.equals(new ArrayList<>(l)) + " " + Arrays.toString(l.toArray()) + " " + l.toArray(new String[0]).length);
        l.removeAll(Arrays.asList("X"));
        l.retainAll(Arrays.asList("Y", "0", "1", "C"));
        System.out.println(l);
        @SuppressWarnings("unchecked")
        CopyOnWriteArrayList<String> cl = (CopyOnWriteArrayList<String>) l.clone();
        cl.add("clone");
        System.out.println(l + " " + cl);
        l.clear();
        System.out.println(l + " " + l.isEmpty());
        // modifying while iterating never fails
        CopyOnWriteArrayList<Integer> nums = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) nums.add(i);
        for (Integer n : nums) if (n % 2 == 0) nums.add(n * 10);
        System.out.println(nums);
        // concurrent appenders
        CopyOnWriteArrayList<Integer> shared = new CopyOnWriteArrayList<>();
        Thread[] ts = new Thread[6];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) shared.add(id * 1000 + i);
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        long total = 0;
        for (int v : shared) total += v;
        System.out.println("size " + shared.size() + " sum " + total);
        CopyOnWriteArraySet<String> set = new CopyOnWriteArraySet<>(Arrays.asList("q", "w", "q", "e"));
        System.out.println(set + " " + set.add("w") + " " + set.add("r") + " " + set.remove("q") + " " + set + " " + set.contains("e") + " " + set.size());
        Iterator<String> si = set.iterator();
        set.add("late");
        sb.setLength(0);
        while (si.hasNext()) sb.append(si.next());
        System.out.println("set snapshot " + sb + " " + set.equals(new HashSet<>(set)) + " " + set.hashCode() + " " + set.containsAll(Arrays.asList("w", "e")));
        set.removeIf(s -> s.equals("late"));
        set.retainAll(Arrays.asList("w", "r"));
        System.out.println(set + " " + Arrays.toString(set.toArray()));
        Set<Integer> cset = new CopyOnWriteArraySet<>();
        Thread[] ss = new Thread[4];
        for (int t = 0; t < ss.length; t++) {
            ss[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) cset.add(i);
            });
            ss[t].start();
        }
        for (Thread t : ss) t.join();
        System.out.println("set size " + cset.size());
    }
}
