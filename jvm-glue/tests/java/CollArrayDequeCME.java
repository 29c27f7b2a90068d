import java.util.*;

public class CollArrayDequeCME {
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

    static ArrayDeque<Integer> mk(int cap, int n, int rot) {
        ArrayDeque<Integer> d = new ArrayDeque<>(cap);
        for (int i = 0; i < rot; i++) {
            d.addLast(-1);
            d.pollFirst();
        }
        for (int i = 0; i < n; i++) d.addLast(i);
        return d;
    }

    public static void main(String[] args) {
        for (int rot : new int[] {0, 5, 9}) {
            System.out.println("== rot " + rot);
            t("addLast during", () -> {
                ArrayDeque<Integer> d = mk(10, 6, rot);
                StringBuilder sb = new StringBuilder();
                for (Integer x : d) {
                    sb.append(x).append(' ');
                    if (x < 3) d.addLast(100 + x);
                }
                return sb + "| " + d;
            });
            t("addFirst during", () -> {
                ArrayDeque<Integer> d = mk(10, 6, rot);
                StringBuilder sb = new StringBuilder();
                for (Integer x : d) {
                    sb.append(x).append(' ');
                    if (x == 1) d.addFirst(-7);
                }
                return sb + "| " + d;
            });
            t("pollFirst during", () -> {
                ArrayDeque<Integer> d = mk(10, 6, rot);
                StringBuilder sb = new StringBuilder();
                for (Integer x : d) {
                    sb.append(x).append(' ');
                    if (x == 2) d.pollFirst();
                }
                return sb + "| " + d;
            });
            t("pollLast during", () -> {
                ArrayDeque<Integer> d = mk(10, 6, rot);
                StringBuilder sb = new StringBuilder();
                for (Integer x : d) {
                    sb.append(x).append(' ');
                    if (x == 2) d.pollLast();
                }
                return sb + "| " + d;
            });
            t("grow during", () -> {
                ArrayDeque<Integer> d = mk(6, 6, rot);
                StringBuilder sb = new StringBuilder();
                for (Integer x : d) {
                    sb.append(x).append(' ');
                    if (x == 1) for (int k = 0; k < 10; k++) d.addLast(50 + k);
                }
                return sb + "| " + d;
            });
            t("remove obj during", () -> {
                ArrayDeque<Integer> d = mk(10, 8, rot);
                StringBuilder sb = new StringBuilder();
                for (Integer x : d) {
                    sb.append(x).append(' ');
                    if (x == 2) d.remove(6);
                }
                return sb + "| " + d;
            });
            t("iter remove", () -> {
                ArrayDeque<Integer> d = mk(10, 8, rot);
                Iterator<Integer> it = d.iterator();
                StringBuilder sb = new StringBuilder();
                while (it.hasNext()) {
                    int x = it.next();
                    sb.append(x).append(' ');
                    if (x % 3 == 1) it.remove();
                }
                return sb + "| " + d;
            });
            t("desc iter remove", () -> {
                ArrayDeque<Integer> d = mk(10, 8, rot);
                Iterator<Integer> it = d.descendingIterator();
                StringBuilder sb = new StringBuilder();
                while (it.hasNext()) {
                    int x = it.next();
                    sb.append(x).append(' ');
                    if (x % 3 == 1) it.remove();
                }
                return sb + "| " + d;
            });
            t("forEach modify", () -> {
                ArrayDeque<Integer> d = mk(10, 5, rot);
                d.forEach(x -> {
                    if (x == 3) d.addLast(9);
                });
                return d;
            });
            t("forEachRemaining modify", () -> {
                ArrayDeque<Integer> d = mk(10, 5, rot);
                Iterator<Integer> it = d.iterator();
                it.next();
                d.pollLast();
                it.forEachRemaining(x -> {});
                return d;
            });
            t("removeFirstOccurrence wrap", () -> {
                ArrayDeque<Integer> d = mk(10, 9, rot);
                d.removeFirstOccurrence(1);
                d.removeLastOccurrence(7);
                d.removeFirstOccurrence(4);
                d.addFirst(-1);
                d.addLast(99);
                return d + " " + d.size();
            });
            t("bulk", () -> {
                ArrayDeque<Integer> d = mk(10, 9, rot);
                d.removeIf(x -> x % 2 == 0);
                d.addFirst(-2);
                d.addLast(-3);
                return d;
            });
        }
    }
}
