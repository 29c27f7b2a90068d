import java.util.*;
import java.util.stream.*;

public class StrmBigPipeline {
    public static void main(String[] args) {
        long t = IntStream.range(0, 200_000).filter(i -> i % 3 != 0).mapToLong(i -> (long) i * i).sum();
        System.out.println(t);
        List<Integer> list = IntStream.range(0, 50_000).map(i -> (i * 7919) % 50_000).boxed().collect(Collectors.toList());
        System.out.println(list.stream().sorted().skip(1000).limit(5).toList());
        Map<Integer, Long> byMod = list.stream().collect(Collectors.groupingBy(i -> i % 10, Collectors.counting()));
        System.out.println(byMod);
        System.out.println(list.stream().distinct().count() + " " + list.stream().mapToInt(Integer::intValue).max().getAsInt());
        String s = IntStream.range(0, 2000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        System.out.println(s.length() + " " + s.hashCode());
        System.out.println(Stream.iterate(1L, x -> x * 3 % 1_000_003).limit(30_000).reduce(0L, Long::sum));
        double avg = new Random(5).doubles(30_000).average().getAsDouble();
        System.out.printf("%.12f%n", avg);
        System.out.println(IntStream.rangeClosed(1, 20_000).boxed().collect(Collectors.partitioningBy(i -> Integer.bitCount(i) % 2 == 0, Collectors.summingLong(i -> i))));
    }
}
