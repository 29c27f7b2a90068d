import java.util.*;
public class CollLegacy {
    interface R { Object run() throws Exception; }
    static void t(String n, R r) { try { System.out.println(n + " -> " + r.run()); } catch (Throwable e) { System.out.println(n + " !! " + e); } }
    public static void main(String[] a) {
        Vector<Integer> v = new Vector<>(List.of(1, 2, 3));
        t("get 5", () -> v.get(5));
        t("get -1", () -> v.get(-1));
        t("elementAt 5", () -> v.elementAt(5));
        t("elementAt -1", () -> v.elementAt(-1));
        t("set 5", () -> v.set(5, 1));
        t("remove 5", () -> v.remove(5));
        t("add 5", () -> { v.add(5, 1); return 0; });
        t("insertElementAt 5", () -> { v.insertElementAt(1, 5); return 0; });
        t("removeElementAt 5", () -> { v.removeElementAt(5); return 0; });
        t("setElementAt 5", () -> { v.setElementAt(1, 5); return 0; });
        t("firstElement empty", () -> new Vector<>().firstElement());
        t("lastElement empty", () -> new Vector<>().lastElement());
        t("ctor -1", () -> new Vector<>(-1));
        t("setSize -1", () -> { v.setSize(-1); return 0; });
        t("capacity", () -> { Vector<Integer> x = new Vector<>(); int c0 = x.capacity(); for (int i = 0; i < 11; i++) x.add(i); Vector<Integer> y = new Vector<>(3, 2); for (int i = 0; i < 6; i++) y.add(i); return c0 + " " + x.capacity() + " " + y.capacity(); });
        t("sublist", () -> v.subList(0, 5));
        t("listIterator", () -> v.listIterator(5));
        t("indexOf from", () -> v.indexOf(2, 5) + " " + v.lastIndexOf(2, 1));
        t("indexOf neg", () -> v.indexOf(2, -1));
        t("lastIndexOf big", () -> v.lastIndexOf(2, 5));
        t("setSize", () -> { Vector<Integer> x = new Vector<>(List.of(1,2)); x.setSize(4); return x; });
        t("elements", () -> { Enumeration<Integer> e = v.elements(); StringBuilder sb = new StringBuilder(); while (e.hasMoreElements()) sb.append(e.nextElement()); return sb; });
        t("elements end", () -> { Enumeration<Integer> e = new Vector<Integer>().elements(); return e.nextElement(); });
        t("toString", () -> v + " " + v.hashCode() + " " + v.equals(List.of(1,2,3)));
        Stack<String> s = new Stack<>();
        t("pop empty", () -> s.pop());
        t("peek empty", () -> s.peek());
        t("stack", () -> s.push("a") + s.push("b") + s.push("c") + " " + s + " " + s.search("a") + " " + s.search("c") + " " + s.search("z") + " " + s.peek() + " " + s.pop() + " " + s.empty() + " " + s);
        Hashtable<String, Integer> h = new Hashtable<>();
        for (String k : "one two three four five six seven eight nine ten eleven twelve".split(" ")) h.put(k, k.length());
        t("ht", () -> h + " " + h.keySet() + " " + h.values());
        t("ht null key", () -> h.put(null, 1));
        t("ht null val", () -> h.put("x", null));
        t("ht get null", () -> h.get(null));
        t("ht containsKey null", () -> h.containsKey(null));
        t("ht contains null", () -> h.contains(null));
        t("ht keys", () -> { Enumeration<String> e = h.keys(); StringBuilder sb = new StringBuilder(); while (e.hasMoreElements()) sb.append(e.nextElement()).append(','); return sb; });
        Hashtable<Integer, Integer> hi = new Hashtable<>();
        for (int i = 0; i < 30; i++) hi.put(i * 7, i);
        t("ht ints", () -> hi);
        Hashtable<Integer, Integer> h5 = new Hashtable<>(5);
        for (int i = 0; i < 30; i += 3) h5.put(i * 11, i);
        h5.remove(33);
        t("ht5", () -> h5);
        t("ht ctor -1", () -> new Hashtable<>(-1));
        t("ht ctor lf", () -> new Hashtable<>(1, 0f));
        t("ht ctor 0", () -> { Hashtable<Integer,Integer> z = new Hashtable<>(0); z.put(5,5); z.put(6,6); return z; });
        t("ht hash", () -> h.hashCode() + " " + h.equals(new HashMap<>(h)));
        t("ht merge", () -> h.merge("one", 5, Integer::sum) + " " + h.computeIfAbsent("zz", k -> 2) + " " + h);
        t("ht copy", () -> new Hashtable<>(Map.of(1, 2, 3, 4, 5, 6)));
        IdentityHashMap<String, Integer> im = new IdentityHashMap<>();
        String k1 = new String("k"), k2 = new String("k");
        im.put(k1, 1); im.put(k2, 2);
        t("ihm", () -> im.size() + " " + im.get(k1) + " " + im.get("k") + " " + im.containsKey(k2));
        t("emptyStack", () -> new EmptyStackException().getMessage());
        t("list(enum)", () -> Collections.list(v.elements()) + " " + Collections.enumeration(List.of(1, 2)).nextElement());
    }
}
