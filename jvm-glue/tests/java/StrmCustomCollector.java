import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmCustomCollector {
    static <T> Collector<T, ?, List<List<T>>> chunked(int n) {
        return Collector.of(ArrayList::new, (List<List<T>> acc, T t) -> {
            if (acc.isEmpty() || acc.get(acc.size() - 1).size() == n) acc.add(new ArrayList<>());
            acc.get(acc.size() - 1).add(t);
        }, (x, y) -> {
            x.addAll(y);
            return x;
        });
    }

    static Collector<Integer, int[], String> rangeSummary() {
        return Collector.of(() -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 0}, (a, v) -> {
            a[0] = Math.min(a[0], v);
            a[1] = Math.max(a[1], v);
            a[2]++;
        }, (a, b) -> a, a -> a[2] == 0 ? "empty" : a[0] + ".." + a[1] + " (" + a[2] + ")");
    }

    public static void main(String[] args) {
        System.out.println(IntStream.rangeClosed(1, 10).boxed().collect(chunked(3)));
        System.out.println(Stream.of("a", "b").collect(chunked(5)) + " " + Stream.empty().collect(chunked(2)));
        System.out.println(Stream.of(5, 3, 9, 1).collect(rangeSummary()) + " " + Stream.<Integer>empty().collect(rangeSummary()));
        Map<Boolean, String> byParity = IntStream.range(0, 20).boxed().collect(Collectors.partitioningBy(i -> i % 2 == 0, rangeSummary()));
        System.out.println(byParity);
        Map<Integer, String> g = IntStream.range(0, 30).boxed().collect(Collectors.groupingBy(i -> i % 4, TreeMap::new, rangeSummary()));
        System.out.println(g);
        Collector<String, ?, TreeMap<Integer, List<String>>> byLen = Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList());
        System.out.println(Stream.of("aa", "b", "cc", "ddd").collect(byLen));
        Collector<CharSequence, ?, String> j = Collectors.joining("|");
        System.out.println(j.characteristics() + " " + Stream.of("x", "y").collect(j));
        Collector<Integer, ?, Integer> sumSq = Collectors.reducing(0, x -> x * x, Integer::sum);
        System.out.println(Stream.of(1, 2, 3).collect(sumSq));
        Collector<String, ?, Map<Boolean, Long>> cnt = Collectors.partitioningBy(s -> s.isEmpty(), Collectors.counting());
        System.out.println(Stream.of("", "a", "", "b", "c").collect(cnt));
        Collector<Integer, ?, Double> avgThenRound = Collectors.collectingAndThen(Collectors.averagingInt(x -> x), d -> Math.round(d * 100) / 100.0);
        System.out.println(Stream.of(1, 2, 2).collect(avgThenRound));
        Collector<Integer, ?, List<Integer>> unmod = Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList);
        List<Integer> ul = Stream.of(3, 4).collect(unmod);
        try {
            ul.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable " + ul);
        }
        Supplier<List<String>> sup = Collectors.<String>toList().supplier().getClass() == null ? null : ArrayList::new;
        System.out.println(sup.get());
        BiConsumer<List<Object>, Object> acc = (BiConsumer<List<Object>, Object>) (BiConsumer<?, ?>) Collectors.toList().accumulator();
        List<Object> manual = new ArrayList<>();
        acc.accept(manual, "m1");
        acc.accept(manual, "m2");
        System.out.println(manual);
        double mean = Stream.of(1, 2, 3, 4).collect(Collectors.teeing(Collectors.summingInt(x -> x), Collectors.counting(), (s, c) -> (double) s / c));
        System.out.println(mean);
    }
}
