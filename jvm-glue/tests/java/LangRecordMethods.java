import java.util.Arrays;

// Records: generated toString/equals/hashCode for all component kinds (incl. -0.0/NaN, arrays, nulls),
// compact and canonical constructors, accessors, static members, nested and generic records.
public class LangRecordMethods {
    record Point(int x, int y) {}

    record All(boolean z, byte b, short s, char c, int i, long l, float f, double d, String str, Object o, int[] arr) {}

    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
        }

        int length() {
            return hi - lo;
        }

        static Range of(int a) {
            return new Range(a, a);
        }
    }

    record Named(String name) {
        Named(String name) {
            this.name = name == null ? "anon" : name.trim();
        }

        @Override
        public String name() {
            return "<" + name + ">";
        }
    }

    record Pair<A, B>(A first, B second) {}

    record Empty() {}

    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.hashCode() + " " + p.equals(new Point(3, -4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null));
        int[] arr = {1, 2};
        All a = new All(true, (byte) -1, (short) 300, 'x', 42, -7L, 1.5f, -0.0, "s", null, arr);
        All b = new All(true, (byte) -1, (short) 300, 'x', 42, -7L, 1.5f, -0.0, "s", null, arr);
        All c = new All(true, (byte) -1, (short) 300, 'x', 42, -7L, 1.5f, 0.0, "s", null, arr);
        All d = new All(true, (byte) -1, (short) 300, 'x', 42, -7L, 1.5f, -0.0, "s", null, new int[] {1, 2});
        System.out.println(a.toString().replaceAll("@[0-9a-f]+", "@H"));
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + a.equals(d) + " " + (a.hashCode() == b.hashCode()));
        All n1 = new All(false, (byte) 0, (short) 0, '\0', 0, 0, Float.NaN, Double.NaN, null, "o", null);
        All n2 = new All(false, (byte) 0, (short) 0, '\0', 0, 0, Float.NaN, Double.NaN, null, "o", null);
        System.out.println(n1.equals(n2) + " " + n1.hashCode() + " " + (n1.hashCode() == n2.hashCode()) + " " + n1);
        System.out.println(new Range(1, 5) + " " + new Range(1, 5).length() + " " + Range.of(3));
        try {
            new Range(5, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        Named nm = new Named("  bob ");
        System.out.println(nm + " " + nm.name() + " " + new Named(null) + " " + nm.equals(new Named("bob")) + " " + nm.hashCode());
        Pair<String, Integer> pr = new Pair<>("k", 9);
        Pair<Point, Pair<String, Integer>> nested = new Pair<>(p, pr);
        System.out.println(pr + " " + nested + " " + nested.hashCode() + " " + pr.equals(new Pair<>("k", 9)) + " " + pr.equals(new Pair<>("k", 10)));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        System.out.println(Point.class.isRecord() + " " + String.class.isRecord() + " " + (p instanceof Record) + " " + Point.class.getSuperclass().getName());
        Point[] pts = {new Point(1, 1), new Point(0, 5), new Point(1, 0)};
        Arrays.sort(pts, (u, v) -> u.x() != v.x() ? Integer.compare(u.x(), v.x()) : Integer.compare(u.y(), v.y()));
        System.out.println(Arrays.toString(pts));
        System.out.println(new Point(Integer.MIN_VALUE, Integer.MAX_VALUE).hashCode() + " " + new Pair<>(null, null).hashCode() + " " + new Pair<>(1L, 2.5).hashCode());
    }
}
