import java.util.*;

public class CollDeque {
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

    static void exercise(Deque<String> d) {
        System.out.println("== " + d.getClass().getSimpleName());
        t("offers", () -> d.offerFirst("b") + " " + d.offerLast("c") + " " + d.offer("d") + " " + d.add("e") + " " + d);
        d.addFirst("a");
        d.push("^");
        d.addLast("z");
        t("state", () -> d + " " + d.size());
        t("peeks", () -> d.peekFirst() + d.peekLast() + d.peek() + d.element() + d.getFirst() + d.getLast());
        t("polls", () -> d.pollFirst() + d.pollLast() + d.poll() + d.pop() + d.remove() + " " + d);
        d.addAll(List.of("x", "c", "y", "c"));
        t("occurrences", () -> d.removeFirstOccurrence("c") + " " + d + " " + d.removeLastOccurrence("c") + " " + d + " " + d.remove("y") + " " + d.remove("nope") + " " + d);
        t("contains", () -> d.contains("x") + " " + d.contains("q"));
        t("desc", () -> {
            StringBuilder sb = new StringBuilder();
            Iterator<String> it = d.descendingIterator();
            while (it.hasNext()) sb.append(it.next());
            return sb;
        });
        t("removeLast", () -> d.removeLast() + d.removeFirst() + " " + d);
        t("drain", () -> {
            StringBuilder sb = new StringBuilder();
            while (!d.isEmpty()) sb.append(d.size() % 2 == 0 ? d.pollFirst() : d.pollLast());
            return sb;
        });
        t("empty polls", () -> d.pollFirst() + " " + d.pollLast() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.poll() + " " + d.peek());
        t("empty removeFirst", () -> d.removeFirst());
        t("empty removeLast", () -> d.removeLast());
        t("empty getFirst", () -> d.getFirst());
        t("empty getLast", () -> d.getLast());
        t("empty pop", () -> d.pop());
        t("empty element", () -> d.element());
        t("empty remove", () -> d.remove());
        for (int i = 0; i < 100; i++) {
            if (i % 4 == 0) d.push("p" + i);
            else if (i % 4 == 1) d.offerLast("o" + i);
            else if (i % 4 == 2) d.pollFirst();
            else d.addFirst("f" + i);
        }
        t("churn", () -> d.size() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.toString().hashCode());
        t("null first", () -> {
            d.addFirst(null);
            return d.peekFirst();
        });
        t("null offer", () -> d.offerLast(null));
    }

    public static void main(String[] args) {
        exercise(new ArrayDeque<>());
        exercise(new LinkedList<>());
        Queue<Integer> q = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) q.add(i * i);
        t("queue", () -> q.remove() + " " + q.poll() + " " + q.peek() + " " + q.element() + " " + q);
        Deque<Integer> stack = new ArrayDeque<>();
        for (char c : "((a)(b(c)))".toCharArray()) {
            if (c == '(') stack.push(stack.size());
            else if (c == ')') stack.pop();
        }
        t("balanced", () -> stack.isEmpty());
    }
}
