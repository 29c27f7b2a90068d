import java.util.*;

public class CollTreeCompares {
    static int calls;

    static final Comparator<Integer> CMP = (a, b) -> {
        calls++;
        return Integer.compare(a, b);
    };

    static final class Key implements Comparable<Key> {
        final int v;

        Key(int v) {
            this.v = v;
        }

        public int compareTo(Key o) {
            calls++;
            return Integer.compare(v, o.v);
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).v == v;
        }

        public int hashCode() {
            return v;
        }

        public String toString() {
            return "K" + v;
        }
    }

    public static void main(String[] args) {
        Random r = new Random(9);
        TreeMap<Integer, Integer> m = new TreeMap<>(CMP);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            calls = 0;
            int k = r.nextInt(200);
            if (i % 3 == 2) m.remove(k);
            else m.put(k, i);
            sb.append(calls).append(i % 30 == 29 ? "\n" : " ");
        }
        System.out.print(sb);
        calls = 0;
        for (int k = 0; k < 200; k += 7) {
            m.get(k);
            m.ceilingKey(k);
            m.floorEntry(k);
            m.higherKey(k);
            m.lowerEntry(k);
        }
        System.out.println("nav " + calls);
        calls = 0;
        NavigableMap<Integer, Integer> sub = m.subMap(50, true, 150, false);
        int n = sub.size();
        Integer fk = sub.firstKey();
        sub.put(100, 1);
        sub.remove(60);
        System.out.println("sub " + calls + " " + n + " " + fk);
        calls = 0;
        NavigableMap<Integer, Integer> view = m.subMap(20, true, 120, true);
        StringBuilder vs = new StringBuilder();
        vs.append(view.size()).append(' ').append(calls).append(' ');
        vs.append(view.size()).append(' ').append(calls).append(' ');
        vs.append(view.isEmpty()).append(' ').append(calls).append(' ');
        view.put(21, 0);
        vs.append(view.size()).append(' ').append(calls).append(' ');
        vs.append(view.containsKey(50)).append(view.get(60)).append(view.remove(70)).append(' ').append(calls).append(' ');
        vs.append(view.headMap(80).size()).append(' ').append(view.descendingMap().firstKey()).append(' ').append(calls).append(' ');
        vs.append(m.subMap(300, true, 400, true).isEmpty()).append(' ').append(calls);
        System.out.println("views " + vs);
        calls = 0;
        TreeMap<Integer, Integer> copy = new TreeMap<>(m);
        System.out.println("copy " + calls);
        for (int k = 0; k < 10; k++) copy.put(k * 31, k);
        System.out.println("after copy inserts " + calls);
        calls = 0;
        @SuppressWarnings("unchecked")
        TreeMap<Integer, Integer> cl = (TreeMap<Integer, Integer>) m.clone();
        cl.put(-1, -1);
        cl.remove(77);
        System.out.println("clone " + calls);
        calls = 0;
        TreeMap<Integer, Integer> pa = new TreeMap<>(CMP);
        pa.putAll(m);
        pa.put(1000, 0);
        System.out.println("putAll sorted " + calls);
        calls = 0;
        TreeMap<Integer, Integer> ph = new TreeMap<>(CMP);
        ph.putAll(new HashMap<>(m));
        System.out.println("putAll hash " + calls);
        TreeSet<Key> ts = new TreeSet<>();
        calls = 0;
        for (int i = 0; i < 100; i++) ts.add(new Key(r.nextInt(1000)));
        System.out.println("set adds " + calls);
        calls = 0;
        TreeSet<Key> ts2 = new TreeSet<>(ts);
        ts2.add(new Key(5000));
        ts2.add(new Key(-5));
        System.out.println("set copy " + calls);
        calls = 0;
        TreeSet<Key> ts3 = new TreeSet<>();
        ts3.addAll(ts);
        ts3.remove(ts.first());
        System.out.println("set addAll " + calls);
        calls = 0;
        TreeSet<Key> ts4 = new TreeSet<>((Collection<Key>) new ArrayList<>(ts));
        System.out.println("set from list " + calls);
        calls = 0;
        @SuppressWarnings("unchecked")
        TreeSet<Key> ts5 = (TreeSet<Key>) ts.clone();
        ts5.add(new Key(333));
        System.out.println("set clone " + calls + " " + ts5.size());
        calls = 0;
        PriorityQueue<Key> pq = new PriorityQueue<>();
        for (int i = 0; i < 100; i++) pq.add(new Key(r.nextInt(1000)));
        for (int i = 0; i < 50; i++) pq.poll();
        System.out.println("pq " + calls);
        calls = 0;
        PriorityQueue<Key> pq2 = new PriorityQueue<>(new ArrayList<>(ts));
        pq2.remove(ts.last());
        System.out.println("pq heapify " + calls);
        calls = 0;
        List<Key> kl = new ArrayList<>(ts);
        Collections.binarySearch(kl, new Key(500));
        Collections.max(kl);
        Collections.min(kl);
        System.out.println("algos " + calls);
    }
}
