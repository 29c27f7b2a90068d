import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class RecordsMore {
    interface HasArea {
        double area();
    }

    record Rect(double w, double h) implements HasArea {
        public double area() {
            return w * h;
        }

        static Rect square(double s) {
            return new Rect(s, s);
        }
    }

    record Named<T>(String name, T value) {
        @Override
        public String toString() {
            return name + "->" + value;
        }
    }

    record Line(Rect from, Rect to, int[] data) {}

    record Money(long cents) {
        Money {
            if (cents < 0) throw new IllegalArgumentException("negative");
        }

        Money plus(Money o) {
            return new Money(cents + o.cents);
        }
    }

    public static void main(String[] args) {
        Set<Rect> set = new HashSet<>();
        set.add(new Rect(1, 2));
        set.add(new Rect(1, 2));
        set.add(Rect.square(3));
        System.out.println(set.size() + " " + set.contains(new Rect(3, 3)));
        HasArea a = Rect.square(1.5);
        System.out.println(a.area() + " " + a);
        System.out.println(new Named<>("pi", 3.14) + " " + new Named<>("n", null).equals(new Named<>("n", null)));
        Map<Rect, String> m = new HashMap<>();
        m.put(new Rect(0, 0), "origin");
        System.out.println(m.get(new Rect(0.0, -0.0)) + " " + new Rect(0, 0).equals(new Rect(0, -0.0)) + " " + m.get(new Rect(0, 0)));
        int[] d = {1};
        Line l1 = new Line(new Rect(1, 1), new Rect(2, 2), d);
        Line l2 = new Line(new Rect(1, 1), new Rect(2, 2), d);
        Line l3 = new Line(new Rect(1, 1), new Rect(2, 2), new int[] {1});
        System.out.println(l1.equals(l2) + " " + l1.equals(l3) + " " + l1.toString().startsWith("Line[from=Rect[w=1.0, h=1.0], to=Rect[w=2.0, h=2.0], data=[I@"));
        System.out.println(new Money(150).plus(new Money(275)));
        System.out.println(new Rect(2, 3).hashCode() + " " + new Money(7).hashCode() + " " + new Named<>("a", 1).hashCode());
    }
}
