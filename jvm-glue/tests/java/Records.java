import java.util.Objects;

public class Records {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x");
        }

        int dist() {
            return Math.abs(x) + Math.abs(y);
        }

        static Point origin() {
            return new Point(0, 0);
        }
    }

    record Person(String name, int age, double height, boolean active, char initial, long id, float f, byte b, short s) {}

    record Pair<A, B>(A first, B second) {}

    record Empty() {}

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.dist());
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println(p.hashCode() == new Point(3, 4).hashCode());
        System.out.println(p.hashCode() + " " + Point.origin().hashCode());
        Person a = new Person("Ann", 30, 1.75, true, 'A', 123456789012L, 2.5f, (byte) 7, (short) -3);
        System.out.println(a);
        System.out.println(a.hashCode());
        System.out.println(a.equals(new Person("Ann", 30, 1.75, true, 'A', 123456789012L, 2.5f, (byte) 7, (short) -3)));
        Person nul = new Person(null, 0, Double.NaN, false, 'x', 0, -0.0f, (byte) 0, (short) 0);
        System.out.println(nul + " " + nul.hashCode() + " " + nul.equals(new Person(null, 0, Double.NaN, false, 'x', 0, -0.0f, (byte) 0, (short) 0)));
        Pair<String, Point> pr = new Pair<>("p", p);
        System.out.println(pr + " " + pr.first() + " " + pr.second().x());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Object o = p;
        if (o instanceof Point q && q.x() > 1) System.out.println("pattern " + q.y());
        System.out.println(Objects.hash(1, 2, 3) + " " + Objects.equals(p, pr.second()));
    }
}
