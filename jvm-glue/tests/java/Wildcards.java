import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Wildcards {
    static void fill(List<? super Integer> dst, int n) {
        for (int i = 0; i < n; i++) dst.add(i);
    }

    static double total(List<? extends Number> src) {
        double t = 0;
        for (Number x : src) t += x.doubleValue();
        return t;
    }

    static <T> void swap(T[] a, int i, int j) {
        T t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static abstract class Shape implements Comparable<Shape> {
        abstract double area();

        public int compareTo(Shape o) {
            return Double.compare(area(), o.area());
        }

        abstract Shape copy();
    }

    static class Sq extends Shape {
        double s;

        Sq(double s) {
            this.s = s;
        }

        double area() {
            return s * s;
        }

        @Override
        Sq copy() {
            return new Sq(s);
        }

        public String toString() {
            return "Sq" + s;
        }
    }

    public static void main(String[] args) {
        List<Number> nums = new ArrayList<>();
        fill(nums, 5);
        nums.add(2.5);
        System.out.println(nums + " " + total(nums));
        List<Object> objs = new ArrayList<>();
        fill(objs, 3);
        System.out.println(objs);
        String[] arr = {"a", "b", "c"};
        swap(arr, 0, 2);
        System.out.println(Arrays.toString(arr));
        Shape[] shapes = {new Sq(3), new Sq(1), new Sq(2)};
        Arrays.sort(shapes);
        System.out.println(Arrays.toString(shapes));
        Shape c = shapes[0].copy();
        Sq sq = new Sq(4).copy();
        System.out.println(c + " " + sq.s);
    }
}
