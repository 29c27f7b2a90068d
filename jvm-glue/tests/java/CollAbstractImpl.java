import java.util.*;

public class CollAbstractImpl {
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

    static class Range extends AbstractList<Integer> {
        final int n;

        Range(int n) {
            this.n = n;
        }

        public Integer get(int i) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("idx " + i);
            return i * i;
        }

        public int size() {
            return n;
        }
    }

    static class Growable extends AbstractList<String> {
        final ArrayList<String> data = new ArrayList<>();

        public String get(int i) {
            return data.get(i);
        }

        public int size() {
            return data.size();
        }

        public void add(int i, String s) {
            data.add(i, s);
            modCount++;
        }

        public String remove(int i) {
            modCount++;
            return data.remove(i);
        }

        public String set(int i, String s) {
            return data.set(i, s);
        }
    }

    static class Chain extends AbstractSequentialList<String> {
        final LinkedList<String> data = new LinkedList<>();

        public ListIterator<String> listIterator(int index) {
            return data.listIterator(index);
        }

        public int size() {
            return data.size();
        }
    }

    static class Evens extends AbstractSet<Integer> {
        final int max;

        Evens(int max) {
            this.max = max;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = 0;

                public boolean hasNext() {
                    return next <= max;
                }

                public Integer next() {
                    if (next > max) throw new NoSuchElementException();
                    int r = next;
                    next += 2;
                    return r;
                }
            };
        }

        public int size() {
            return max / 2 + 1;
        }
    }

    static class Squares extends AbstractMap<Integer, Integer> {
        final int n;

        Squares(int n) {
            this.n = n;
        }

        public Set<Map.Entry<Integer, Integer>> entrySet() {
            return new AbstractSet<Map.Entry<Integer, Integer>>() {
                public Iterator<Map.Entry<Integer, Integer>> iterator() {
                    return new Iterator<Map.Entry<Integer, Integer>>() {
                        int i = 0;

                        public boolean hasNext() {
                            return i < n;
                        }

                        public Map.Entry<Integer, Integer> next() {
                            int k = i++;
                            return new AbstractMap.SimpleImmutableEntry<>(k, k * k);
                        }
                    };
                }

                public int size() {
                    return n;
                }
            };
        }
    }

    static class Store extends AbstractMap<String, Integer> {
        final List<Map.Entry<String, Integer>> entries = new ArrayList<>();

        public Set<Map.Entry<String, Integer>> entrySet() {
            return new AbstractSet<Map.Entry<String, Integer>>() {
                public Iterator<Map.Entry<String, Integer>> iterator() {
                    return entries.iterator();
                }

                public int size() {
                    return entries.size();
                }
            };
        }

        public Integer put(String k, Integer v) {
            for (Map.Entry<String, Integer> e : entries) if (e.getKey().equals(k)) return e.setValue(v);
            entries.add(new AbstractMap.SimpleEntry<>(k, v));
            return null;
        }
    }

    static class Bounded extends AbstractQueue<Integer> {
        final ArrayDeque<Integer> d = new ArrayDeque<>();

        public boolean offer(Integer x) {
            if (d.size() >= 3) return false;
            d.add(x);
            return true;
        }

        public Integer poll() {
            return d.poll();
        }

        public Integer peek() {
            return d.peek();
        }

        public Iterator<Integer> iterator() {
            return d.iterator();
        }

        public int size() {
            return d.size();
        }
    }

    public static void main(String[] args) {
        Range r = new Range(6);
        t("range", () -> r + " " + r.size() + " " + r.contains(16) + " " + r.indexOf(9) + " " + r.lastIndexOf(25) + " " + r.hashCode() + " " + r.equals(List.of(0, 1, 4, 9, 16, 25)));
        t("range sub", () -> r.subList(2, 5) + " " + r.subList(2, 5).get(1) + " " + r.subList(1, 4).subList(1, 2));
        t("range add", () -> r.add(1));
        t("range set", () -> r.set(0, 1));
        t("range iter", () -> {
            ListIterator<Integer> it = r.listIterator(3);
            return it.previous() + " " + it.previous() + " " + it.next() + " " + it.nextIndex();
        });
        t("range iter end", () -> {
            Iterator<Integer> it = new Range(1).iterator();
            it.next();
            return it.next();
        });
        t("range iter remove", () -> {
            Iterator<Integer> it = r.iterator();
            it.next();
            it.remove();
            return 0;
        });
        t("range li bad", () -> r.listIterator(7));
        t("range toArray", () -> Arrays.toString(r.toArray()) + " " + Arrays.toString(r.toArray(new Integer[8])));
        Growable g = new Growable();
        t("growable", () -> g.add("a") + " " + g.add("b") + " " + g.addAll(List.of("c", "d")) + " " + g.addAll(1, List.of("x")) + " " + g);
        t("growable iter", () -> {
            Iterator<String> it = g.iterator();
            while (it.hasNext()) if (it.next().equals("x")) it.remove();
            ListIterator<String> li = g.listIterator();
            li.next();
            li.add("A2");
            li.next();
            li.set("B!");
            return g;
        });
        t("growable cme", () -> {
            for (String s : g) if (s.equals("a")) g.add("z");
            return g;
        });
        t("growable clear", () -> {
            g.subList(1, 3).clear();
            String s = g.toString();
            g.clear();
            return s + " " + g;
        });
        t("growable sub cme", () -> {
            g.addAll(List.of("p", "q", "r"));
            List<String> sub = g.subList(0, 2);
            g.add("s");
            return sub.get(0);
        });
        Chain c = new Chain();
        t("chain", () -> c.add("m") + " " + c.addAll(List.of("n", "o")) + " " + c + " " + c.get(1) + " " + c.set(1, "N") + " " + c.remove(0) + " " + c);
        t("chain get bad", () -> c.get(5));
        t("chain add idx", () -> {
            c.add(1, "mid");
            c.addAll(0, List.of("s1", "s2"));
            return c;
        });
        Evens e = new Evens(10);
        t("evens", () -> e + " " + e.size() + " " + e.contains(4) + " " + e.contains(5) + " " + e.hashCode() + " " + e.equals(Set.of(0, 2, 4, 6, 8, 10)) + " " + Set.of(0, 2, 4, 6, 8, 10).equals(e) + " " + e.containsAll(List.of(2, 8)));
        t("evens add", () -> e.add(12));
        t("evens remove", () -> e.remove(2));
        t("evens removeAll", () -> e.removeAll(List.of(99)));
        t("evens toArray", () -> Arrays.toString(e.toArray()) + " " + e.toArray(new Integer[0]).length);
        Squares sq = new Squares(5);
        t("squares", () -> sq + " " + sq.size() + " " + sq.get(3) + " " + sq.get(7) + " " + sq.containsKey(4) + " " + sq.containsValue(16) + " " + sq.containsValue(5) + " " + sq.keySet() + " " + sq.values() + " " + sq.hashCode() + " " + sq.equals(Map.of(0, 0, 1, 1, 2, 4, 3, 9, 4, 16)));
        t("squares put", () -> sq.put(1, 1));
        t("squares getOrDefault", () -> sq.getOrDefault(9, -1) + " " + sq.getOrDefault(2, -1));
        Store st = new Store();
        st.put("b", 2);
        st.put("a", 1);
        st.put("b", 20);
        t("store", () -> st + " " + st.get("b") + " " + st.remove("a") + " " + st + " " + st.keySet().contains("b"));
        t("store defaults", () -> st.putIfAbsent("c", 3) + " " + st.merge("c", 4, Integer::sum) + " " + st.computeIfAbsent("d", k -> 5) + " " + st.computeIfPresent("d", (k, v) -> null) + " " + st.compute("b", (k, v) -> v + 1) + " " + st.replace("c", 70) + " " + st.replace("c", 70, 71) + " " + st.remove("c", 0) + " " + st);
        t("store replaceAll", () -> {
            st.replaceAll((k, v) -> v * 2);
            return st;
        });
        t("store keySet remove", () -> st.keySet().remove("b") + " " + st + " " + st.isEmpty());
        t("store clear", () -> {
            st.put("x", 1);
            st.clear();
            return st;
        });
        Bounded bq = new Bounded();
        t("queue", () -> bq.add(1) + " " + bq.offer(2) + " " + bq.add(3) + " " + bq.offer(4) + " " + bq);
        t("queue full", () -> bq.add(5));
        t("queue addAll", () -> bq.addAll(List.of(6)));
        t("queue remove", () -> bq.remove() + " " + bq.element() + " " + bq.peek() + " " + bq);
        t("queue clear", () -> {
            bq.clear();
            return bq + " " + bq.poll();
        });
        t("queue empty remove", () -> bq.remove());
        t("queue empty element", () -> bq.element());
        t("queue addAll self", () -> bq.addAll(bq));
    }
}
