import java.util.*;
import java.util.stream.*;

public class StrmStatefulOps {
    public static void main(String[] args) {
        List<Integer> data = new Random(21).ints(60, 0, 25).boxed().toList();
        System.out.println(data);
        System.out.println(data.stream().sorted().distinct().toList());
        System.out.println(data.stream().distinct().sorted(Comparator.reverseOrder()).limit(6).toList());
        System.out.println(data.stream().skip(10).limit(10).sorted().toList() + " " + data.stream().sorted().skip(55).toList());
        System.out.println(data.stream().limit(20).skip(15).toList() + " " + data.stream().skip(100).count() + " " + data.stream().limit(0).count());
        System.out.println(data.stream().takeWhile(x -> x != 0).count() + " " + data.stream().dropWhile(x -> x < 20).limit(5).toList());
        System.out.println(data.stream().sorted().takeWhile(x -> x < 5).toList() + " " + data.stream().sorted().dropWhile(x -> x < 22).toList());
        System.out.println(data.stream().map(x -> x / 5).distinct().count() + " " + data.stream().map(x -> x % 4).distinct().sorted().toList());
        System.out.println(IntStream.range(0, 50).skip(45).boxed().toList() + " " + IntStream.range(0, 50).limit(3).skip(1).boxed().toList());
        System.out.println(LongStream.rangeClosed(1, 1_000_000_000L).skip(999_999_995L).boxed().toList());
        System.out.println(IntStream.of(3, 3, 1, 1, 2).distinct().limit(2).boxed().toList() + " " + DoubleStream.of(3, 1, 2).sorted().limit(2).boxed().toList());
        System.out.println(Stream.of("b", "a", "b", "c", "a").distinct().sorted().skip(1).findFirst().get());
        System.out.println(data.stream().sorted().skip(30).limit(1).findFirst().get() + " (median-ish)");
        int[] window = IntStream.range(0, data.size() - 2).map(i -> data.get(i) + data.get(i + 1) + data.get(i + 2)).toArray();
        System.out.println(Arrays.stream(window).max().getAsInt() + " " + Arrays.stream(window).boxed().sorted(Comparator.reverseOrder()).limit(3).toList());
        System.out.println(IntStream.range(0, 10).boxed().sorted(Comparator.reverseOrder()).skip(2).limit(3).mapToInt(i -> i).sum());
    }
}
