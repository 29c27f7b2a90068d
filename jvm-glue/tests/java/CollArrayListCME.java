import java.util.*;

public class CollArrayListCME {
    interface R {
        void run() throws Exception;
    }

    static void t(String n, R r) {
        try {
            r.run();
            System.out.println(n + " ok");
        } catch (Throwable e) {
            System.out.println(n + " !! " + e);
        }
    }

    static List<Integer> mk(boolean linked) {
        List<Integer> l = linked ? new LinkedList<>() : new ArrayList<>();
        for (int i = 0; i < 5; i++) l.add(i);
        return l;
    }

    public static void main(String[] args) {
        for (boolean linked : new boolean[] {false, true}) {
            System.out.println("== linked=" + linked);
            t("remove in foreach", () -> {
                List<Integer> l = mk(linked);
                for (Integer x : l) if (x == 1) l.remove(x);
            });
            t("remove second to last", () -> {
                List<Integer> l = mk(linked);
                for (Integer x : l) if (x == 3) l.remove(x);
                System.out.println(l);
            });
            t("remove last", () -> {
                List<Integer> l = mk(linked);
                for (Integer x : l) if (x == 4) l.remove(x);
            });
            t("add in foreach", () -> {
                List<Integer> l = mk(linked);
                for (Integer x : l) if (x == 4) l.add(9);
            });
            t("set in foreach", () -> {
                List<Integer> l = mk(linked);
                for (Integer x : l) l.set(0, x);
                System.out.println(l);
            });
            t("addAll empty", () -> {
                List<Integer> l = mk(linked);
                for (Integer x : l) l.addAll(List.of());
            });
            t("clear in iter", () -> {
                List<Integer> l = mk(linked);
                Iterator<Integer> it = l.iterator();
                it.next();
                l.clear();
                it.hasNext();
                it.next();
            });
            t("forEach modifies", () -> {
                List<Integer> l = mk(linked);
                l.forEach(x -> {
                    if (x == 2) l.add(7);
                });
            });
            t("removeIf modifies", () -> {
                List<Integer> l = mk(linked);
                l.removeIf(x -> {
                    if (x == 2) l.add(7);
                    return false;
                });
                System.out.println(l);
            });
            t("replaceAll then iterate", () -> {
                List<Integer> l = mk(linked);
                Iterator<Integer> it = l.iterator();
                l.replaceAll(x -> x + 1);
                it.next();
            });
            t("sort then iterate", () -> {
                List<Integer> l = mk(linked);
                Iterator<Integer> it = l.iterator();
                l.sort(null);
                it.next();
            });
            t("two iterators", () -> {
                List<Integer> l = mk(linked);
                Iterator<Integer> a = l.iterator();
                Iterator<Integer> b = l.iterator();
                a.next();
                a.remove();
                b.next();
            });
            t("iterator remove then list", () -> {
                List<Integer> l = mk(linked);
                Iterator<Integer> a = l.iterator();
                a.next();
                l.remove(0);
                a.remove();
            });
            t("listIterator add then other", () -> {
                List<Integer> l = mk(linked);
                ListIterator<Integer> a = l.listIterator();
                ListIterator<Integer> b = l.listIterator();
                a.add(3);
                b.hasPrevious();
                b.previous();
            });
            t("sublist after parent change", () -> {
                List<Integer> l = mk(linked);
                List<Integer> s = l.subList(1, 3);
                l.add(5);
                s.size();
            });
            t("sublist get after parent change", () -> {
                List<Integer> l = mk(linked);
                List<Integer> s = l.subList(1, 3);
                l.remove(4);
                s.get(0);
            });
            t("sublist change ok", () -> {
                List<Integer> l = mk(linked);
                List<Integer> s = l.subList(1, 3);
                s.add(8);
                s.remove(0);
                System.out.println(s + " " + l);
            });
            t("sublist iterator", () -> {
                List<Integer> l = mk(linked);
                List<Integer> s = l.subList(1, 4);
                for (Integer x : s) if (x == 2) l.add(1);
            });
        }
    }
}
