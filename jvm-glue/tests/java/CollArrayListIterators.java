import java.util.*;

public class CollArrayListIterators {
    static void p(Object o) {
        System.out.println(o);
    }

    static void run(List<Integer> l) {
        p("== " + l.getClass().getSimpleName());
        for (int i = 0; i < 10; i++) l.add(i);
        Iterator<Integer> it = l.iterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v % 3 == 0) it.remove();
        }
        p(l);
        ListIterator<Integer> li = l.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            int v = li.next();
            if (v == 4) li.add(40);
            else if (v == 5) li.set(50);
            else if (v == 7) {
                li.remove();
                li.add(70);
                li.add(71);
            }
            p(idx + ":" + v + " prev=" + li.previousIndex() + " next=" + li.nextIndex());
        }
        p(l);
        while (li.hasPrevious()) {
            int v = li.previous();
            if (v == 50) li.remove();
            if (v == 1) li.set(-1);
        }
        p(l + " " + li.nextIndex() + " " + li.hasPrevious());
        ListIterator<Integer> mid = l.listIterator(3);
        p(mid.previous() + " " + mid.next() + " " + mid.next() + " " + mid.nextIndex());
        ListIterator<Integer> end = l.listIterator(l.size());
        p(end.hasNext() + " " + end.previous());
        try {
            end.add(5);
            end.set(6);
        } catch (IllegalStateException e) {
            p("ISE after add");
        }
        try {
            ListIterator<Integer> x = l.listIterator();
            x.next();
            x.remove();
            x.set(3);
        } catch (IllegalStateException e) {
            p("ISE after remove");
        }
        Iterator<Integer> r = l.iterator();
        r.next();
        StringBuilder sb = new StringBuilder();
        r.forEachRemaining(x -> sb.append(x).append(','));
        p(sb + " " + r.hasNext());
        try {
            r.next();
        } catch (NoSuchElementException e) {
            p("NSEE " + e.getMessage());
        }
        p(l);
    }

    public static void main(String[] args) {
        run(new ArrayList<>());
        run(new LinkedList<>());
    }
}
