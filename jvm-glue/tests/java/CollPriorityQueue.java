import java.util.*;

public class CollPriorityQueue {
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

    static String drain(PriorityQueue<?> q) {
        StringBuilder sb = new StringBuilder();
        while (!q.isEmpty()) sb.append(q.poll()).append(' ');
        return sb.toString();
    }

    public static void main(String[] args) {
        t("ctor 0", () -> new PriorityQueue<Integer>(0));
        t("ctor -1 cmp", () -> new PriorityQueue<Integer>(-1, Comparator.reverseOrder()));
        PriorityQueue<Integer> q = new PriorityQueue<>();
        t("empty", () -> q + " " + q.peek() + " " + q.poll() + " " + q.size());
        t("remove()", () -> q.remove());
        t("element", () -> q.element());
        t("offer null", () -> q.offer(null));
        t("add null", () -> q.add(null));
        int[] vals = {5, 3, 8, 1, 9, 2, 7, 3, 6, 4, 0, 11, -2, 15, 8};
        for (int v : vals) q.offer(v);
        t("layout", () -> q + " " + q.size() + " " + q.peek());
        t("poll3", () -> q.poll() + " " + q.poll() + " " + q.poll() + " " + q);
        t("remove obj", () -> q.remove(8) + " " + q + " " + q.remove(100) + " " + q.remove(3) + " " + q);
        t("contains", () -> q.contains(11) + " " + q.contains(12) + " " + q.contains(null));
        t("iter remove", () -> {
            Iterator<Integer> it = q.iterator();
            StringBuilder sb = new StringBuilder();
            while (it.hasNext()) {
                int v = it.next();
                sb.append(v).append(' ');
                if (v % 2 == 1) it.remove();
            }
            return sb + "| " + q;
        });
        t("toArray", () -> Arrays.toString(q.toArray()) + " " + Arrays.toString(q.toArray(new Integer[0])));
        t("drain", () -> drain(q));
        PriorityQueue<String> r = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : "pear fig apple kiwi banana date plum cherry lime".split(" ")) r.add(s);
        t("cmp layout", () -> r + " " + r.comparator().compare("a", "bb"));
        t("cmp removeIf", () -> r.removeIf(s -> s.contains("e")) + " " + r);
        t("cmp drain", () -> drain(r));
        PriorityQueue<Integer> h = new PriorityQueue<>(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
        t("heapify", () -> h.toString());
        t("retainAll", () -> h.retainAll(List.of(1, 3, 5, 7, 9, 11)) + " " + h);
        t("removeAll", () -> h.removeAll(List.of(3)) + " " + h);
        PriorityQueue<Integer> fromPq = new PriorityQueue<>(h);
        t("from pq", () -> fromPq + " " + fromPq.comparator());
        TreeSet<Integer> ts = new TreeSet<>(Comparator.reverseOrder());
        ts.addAll(List.of(4, 1, 3));
        PriorityQueue<Integer> fromTs = new PriorityQueue<>(ts);
        t("from sorted", () -> fromTs + " " + drain(fromTs));
        PriorityQueue<Integer> big = new PriorityQueue<>(3, Comparator.reverseOrder());
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) big.add(rnd.nextInt(1000));
        for (int i = 0; i < 50; i++) big.remove(big.toArray()[i * 3 % big.size()]);
        t("big layout", () -> big.toString().hashCode() + " " + big.size() + " " + big.peek());
        t("big head", () -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 10; i++) sb.append(big.poll()).append(' ');
            return sb;
        });
        t("addAll self", () -> big.addAll(big));
        t("forEach", () -> {
            int[] sum = {0};
            big.forEach(x -> sum[0] += x);
            return sum[0];
        });
        t("cme", () -> {
            for (Integer x : big) big.add(x);
            return 0;
        });
        t("clear", () -> {
            big.clear();
            return big + " " + big.poll();
        });
    }
}
