import java.util.*;

public class CollVectorStack {
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
        Vector<String> v = new Vector<>(3, 2);
        t("empty", () -> v + " " + v.size() + " " + v.capacity() + " " + v.isEmpty());
        for (String s : "a b c d e".split(" ")) v.addElement(s);
        t("grown", () -> v + " " + v.capacity() + " " + v.firstElement() + " " + v.lastElement() + " " + v.elementAt(2));
        v.insertElementAt("X", 1);
        v.setElementAt("C", 3);
        v.removeElementAt(0);
        t("edits", () -> v + " " + v.removeElement("e") + " " + v.removeElement("zz") + " " + v + " " + v.indexOf("C") + " " + v.indexOf("C", 3) + " " + v.lastIndexOf("X") + " " + v.lastIndexOf("X", 0));
        t("copyInto", () -> {
            String[] arr = new String[6];
            v.copyInto(arr);
            return Arrays.toString(arr);
        });
        t("setSize", () -> {
            v.setSize(6);
            String s1 = v.toString() + " " + v.capacity();
            v.setSize(2);
            return s1 + " " + v + " " + v.capacity();
        });
        t("ensure/trim", () -> {
            v.ensureCapacity(20);
            int c1 = v.capacity();
            v.trimToSize();
            return c1 + " " + v.capacity();
        });
        t("iter", () -> {
            v.addAll(List.of("p", "q", "r"));
            Iterator<String> it = v.iterator();
            StringBuilder sb = new StringBuilder();
            while (it.hasNext()) {
                String s = it.next();
                sb.append(s);
                if (s.equals("q")) it.remove();
            }
            return sb + " " + v;
        });
        t("iter end", () -> {
            Iterator<String> it = v.iterator();
            while (it.hasNext()) it.next();
            return it.next();
        });
        t("li", () -> {
            ListIterator<String> it = v.listIterator(v.size());
            StringBuilder sb = new StringBuilder();
            while (it.hasPrevious()) sb.append(it.previous());
            it.add("0");
            it.next();
            it.set("ONE");
            return sb + " " + v + " " + it.nextIndex();
        });
        t("li start prev", () -> v.listIterator().previous());
        t("cme", () -> {
            for (String s : v) v.add("!");
            return v;
        });
        t("elements", () -> {
            StringBuilder sb = new StringBuilder();
            for (Enumeration<String> e = v.elements(); e.hasMoreElements(); ) sb.append(e.nextElement()).append(',');
            return sb;
        });
        t("enum asIterator", () -> {
            StringBuilder sb = new StringBuilder();
            v.elements().asIterator().forEachRemaining(sb::append);
            return sb;
        });
        t("list ops", () -> v.subList(1, 3) + " " + v.contains("X") + " " + v.hashCode() + " " + v.equals(new ArrayList<>(v)) + " " + new ArrayList<>(v).equals(v));
        t("sort", () -> {
            v.sort(null);
            return v;
        });
        t("removeIf", () -> v.removeIf(s -> s.length() > 1) + " " + v);
        t("clone", () -> {
            @SuppressWarnings("unchecked")
            Vector<String> c = (Vector<String>) v.clone();
            c.add("clone");
            return c + " " + v + " " + c.capacity();
        });
        t("removeAllElements", () -> {
            v.removeAllElements();
            return v + " " + v.size();
        });
        t("firstElement", () -> v.firstElement());
        t("get bad", () -> new Vector<>(List.of(1)).get(1));
        t("remove bad", () -> new Vector<>(List.of(1)).remove(3));
        t("insert bad", () -> {
            new Vector<>(List.of(1)).insertElementAt(2, 3);
            return 0;
        });
        Stack<Integer> s = new Stack<>();
        t("stack empty", () -> s.empty() + " " + s.size() + " " + s);
        t("pop empty", () -> s.pop());
        t("peek empty", () -> s.peek());
        for (int i = 1; i <= 5; i++) s.push(i * i);
        t("stack", () -> s + " " + s.peek() + " " + s.search(25) + " " + s.search(1) + " " + s.search(7) + " " + s.pop() + " " + s.pop() + " " + s);
        t("stack as list", () -> s.get(0) + " " + s.indexOf(4) + " " + s.capacity() + " " + s.firstElement());
        Stack<Character> br = new Stack<>();
        StringBuilder out = new StringBuilder();
        for (char ch : "{[()]}([)]".toCharArray()) {
            if ("([{".indexOf(ch) >= 0) br.push(ch);
            else {
                char open = br.isEmpty() ? '?' : br.pop();
                out.append("([{".indexOf(open) == ")]}".indexOf(ch) ? 'Y' : 'N');
            }
        }
        t("brackets", () -> out + " " + br.empty());
    }
}
