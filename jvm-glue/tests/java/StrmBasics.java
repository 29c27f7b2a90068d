import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmBasics {
    static void p(Object o) {
        System.out.println(o);
    }

    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 20; i++) nums.add(i * 7 % 23);
        p(nums);
        p(nums.stream().filter(x -> x % 2 == 0).collect(Collectors.toList()));
        p(nums.stream().map(x -> x * x).collect(Collectors.toList()));
        p(nums.stream().sorted().collect(Collectors.toList()));
        p(nums.stream().sorted(Comparator.reverseOrder()).limit(5).collect(Collectors.toList()));
        p(nums.stream().skip(15).collect(Collectors.toList()));
        p(nums.stream().distinct().count());
        p(Stream.of(3, 1, 3, 2, 1, 5, 2).distinct().collect(Collectors.toList()));
        p(nums.stream().reduce(0, Integer::sum));
        p(nums.stream().reduce(Integer::max));
        p(nums.stream().reduce(10, (a, b) -> a + b, Integer::sum));
        p(Stream.<Integer>empty().reduce(Integer::max));
        p(nums.stream().min(Comparator.naturalOrder()).get() + " " + nums.stream().max(Integer::compare).get());
        p(nums.stream().anyMatch(x -> x > 20) + " " + nums.stream().allMatch(x -> x > 0) + " " + nums.stream().noneMatch(x -> x == 5));
        p(nums.stream().filter(x -> x > 10).findFirst());
        p(nums.stream().filter(x -> x > 100).findAny());
        p(Arrays.toString(nums.stream().limit(4).toArray()));
        Integer[] arr = nums.stream().limit(3).toArray(Integer[]::new);
        p(arr.length + " " + arr[0] + " " + arr.getClass().getSimpleName());
        p(Stream.of("a", "bb", "ccc").map(String::length).toList());
        p(Stream.iterate(1, x -> x * 2).limit(10).toList());
        p(Stream.iterate(1, x -> x < 1000, x -> x * 3).toList());
        int[] counter = {0};
        p(Stream.generate(() -> counter[0]++).limit(5).toList());
        p(Stream.concat(Stream.of(1, 2), Stream.of(3, 4)).toList());
        p(Stream.ofNullable(null).count() + " " + Stream.ofNullable("x").count());
        p(Stream.of(1, 2, 3, 4, 5, 1, 2).takeWhile(x -> x < 4).toList());
        p(Stream.of(1, 2, 3, 4, 5, 1, 2).dropWhile(x -> x < 4).toList());
        p(Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).toList());
        p(Stream.of("x", "y").flatMap(s -> Stream.of(s, s + s)).collect(Collectors.joining(",")));
        StringBuilder sb = new StringBuilder();
        Stream.of(5, 6, 7).forEach(x -> sb.append(x).append(';'));
        Stream.of(8, 9).forEachOrdered(x -> sb.append(x).append('|'));
        p(sb);
        List<String> log = new ArrayList<>();
        List<Integer> r = Stream.of(5, 3, 8, 1).peek(x -> log.add("a" + x)).filter(x -> x > 2).peek(x -> log.add("b" + x)).map(x -> x * 10).toList();
        p(r + " " + log);
        log.clear();
        Optional<Integer> first = Stream.of(5, 3, 8, 1).peek(x -> log.add("p" + x)).filter(x -> x > 6).findFirst();
        p(first + " " + log);
        log.clear();
        p(Stream.of(5, 3, 8, 1).peek(x -> log.add("s" + x)).sorted().peek(x -> log.add("t" + x)).limit(2).toList() + " " + log);
        log.clear();
        p(Stream.iterate(1, x -> x + 1).peek(x -> log.add("i" + x)).limit(3).toList() + " " + log);
        // sorted is stable
        List<String> words = List.of("pear", "fig", "apple", "kiwi", "plum", "date", "banana", "lime");
        p(words.stream().sorted(Comparator.comparingInt(String::length)).toList());
        p(words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        p(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList());
        // mapMulti
        p(Stream.of(1, 2, 3).<Integer>mapMulti((x, sink) -> {
            for (int i = 0; i < x; i++) sink.accept(x);
        }).toList());
        // iterator
        Iterator<String> it = Stream.of("u", "v").iterator();
        while (it.hasNext()) p("it " + it.next());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            p("NSEE " + e.getMessage());
        }
        // builder
        Stream.Builder<String> b = Stream.builder();
        b.add("one").add("two");
        b.accept("three");
        p(b.build().collect(Collectors.joining("/", "<", ">")));
        // parallel gives the same
        p(nums.parallelStream().map(x -> x + 1).filter(x -> x % 3 == 0).toList());
        p(nums.stream().parallel().isParallel() + " " + nums.stream().isParallel() + " " + nums.stream().parallel().sequential().isParallel());
        p(nums.stream().mapToInt(Integer::intValue).sum());
        // null handling
        p(Stream.of("a", null, "b", null).distinct().toList());
        p(Stream.of("a", null, "b").filter(Objects::nonNull).count());
        try {
            Stream.of("a", null).findFirst();
            p("no");
        } catch (NullPointerException e) {
            p("NPE first");
        }
        try {
            Stream.of(null, "a").findFirst();
            p("no");
        } catch (NullPointerException e) {
            p("NPE null first");
        }
        try {
            Stream.of(1).limit(-1);
        } catch (IllegalArgumentException e) {
            p("IAE " + e.getMessage());
        }
        try {
            Stream.of(1).skip(-3);
        } catch (IllegalArgumentException e) {
            p("IAE " + e.getMessage());
        }
        p(Stream.of(4, 5, 6).limit(0).toList() + " " + Stream.of(4, 5, 6).skip(10).toList());
        p(Stream.of(4, 5, 6).skip(0).limit(100).toList());
    }
}
