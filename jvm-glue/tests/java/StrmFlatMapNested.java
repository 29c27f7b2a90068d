import java.util.*;
import java.util.stream.*;

public class StrmFlatMapNested {
    public static void main(String[] args) {
        int[][] m = {{1, 2, 3}, {4, 5}, {}, {6, 7, 8, 9}};
        System.out.println(Arrays.stream(m).flatMapToInt(Arrays::stream).sum());
        System.out.println(Arrays.stream(m).flatMapToInt(Arrays::stream).boxed().toList());
        System.out.println(Arrays.stream(m).mapToInt(r -> r.length).boxed().toList());
        List<List<String>> nested = List.of(List.of("a", "b"), List.of(), List.of("c"), List.of("d", "e", "f"));
        System.out.println(nested.stream().flatMap(List::stream).collect(Collectors.joining()));
        System.out.println(nested.stream().flatMap(l -> l.stream().map(s -> s + l.size())).toList());
        List<String> suits = List.of("S", "H"), ranks = List.of("A", "K", "Q");
        System.out.println(suits.stream().flatMap(s -> ranks.stream().map(r -> r + s)).toList());
        System.out.println(Stream.of("a-b-c", "d", "e-f").flatMap(s -> Arrays.stream(s.split("-"))).toList());
        System.out.println(Stream.of(1, 2, 3).flatMapToLong(i -> LongStream.rangeClosed(1, i)).sum());
        System.out.println(Stream.of(1.0, 2.0).flatMapToDouble(d -> DoubleStream.of(d, d / 2)).boxed().toList());
        System.out.println(IntStream.range(1, 4).flatMap(i -> IntStream.range(0, i).map(j -> i * 10 + j)).boxed().toList());
        System.out.println(LongStream.of(2, 3).flatMap(x -> LongStream.of(x, x * x)).boxed().toList());
        System.out.println(DoubleStream.of(1, 4).flatMap(x -> DoubleStream.of(Math.sqrt(x))).sum());
        System.out.println(Stream.of("x", "yy").flatMap(s -> s.chars().mapToObj(c -> (char) c)).toList());
        System.out.println(Stream.of(Optional.of(1), Optional.<Integer>empty(), Optional.of(3)).flatMap(Optional::stream).toList());
        System.out.println(Stream.of(List.of(1, 2), List.of(3)).mapMulti((List<Integer> l, java.util.function.Consumer<Integer> sink) -> l.forEach(sink)).toList());
        System.out.println(Stream.of("a", "b").<String>mapMulti((s, sink) -> {
            sink.accept(s);
            sink.accept(s.toUpperCase());
        }).toList());
        Map<String, List<Integer>> graph = new TreeMap<>();
        graph.put("b", List.of(3));
        graph.put("a", List.of(1, 2));
        graph.put("c", List.of());
        System.out.println(graph.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> e.getKey() + v)).toList());
        System.out.println(Stream.of(Stream.of(1, 2), Stream.of(3)).flatMap(s -> s).map(x -> x * 2).toList());
    }
}
