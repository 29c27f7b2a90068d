import java.util.*;
import java.util.stream.*;

public class StrmDistinctSorted {
    record Pt(int x, int y) {}

    static final class Key {
        final String k;
        final int tag;

        Key(String k, int tag) {
            this.k = k;
            this.tag = tag;
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).k.equals(k);
        }

        public int hashCode() {
            return k.hashCode();
        }

        public String toString() {
            return k + "#" + tag;
        }
    }

    public static void main(String[] args) {
        List<Pt> pts = List.of(new Pt(1, 2), new Pt(3, 1), new Pt(1, 2), new Pt(0, 5), new Pt(3, 1), new Pt(2, 2), new Pt(1, 0));
        System.out.println(pts.stream().distinct().toList());
        System.out.println(pts.stream().sorted(Comparator.comparingInt(Pt::x).thenComparingInt(Pt::y)).toList());
        System.out.println(pts.stream().sorted(Comparator.comparingInt(Pt::y)).toList());
        System.out.println(pts.stream().sorted(Comparator.comparingInt((Pt p) -> p.x() + p.y()).reversed()).toList());
        System.out.println(Stream.of(new Key("a", 1), new Key("b", 2), new Key("a", 3), new Key("c", 4), new Key("b", 5)).distinct().toList());
        List<String> names = List.of("bob", "Al", "cy", "al", "Bob", "dee", "AL", "Cy");
        System.out.println(names.stream().sorted().toList());
        System.out.println(names.stream().sorted((a, b) -> a.compareToIgnoreCase(b)).toList());
        System.out.println(names.stream().sorted(Comparator.comparing((String s) -> s.toLowerCase()).thenComparing(Comparator.reverseOrder())).toList());
        System.out.println(names.stream().map(String::toLowerCase).distinct().sorted(Comparator.reverseOrder()).toList());
        System.out.println(names.stream().sorted(Comparator.comparingInt(String::length)).toList());
        System.out.println(IntStream.of(5, 1, 5, 2, 2, 9, 1).distinct().sorted().boxed().toList());
        System.out.println(LongStream.of(5, -1, 5, 2).sorted().distinct().boxed().toList() + " " + DoubleStream.of(0.5, -0.5, 0.5).distinct().count());
        List<Integer> big = new Random(11).ints(300, 0, 50).boxed().toList();
        System.out.println(big.stream().distinct().count() + " " + big.stream().distinct().limit(10).toList() + " " + big.stream().sorted().distinct().skip(40).toList());
        System.out.println(big.stream().sorted(Comparator.reverseOrder()).limit(5).toList() + " " + big.stream().sorted().findFirst().get());
        List<int[]> stable = new ArrayList<>();
        for (int i = 0; i < 40; i++) stable.add(new int[] {i % 4, i});
        System.out.println(stable.stream().sorted(Comparator.comparingInt(a -> a[0])).map(a -> a[1]).toList());
        System.out.println(Stream.of("b", "a", "c").sorted().sorted(Comparator.reverseOrder()).toList());
    }
}
