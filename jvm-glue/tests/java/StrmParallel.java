import java.util.*;
import java.util.stream.*;

public class StrmParallel {
    public static void main(String[] args) {
        List<Integer> nums = IntStream.range(0, 1000).boxed().toList();
        System.out.println(nums.parallelStream().mapToLong(i -> (long) i * i).sum());
        System.out.println(nums.parallelStream().filter(i -> i % 7 == 0).count());
        System.out.println(nums.parallelStream().map(i -> i % 13).distinct().sorted().toList());
        System.out.println(nums.parallelStream().collect(Collectors.groupingBy(i -> i % 3, Collectors.counting())));
        System.out.println(nums.stream().parallel().filter(i -> i > 990).collect(Collectors.toList()));
        System.out.println(nums.parallelStream().reduce(0, Integer::sum) + " " + nums.parallelStream().reduce(Integer::max).get());
        System.out.println(IntStream.range(0, 100).parallel().map(i -> i * 2).filter(i -> i % 3 == 0).boxed().toList());
        System.out.println(IntStream.range(0, 100).parallel().isParallel() + " " + IntStream.range(0, 100).parallel().sequential().isParallel());
        System.out.println(nums.parallelStream().findFirst().get() + " " + nums.parallelStream().skip(500).findFirst().get() + " " + nums.parallelStream().limit(3).toList());
        List<Integer> ordered = new ArrayList<>();
        nums.parallelStream().limit(10).forEachOrdered(ordered::add);
        System.out.println(ordered);
        System.out.println(nums.parallelStream().map(String::valueOf).collect(Collectors.joining(",")).length());
        StringBuilder abc = Stream.of("a", "b", "c").parallel().collect(StringBuilder::new, StringBuilder::append, (a, b) -> a.append(b.toString()));
        System.out.println(abc);
        System.out.println(nums.parallelStream().anyMatch(i -> i == 999) + " " + nums.parallelStream().allMatch(i -> i >= 0));
        System.out.println(nums.parallelStream().mapToInt(Integer::intValue).summaryStatistics());
        System.out.println(Arrays.toString(nums.parallelStream().filter(i -> i < 5).toArray()));
        System.out.println(Stream.concat(nums.stream().limit(2), nums.parallelStream().limit(2)).isParallel());
        System.out.println(nums.parallelStream().unordered().map(i -> 1).reduce(0, Integer::sum));
    }
}
