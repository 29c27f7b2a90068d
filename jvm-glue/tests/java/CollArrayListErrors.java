import java.util.*;

public class CollArrayListErrors {
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
        ArrayList<Integer> l = new ArrayList<>(List.of(1, 2, 3));
        ArrayList<Integer> empty = new ArrayList<>();
        t("ctor -1", () -> new ArrayList<Integer>(-1));
        t("ctor 0", () -> new ArrayList<Integer>(0).size());
        t("ctor null", () -> new ArrayList<Integer>(null));
        t("get -1", () -> l.get(-1));
        t("get 3", () -> l.get(3));
        t("get empty", () -> empty.get(0));
        t("set 3", () -> l.set(3, 0));
        t("set -2", () -> l.set(-2, 0));
        t("remove 3", () -> l.remove(3));
        t("remove -1", () -> l.remove(-1));
        t("add 4", () -> {
            l.add(4, 9);
            return l;
        });
        t("add -1", () -> {
            l.add(-1, 9);
            return l;
        });
        t("add 3", () -> {
            l.add(3, 9);
            return l;
        });
        t("addAll 9", () -> l.addAll(9, List.of(1)));
        t("addAll -1", () -> l.addAll(-1, List.of(1)));
        t("addAll null", () -> l.addAll(null));
        t("listIterator 5", () -> l.listIterator(5));
        t("listIterator -1", () -> l.listIterator(-1));
        t("subList 2 1", () -> l.subList(2, 1));
        t("subList -1 1", () -> l.subList(-1, 1));
        t("subList 0 5", () -> l.subList(0, 5));
        t("subList get", () -> l.subList(1, 3).get(2));
        t("subList set", () -> l.subList(1, 3).set(-1, 0));
        t("subList add", () -> {
            l.subList(1, 3).add(3, 0);
            return 0;
        });
        t("subList remove", () -> l.subList(1, 3).remove(2));
        t("subList li", () -> l.subList(1, 3).listIterator(3));
        t("subList sub", () -> l.subList(1, 3).subList(0, 3));
        t("removeAll null", () -> l.removeAll(null));
        t("retainAll null", () -> l.retainAll(null));
        t("removeIf null", () -> l.removeIf(null));
        t("forEach null", () -> {
            l.forEach(null);
            return 0;
        });
        t("toArray store", () -> {
            Object[] a = new ArrayList<Object>(List.of("s", 1)).toArray(new String[0]);
            return a.length;
        });
        t("toArray null", () -> l.toArray((Integer[]) null));
        t("sort cce", () -> {
            new ArrayList<Object>(List.of("a", "b")).sort(null);
            return "ok";
        });
        t("iter next", () -> empty.iterator().next());
        t("iter remove", () -> {
            l.iterator().remove();
            return 0;
        });
        t("li previous", () -> l.listIterator().previous());
        t("li set", () -> {
            l.listIterator().set(1);
            return 0;
        });
        t("li double remove", () -> {
            Iterator<Integer> it = l.iterator();
            it.next();
            it.remove();
            it.remove();
            return 0;
        });
        t("final", () -> l);
    }
}
