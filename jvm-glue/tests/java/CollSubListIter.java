import java.util.*;

public class CollSubListIter {
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

    static List<Integer> mk(int kind) {
        List<Integer> l = kind == 0 ? new ArrayList<>() : kind == 1 ? new LinkedList<>() : new Vector<>();
        for (int i = 0; i < 8; i++) l.add(i);
        return l;
    }

    public static void main(String[] args) {
        for (int kind = 0; kind < 3; kind++) {
            int k = kind;
            System.out.println("== " + mk(k).getClass().getSimpleName());
            t("remove last via sublist", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(2, 5);
                for (Integer x : s) if (x == 4) s.remove(x);
                return s + " " + l;
            });
            t("remove middle via sublist", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(2, 5);
                for (Integer x : s) if (x == 3) s.remove(x);
                return s + " " + l;
            });
            t("remove first via sublist", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(2, 5);
                for (Integer x : s) if (x == 2) s.remove(x);
                return s + " " + l;
            });
            t("add via sublist", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(2, 5);
                for (Integer x : s) if (x == 4) s.add(99);
                return s + " " + l;
            });
            t("next past end after parent change", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(2, 4);
                Iterator<Integer> it = s.iterator();
                it.next();
                it.next();
                l.set(0, 5);
                return it.hasNext() + " " + it.next();
            });
            t("exhausted then parent add", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(2, 4);
                Iterator<Integer> it = s.iterator();
                it.next();
                it.next();
                l.add(1);
                return it.next();
            });
            t("li ops", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(1, 6);
                ListIterator<Integer> it = s.listIterator(2);
                StringBuilder sb = new StringBuilder();
                sb.append(it.previous()).append(it.previousIndex()).append(it.next()).append(it.next()).append(it.nextIndex());
                it.set(-3);
                it.add(77);
                sb.append(it.previous());
                it.remove();
                try {
                    it.set(1);
                } catch (IllegalStateException e) {
                    sb.append(" ISE");
                }
                return sb + " " + s + " " + l;
            });
            t("li previous at start", () -> mk(k).subList(2, 4).listIterator().previous());
            t("nested iter", () -> {
                List<Integer> l = mk(k);
                List<Integer> s = l.subList(1, 7).subList(1, 4);
                Iterator<Integer> it = s.iterator();
                StringBuilder sb = new StringBuilder();
                while (it.hasNext()) {
                    int v = it.next();
                    sb.append(v);
                    if (v == 3) it.remove();
                }
                return sb + " " + s + " " + l;
            });
            t("sibling sublist change", () -> {
                List<Integer> l = mk(k);
                List<Integer> a = l.subList(0, 4);
                List<Integer> b = l.subList(4, 8);
                Iterator<Integer> it = a.iterator();
                it.next();
                b.add(100);
                return it.next();
            });
        }
    }
}
