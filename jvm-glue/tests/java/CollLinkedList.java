import java.util.*;

public class CollLinkedList {
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
        LinkedList<String> l = new LinkedList<>();
        t("empty", () -> l + " " + l.size() + " " + l.peek() + " " + l.peekFirst() + " " + l.peekLast() + " " + l.poll() + " " + l.pollLast());
        t("getFirst", () -> l.getFirst());
        t("getLast", () -> l.getLast());
        t("removeFirst", () -> l.removeFirst());
        t("removeLast", () -> l.removeLast());
        t("element", () -> l.element());
        t("remove()", () -> l.remove());
        t("pop", () -> l.pop());
        t("get0", () -> l.get(0));
        l.add("b");
        l.addFirst("a");
        l.addLast("c");
        l.offer("d");
        l.offerFirst("_");
        l.offerLast("e");
        l.push("^");
        l.add(null);
        t("state", () -> l);
        t("peeks", () -> l.peek() + " " + l.peekFirst() + " " + l.peekLast() + " " + l.element() + " " + l.getFirst() + " " + l.getLast());
        t("get/set", () -> l.get(3) + " " + l.set(3, "B") + " " + l.get(3));
        t("get -1", () -> l.get(-1));
        t("get 9", () -> l.get(9));
        t("set 9", () -> l.set(9, "x"));
        t("add 10", () -> {
            l.add(10, "x");
            return l;
        });
        t("add 9", () -> {
            l.add(9, "tail");
            return l;
        });
        t("add 4", () -> {
            l.add(4, "mid");
            return l;
        });
        t("remove 20", () -> l.remove(20));
        t("remove(int)", () -> l.remove(4) + " " + l);
        t("indexOf", () -> l.indexOf("c") + " " + l.lastIndexOf("c") + " " + l.indexOf(null) + " " + l.lastIndexOf(null) + " " + l.indexOf("zz"));
        l.add("c");
        t("occurrences", () -> l.removeFirstOccurrence("c") + " " + l.removeLastOccurrence("c") + " " + l.removeLastOccurrence("q") + " " + l);
        t("pop/poll", () -> l.pop() + " " + l.poll() + " " + l.pollFirst() + " " + l.pollLast() + " " + l.removeFirst() + " " + l.removeLast() + " " + l);
        t("remove(null)", () -> l.remove(null) + " " + l);
        t("addAll", () -> l.addAll(List.of("x", "y")) + " " + l.addAll(1, List.of("p", "q")) + " " + l.addAll(List.of()) + " " + l);
        t("addAll bad", () -> l.addAll(9, List.of("p")));
        t("descending", () -> {
            StringBuilder sb = new StringBuilder();
            Iterator<String> it = l.descendingIterator();
            while (it.hasNext()) {
                String s = it.next();
                sb.append(s);
                if (s.equals("q")) it.remove();
            }
            return sb + " " + l;
        });
        t("toArray", () -> Arrays.toString(l.toArray()) + " " + Arrays.toString(l.toArray(new String[10])));
        t("clone", () -> {
            @SuppressWarnings("unchecked")
            LinkedList<String> c = (LinkedList<String>) l.clone();
            c.add("more");
            return c + " " + l + " " + c.equals(l);
        });
        t("hash/equals", () -> l.hashCode() + " " + l.equals(new ArrayList<>(l)) + " " + new ArrayList<>(l).equals(l));
        t("li bad", () -> l.listIterator(7));
        t("contains", () -> l.contains("x") + " " + l.contains(null) + " " + l.contains("zz"));
        t("clear", () -> {
            l.clear();
            return l + " " + l.size() + " " + l.peekLast();
        });
        LinkedList<Integer> big = new LinkedList<>();
        for (int i = 0; i < 200; i++) {
            if (i % 2 == 0) big.addFirst(i);
            else big.addLast(i);
        }
        t("big", () -> big.get(0) + " " + big.get(99) + " " + big.get(100) + " " + big.get(199) + " " + big.indexOf(101) + " " + big.hashCode());
        for (int i = 0; i < 50; i++) big.remove(i * 3 % big.size());
        t("big2", () -> big.size() + " " + big.subList(0, 10) + " " + big.getLast());
    }
}
