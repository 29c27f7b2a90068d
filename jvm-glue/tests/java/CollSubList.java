import java.util.*;

public class CollSubList {
    static void p(Object o) {
        System.out.println(o);
    }

    static void run(List<Integer> l) {
        p("== " + l.getClass().getSimpleName());
        for (int i = 0; i < 12; i++) l.add(i);
        List<Integer> s = l.subList(2, 9);
        p(s + " " + s.size() + " " + s.get(0) + " " + s.indexOf(5) + " " + s.contains(9) + " " + s.hashCode());
        s.set(0, 20);
        s.add(99);
        s.add(0, -1);
        p(s + " | " + l);
        s.remove(Integer.valueOf(5));
        s.remove(1);
        p(s + " | " + l);
        List<Integer> ss = s.subList(1, 4);
        p(ss);
        ss.clear();
        p(ss + " | " + s + " | " + l);
        ss.add(7);
        ss.addAll(List.of(100, 101));
        ss.addAll(0, List.of(-5));
        p(ss + " | " + s + " | " + l);
        s.removeIf(x -> x > 50);
        p(s + " | " + l);
        s.replaceAll(x -> x * 2);
        p(s + " | " + l);
        s.sort(Comparator.reverseOrder());
        p(s + " | " + l);
        ListIterator<Integer> it = s.listIterator(1);
        while (it.hasNext()) {
            int v = it.next();
            if (v == 14) it.remove();
            else if (v == 12) it.set(1200);
            else if (v == -2) it.add(-3);
        }
        p(s + " | " + l + " " + it.previousIndex());
        while (it.hasPrevious()) p("prev " + it.previous() + " " + it.nextIndex());
        p(s.equals(new ArrayList<>(s)) + " " + s.equals(l) + " " + l.subList(0, 0) + " " + l.subList(l.size(), l.size()).isEmpty());
        l.subList(3, 6).clear();
        p(l);
        p(l.subList(1, 4).toArray().length + " " + Arrays.toString(l.subList(1, 4).toArray(new Integer[0])));
        Collections.reverse(l.subList(0, 4));
        p(l);
    }

    public static void main(String[] args) {
        run(new ArrayList<>());
        run(new LinkedList<>());
        List<Integer> asl = Arrays.asList(5, 4, 3, 2, 1);
        List<Integer> sub = asl.subList(1, 4);
        sub.set(0, 40);
        Collections.sort(sub);
        p(asl + " " + sub);
        try {
            sub.add(1);
        } catch (UnsupportedOperationException e) {
            p("UOE " + e.getMessage());
        }
    }
}
