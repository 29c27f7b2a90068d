import java.util.*;

public class CollArrayDeque {
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
        ArrayDeque<Integer> d = new ArrayDeque<>();
        t("empty", () -> d + " " + d.size() + " " + d.peek() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.poll() + " " + d.pollFirst() + " " + d.pollLast());
        t("removeFirst", () -> d.removeFirst());
        t("removeLast", () -> d.removeLast());
        t("getFirst", () -> d.getFirst());
        t("getLast", () -> d.getLast());
        t("element", () -> d.element());
        t("remove()", () -> d.remove());
        t("pop", () -> d.pop());
        t("addFirst null", () -> {
            d.addFirst(null);
            return d;
        });
        t("addLast null", () -> {
            d.addLast(null);
            return d;
        });
        t("offer null", () -> d.offer(null));
        t("push null", () -> {
            d.push(null);
            return d;
        });
        t("contains null", () -> d.contains(null) + " " + d.remove(null) + " " + d.removeFirstOccurrence(null));
        t("ctor -5", () -> new ArrayDeque<Integer>(-5).size());
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) d.addFirst(i);
            else d.addLast(i);
            if (i % 7 == 6) d.pollFirst();
            if (i % 11 == 10) d.pollLast();
        }
        t("mixed", () -> d + " " + d.size());
        t("ends", () -> d.getFirst() + " " + d.getLast() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.element() + " " + d.peek());
        t("stack", () -> {
            d.push(100);
            d.push(101);
            return d.pop() + " " + d.pop() + " " + d.peek();
        });
        t("queue", () -> d.offer(200) + " " + d.offerFirst(-200) + " " + d.offerLast(201) + " " + d.poll() + " " + d.pollLast());
        d.add(5);
        d.addFirst(5);
        t("occurrence", () -> d.removeFirstOccurrence(5) + " " + d.removeLastOccurrence(5) + " " + d.removeLastOccurrence(12345) + " " + d);
        t("contains", () -> d.contains(13) + " " + d.contains(-13) + " " + d.remove(13) + " " + d.contains(13));
        t("desc", () -> {
            StringBuilder sb = new StringBuilder();
            for (Iterator<Integer> it = d.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
            return sb;
        });
        t("iter remove", () -> {
            Iterator<Integer> it = d.iterator();
            while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
            return d;
        });
        t("desc remove", () -> {
            Iterator<Integer> it = d.descendingIterator();
            while (it.hasNext()) if (it.next() % 5 == 0) it.remove();
            return d;
        });
        t("iter ISE", () -> {
            d.iterator().remove();
            return 0;
        });
        t("toArray", () -> Arrays.toString(d.toArray()) + " " + d.toArray(new Integer[0]).length);
        t("removeIf", () -> d.removeIf(x -> x > 20) + " " + d);
        t("bulk", () -> d.removeAll(List.of(1, 7)) + " " + d.retainAll(List.of(4, 13, 19, 25, 37, 11)) + " " + d);
        t("clone", () -> {
            ArrayDeque<Integer> c = d.clone();
            c.addFirst(0);
            return c + " " + d;
        });
        t("copy ctor", () -> new ArrayDeque<>(List.of(3, 1, 2)));
        t("addAll", () -> d.addAll(List.of(8, 9)) + " " + d);
        t("clear", () -> {
            d.clear();
            return d + " " + d.isEmpty() + " " + d.peekLast();
        });
        ArrayDeque<String> w = new ArrayDeque<>(2);
        StringBuilder log = new StringBuilder();
        for (int round = 0; round < 300; round++) {
            w.addLast("L" + round);
            if (round % 2 == 0) w.addFirst("F" + round);
            if (round % 3 == 0) log.append(w.pollFirst()).append(',');
            if (round % 5 == 0) log.append(w.pollLast()).append(',');
        }
        t("wrap", () -> w.size() + " " + w.peekFirst() + " " + w.peekLast() + " " + log.length() + " " + log.substring(0, 60));
        t("wrap hash", () -> w.toString().hashCode());
    }
}
