import java.util.*;

public class CollSortCompares {
    static int calls;
    static final StringBuilder trace = new StringBuilder();

    static Comparator<Integer> counting(boolean log) {
        return (a, b) -> {
            calls++;
            if (log) trace.append(a).append('?').append(b).append(' ');
            return Integer.compare(a, b);
        };
    }

    static final class Key implements Comparable<Key> {
        final int v;
        final int id;

        Key(int v, int id) {
            this.v = v;
            this.id = id;
        }

        public int compareTo(Key o) {
            calls++;
            return Integer.compare(v, o.v);
        }

        public String toString() {
            return v + "#" + id;
        }
    }

    static Integer[] data(Random r, int n, int kind) {
        Integer[] a = new Integer[n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case 0: a[i] = r.nextInt(1000); break;
                case 1: a[i] = i; break;
                case 2: a[i] = n - i; break;
                case 3: a[i] = r.nextInt(5); break;
                case 4: a[i] = (i / 40) % 2 == 0 ? i : -i; break;
                case 5: a[i] = i % 97 == 0 ? r.nextInt(100) : i; break;
                case 6: a[i] = i % 50; break;
                case 7: a[i] = i % 2 == 0 ? i : i + n / 3; break;
                case 8: a[i] = (i * 7919) % 257 < 40 ? -i : (i < n / 2 ? i * 2 : i * 2 - n); break;
                default: a[i] = i < n * 9 / 10 ? i : r.nextInt(n); break;
            }
        }
        return a;
    }

    public static void main(String[] args) {
        Random r = new Random(123);
        Integer[] small = {5, 1, 4, 1, 5, 9, 2, 6};
        calls = 0;
        Arrays.sort(small, counting(true));
        System.out.println(Arrays.toString(small) + " " + calls + " " + trace);
        for (int n : new int[] {0, 1, 2, 3, 31, 32, 33, 64, 65, 100, 257, 1000, 3000, 5000}) {
            StringBuilder line = new StringBuilder("n=" + n);
            for (int kind = 0; kind < 10; kind++) {
                Integer[] a = data(r, n, kind);
                calls = 0;
                Arrays.sort(a, counting(false));
                long h = 0;
                for (Integer x : a) h = h * 31 + x;
                line.append(" k").append(kind).append(':').append(calls).append('/').append(h);
            }
            System.out.println(line);
        }
        Key[] keys = new Key[500];
        for (int i = 0; i < keys.length; i++) keys[i] = new Key(r.nextInt(50), i);
        calls = 0;
        Arrays.sort(keys);
        System.out.println("natural " + calls + " " + Arrays.asList(keys).subList(0, 12));
        List<Key> kl = new ArrayList<>();
        for (int i = 0; i < 200; i++) kl.add(new Key(r.nextInt(10), i));
        calls = 0;
        Collections.sort(kl);
        System.out.println("list " + calls + " " + kl.subList(0, 10));
        LinkedList<Key> ll = new LinkedList<>(kl);
        Collections.shuffle(ll, new Random(5));
        calls = 0;
        ll.sort(null);
        System.out.println("linked " + calls + " " + ll.subList(0, 5));
        calls = 0;
        kl.sort(Comparator.reverseOrder());
        System.out.println("reverse " + calls + " " + kl.subList(0, 5));
        Integer[] part = data(r, 300, 0);
        calls = 0;
        Arrays.sort(part, 50, 250, counting(false));
        System.out.println("range " + calls + " " + Arrays.asList(part).subList(45, 60));
        Integer[] withNull = {3, null, 1};
        try {
            Arrays.sort(withNull);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Integer[] withNull2 = {3, 2, 1, 0, 7, null, 5};
        try {
            Arrays.sort(withNull2);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        List<Integer> ln = new ArrayList<>(Arrays.asList(4, 5, null, 6));
        try {
            Collections.sort(ln);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Integer[] bad = data(r, 2000, 0);
        try {
            Arrays.sort(bad, (x, y) -> x % 3 == 0 ? 1 : Integer.compare(x, y));
            System.out.println("no violation detected " + bad.length);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
