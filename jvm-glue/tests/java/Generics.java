import java.util.ArrayList;
import java.util.List;

public class Generics {
    static class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
        T value;

        Box(T v) {
            value = v;
        }

        T get() {
            return value;
        }

        public int compareTo(Box<T> o) {
            return value.compareTo(o.value);
        }

        public String toString() {
            return "Box(" + value + ")";
        }
    }

    interface Transformer<A, B> {
        B apply(A a);
    }

    static class Doubler implements Transformer<Integer, Integer> {
        public Integer apply(Integer a) {
            return a * 2;
        }
    }

    static <T extends Comparable<T>> T max(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    static abstract class Animal<S extends Animal<S>> {
        abstract S self();

        String who() {
            return self().getClass().getSimpleName();
        }
    }

    static class Dog extends Animal<Dog> {
        Dog self() {
            return this;
        }
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    public static void main(String[] args) {
        List<Box<String>> boxes = new ArrayList<>();
        boxes.add(new Box<>("pear"));
        boxes.add(new Box<>("apple"));
        boxes.add(new Box<>("zucchini"));
        System.out.println(max(boxes));
        Transformer<Integer, Integer> t = new Doubler();
        System.out.println(t.apply(21));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Transformer raw = t;
        try {
            raw.apply("not an int");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: " + e.getClass().getName());
        }
        System.out.println(new Dog().who());
        List<Integer> ints = new ArrayList<>();
        for (int i = 1; i <= 10; i++) ints.add(i);
        System.out.println(sum(ints) + " " + max(ints));
        Comparable<Box<String>> c = boxes.get(0);
        System.out.println(c.compareTo(boxes.get(1)) > 0);
    }
}
